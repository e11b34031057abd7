using System.Text;

namespace Geo.Formats.Csv;

/// <summary>
/// A decoder fallback for UTF-8 that keeps each byte of an invalid sequence recognisable instead of turning it into
/// U+FFFD: byte <c>b</c> becomes the noncharacter U+FDD0 (reserved by Unicode for internal use, never in interchanged
/// text) followed by b's Windows-1252 char. <see cref="CsvFeatureReader"/> finds these marks row by row, decides whether
/// the row is readable (a file that turns out to be Windows-1252) or mixes encodings, and hands out the text without the
/// marks (<see cref="Repair"/>), i.e. the Windows-1252 reading of the bad bytes. Counts the bytes it marked; one
/// instance per file.
/// </summary>
internal sealed class Windows1252Fallback : DecoderFallback
{
    /// <summary>The char that precedes the Windows-1252 reading of each invalid byte.</summary>
    public const char Mark = '\uFDD0';

    private static readonly char[] Table = BuildTable();
    private long _bytes;

    /// <summary>Bytes marked so far (decoding runs ahead of the rows handed out).</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public override int MaxCharCount => 16;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    /// <summary>A UTF-8 encoding that uses a new instance of this fallback.</summary>
    public static (Encoding Encoding, Windows1252Fallback Fallback) Utf8()
    {
        var fallback = new Windows1252Fallback();
        var encoding = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
        encoding.DecoderFallback = fallback;
        return (encoding, fallback);
    }

    /// <summary>The text without the marks: the Windows-1252 reading of the invalid bytes.</summary>
    public static string Repair(ReadOnlySpan<char> text)
    {
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
            if (c != Mark) chars[n++] = c;
        return new string(chars, 0, n);
    }

    /// <summary>"0xE5 ('å' in Windows-1252)" for the marked bytes of a text, at most three listed.</summary>
    public static string Describe(ReadOnlySpan<char> text)
    {
        var shown = new List<string>();
        var total = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] != Mark) continue;
            total++;
            var c = text[++i];
            if (shown.Count < 3) shown.Add($"0x{ByteOf(c):X2} ('{c}' in Windows-1252)");
        }
        return string.Join(", ", shown) + (total > shown.Count ? $" and {total - shown.Count} more" : "");
    }

    private static byte ByteOf(char c)
    {
        var i = Array.IndexOf(Table, c);
        return i < 0 ? (byte)'?' : (byte)i;
    }

    private static char[] BuildTable()
    {
        var bytes = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();
        return EncodingDetector.Windows1252.GetChars(bytes);
    }

    private sealed class Buffer(Windows1252Fallback owner) : DecoderFallbackBuffer
    {
        private readonly char[] _chars = new char[16];
        private int _length;
        private int _next;

        public override int Remaining => _length - _next;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            var count = Math.Min(bytesUnknown.Length, _chars.Length / 2);
            _length = 0;
            for (var i = 0; i < count; i++)
            {
                _chars[_length++] = Mark;
                _chars[_length++] = Table[bytesUnknown[i]];
            }
            _next = 0;
            Interlocked.Add(ref owner._bytes, count);
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
