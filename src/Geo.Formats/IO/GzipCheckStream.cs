using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Geo.Formats.IO;

/// <summary>
/// The decompressed content of a gzip file (RFC 1952), checked: when the data ends, its CRC-32 and length must equal the
/// file's trailer (the last 8 bytes), so a truncated or corrupt file is an error instead of a silently shorter input; and
/// inflation stops at <see cref="InflationLimit"/> so that a small file cannot expand without bound (a gzip bomb). Nothing
/// is written to disk.
/// </summary>
internal sealed class GzipCheckStream : Stream
{
    /// <summary>Decompressed bytes beyond which the ratio limit applies.</summary>
    public const long FreeBytes = 256L << 20;

    /// <summary>Largest decompressed size as a multiple of the compressed size (beyond <see cref="FreeBytes"/>).</summary>
    public const int MaxRatio = 500;

    private readonly GZipStream _inner;
    private readonly string _fileName;
    private readonly uint _trailerCrc;
    private readonly uint _trailerSize;
    private readonly bool _hasTrailer;
    private readonly Crc32 _crc = new();
    private long _length;
    private bool _checked;

    public GzipCheckStream(Stream compressed, string fileName, long compressedLength, ReadOnlySpan<byte> trailer)
    {
        _inner = new GZipStream(compressed, CompressionMode.Decompress);
        _fileName = fileName;
        _hasTrailer = trailer.Length == 8;
        if (_hasTrailer)
        {
            _trailerCrc = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
            _trailerSize = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
        }
        InflationLimit = Math.Max(FreeBytes, compressedLength * MaxRatio);
    }

    /// <summary>The most bytes this file may inflate to.</summary>
    public long InflationLimit { get; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n;
        try
        {
            n = _inner.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw new InputFormatException(_fileName, 0, $"the gzip data is corrupt ({e.Message}); nothing can be read past it.");
        }
        if (n > 0)
        {
            _crc.Append(buffer[..n]);
            _length += n;
            if (_length > InflationLimit)
                throw new InputFormatException(_fileName, 0,
                    $"the gzip file inflates to more than {InflationLimit / (1 << 20):N0} MiB ({MaxRatio} times its size): refused as a possible " +
                    "decompression bomb. If the data is genuine, decompress it yourself and import the plain file.");
            return n;
        }
        if (buffer.Length > 0 && !_checked)
        {
            _checked = true;
            if (!_hasTrailer || _crc.GetCurrentHashAsUInt32() != _trailerCrc || (uint)_length != _trailerSize)
                throw new InputFormatException(_fileName, 0,
                    $"the gzip data ends after {_length:N0} bytes but its trailer does not match (CRC-32 or length): the file is truncated or corrupt " +
                    "(or made of several gzip members, which Geo does not read: recompress it with gzip). Nothing was loaded.");
        }
        return 0;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
