using System.Buffers;
using System.Text;

namespace Geo.Formats.Csv;

/// <summary>
/// Decodes a byte stream into chars through a pooled byte buffer, starting with bytes already peeked for
/// encoding detection (after skipping the BOM).
/// </summary>
internal sealed class TextSource : TextReader
{
    private readonly Stream _stream;
    private readonly Decoder _decoder;
    private byte[] _bytes;
    private int _pos;
    private int _len;
    private bool _streamEnd;
    private bool _flushed;

    /// <param name="stream">The byte stream, positioned after <paramref name="bytes"/>.</param>
    /// <param name="bytes">A pooled buffer holding the peeked bytes; this instance returns it to the pool.</param>
    /// <param name="start">First byte to decode (after the BOM).</param>
    /// <param name="length">Bytes held in <paramref name="bytes"/>.</param>
    /// <param name="streamEnd">True when the stream is already exhausted.</param>
    public TextSource(Stream stream, Encoding encoding, byte[] bytes, int start, int length, bool streamEnd)
    {
        _stream = stream;
        _decoder = encoding.GetDecoder();
        _bytes = bytes;
        _pos = start;
        _len = length;
        _streamEnd = streamEnd;
    }

    /// <summary>Reads the first bytes of a stream into a pooled buffer (up to <paramref name="size"/> bytes).</summary>
    public static (byte[] Buffer, int Length, bool StreamEnd) Peek(Stream stream, int size)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        var n = stream.ReadAtLeast(buffer.AsSpan(0, size), size, throwOnEndOfStream: false);
        return (buffer, n, n < size);
    }

    /// <summary>Decodes chars into <paramref name="destination"/> (at least 4 chars long); 0 at the end.</summary>
    public override int Read(Span<char> destination)
    {
        while (true)
        {
            if (_pos == _len && !_streamEnd)
            {
                _pos = 0;
                _len = _stream.Read(_bytes, 0, _bytes.Length);
                if (_len == 0) _streamEnd = true;
            }

            if (_flushed) return 0;
            var flush = _streamEnd;
            _decoder.Convert(_bytes.AsSpan(_pos, _len - _pos), destination, flush, out var used, out var chars, out var completed);
            _pos += used;
            if (flush && completed && _pos == _len) _flushed = true;
            if (chars > 0) return chars;
            if (_flushed) return 0;
        }
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (!disposing) return;
        _stream.Dispose();
        if (_bytes.Length > 0) ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
    }
}
