namespace Geo.Formats.IO;

/// <summary>A read-only pass-through stream that counts the bytes read from the inner stream (for progress).</summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    private long _count;

    /// <summary>Bytes read so far; safe to read from another thread.</summary>
    public long Count => Interlocked.Read(ref _count);

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get => Count;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Interlocked.Add(ref _count, n);
        return n;
    }

    public override int ReadByte()
    {
        var b = inner.ReadByte();
        if (b >= 0) Interlocked.Increment(ref _count);
        return b;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
