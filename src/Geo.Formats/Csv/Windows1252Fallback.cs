using System.Text;

namespace Geo.Formats.Csv;

/// <summary>
/// A decoder fallback for UTF-8 that reads each byte of an invalid sequence as Windows-1252, the usual
/// repair for files that are mostly UTF-8 with a few Latin-1 / Windows-1252 bytes (or Latin-1 files whose
/// first 64 KB are plain ASCII). Counts the bytes it repaired; one instance per file.
/// </summary>
internal sealed class Windows1252Fallback : DecoderFallback
{
    private static readonly char[] Table = BuildTable();
    private long _bytes;

    /// <summary>Bytes read as Windows-1252 so far.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public override int MaxCharCount => 4;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    /// <summary>A UTF-8 encoding that uses a new instance of this fallback.</summary>
    public static (Encoding Encoding, Windows1252Fallback Fallback) Utf8()
    {
        var fallback = new Windows1252Fallback();
        var encoding = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
        encoding.DecoderFallback = fallback;
        return (encoding, fallback);
    }

    private static char[] BuildTable()
    {
        var bytes = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();
        return EncodingDetector.Windows1252.GetChars(bytes);
    }

    private sealed class Buffer(Windows1252Fallback owner) : DecoderFallbackBuffer
    {
        private readonly char[] _chars = new char[8];
        private int _length;
        private int _next;

        public override int Remaining => _length - _next;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            _length = Math.Min(bytesUnknown.Length, _chars.Length);
            for (var i = 0; i < _length; i++) _chars[i] = Table[bytesUnknown[i]];
            _next = 0;
            Interlocked.Add(ref owner._bytes, _length);
            return _length > 0;
        }

        public override char GetNextChar() => _next < _length ? _chars[_next++] : '\0';

        public override bool MovePrevious()
        {
            if (_next == 0) return false;
            _next--;
            return true;
        }

        public override void Reset()
        {
            _length = 0;
            _next = 0;
        }
    }
}
