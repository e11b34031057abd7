using System.Security.Cryptography;

namespace Geo.Formats.IO;

/// <summary>
/// A read-only pass-through stream that counts the bytes read from the inner stream (for progress) and hashes them
/// (SHA-256, for the import's provenance), so that a file is read from disk once.
/// </summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _count;
    private string? _sha256;

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

    /// <summary>
    /// Reads what is left of the inner stream (bytes after the end of the data a reader needed, e.g. after a gzip
    /// stream's last member) and returns the SHA-256 of everything, lowercase hex.
    /// </summary>
    public string Finish()
    {
        if (_sha256 is not null) return _sha256;
        Span<byte> buffer = stackalloc byte[8192];
        while (Read(buffer) > 0) { }
        return _sha256 = Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        if (n > 0)
        {
            _hash.AppendData(buffer[..n]);
            Interlocked.Add(ref _count, n);
        }
        return n;
    }

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            _hash.Dispose();
        }
        base.Dispose(disposing);
    }
}
