namespace Geo.Planning.Exports;

/// <summary>
/// Lets the export writers, which write synchronously between their asynchronous flushes (a StreamWriter's or a
/// Utf8JsonWriter's buffer), stream to a response body that allows asynchronous writes only: synchronous writes are
/// kept in a buffer that every asynchronous write or flush sends on. The writers flush every few thousand rows, so the
/// buffer stays small. Never disposes the inner stream; call <see cref="FlushAsync(CancellationToken)"/> at the end.
/// </summary>
internal sealed class AsyncFlushStream(Stream inner) : Stream
{
    private readonly MemoryStream _buffer = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => _buffer.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _buffer.Write(buffer);

    public override void WriteByte(byte value) => _buffer.WriteByte(value);

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await SendAsync(cancellationToken).ConfigureAwait(false);
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Keeps what was written for the next asynchronous flush (the response allows no synchronous write).</summary>
    public override void Flush()
    {
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SendAsync(cancellationToken).ConfigureAwait(false);
        await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task SendAsync(CancellationToken ct)
    {
        if (_buffer.Length == 0) return;
        await inner.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), ct).ConfigureAwait(false);
        _buffer.SetLength(0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _buffer.Dispose();
        base.Dispose(disposing);
    }
}
