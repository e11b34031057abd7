using System.Text;
using System.Text.Unicode;

namespace Geo.Formats.Csv;

/// <summary>
/// Chooses the encoding of a text file from its first bytes: a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE)
/// wins; else UTF-8 when the sample is valid UTF-8; else Windows-1252 (a superset of the printable
/// Latin-1 range, what Swedish Excel writes as "CSV"), unless the sample holds at least as many valid non-ASCII UTF-8 characters as invalid
/// bytes (a UTF-8 file with Latin-1 rows mixed in). UTF-8 and detected Windows-1252 are decoded with
/// <see cref="Windows1252Fallback"/>, so invalid bytes after the sample are marked (and counted) instead of failing or
/// silently becoming U+FFFD; the CSV reader then flags the rows that hold them.
/// </summary>
internal static class EncodingDetector
{
    /// <summary>How many bytes the detection looks at.</summary>
    public const int SampleSize = 64 * 1024;

    public static Encoding Windows1252 { get; } =
        CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    /// <param name="sample">The first bytes of the file.</param>
    /// <param name="wholeFile">True when the sample is the whole file (no sequence is cut at its end).</param>
    /// <param name="given">An encoding the user gave, or null.</param>
    public static DetectedEncoding Detect(ReadOnlySpan<byte> sample, bool wholeFile, Encoding? given)
    {
        var (bomEncoding, bomLength, bomName) = FromBom(sample);
        if (given is not null)
        {
            // Skip a BOM only when it belongs to the given encoding.
            var skip = bomEncoding is not null && bomEncoding.CodePage == given.CodePage ? bomLength : 0;
            if (given.CodePage == Encoding.UTF8.CodePage)
            {
                var (givenUtf8, givenMarks) = Windows1252Fallback.Utf8();
                return new DetectedEncoding(givenUtf8, skip, $"Encoding: {given.WebName} (given)", givenMarks, Utf8Confirmed: true);
            }
            return new DetectedEncoding(given, skip, $"Encoding: {given.WebName} (given)");
        }

        if (bomEncoding is not null)
        {
            if (bomEncoding is not UTF8Encoding) return new DetectedEncoding(bomEncoding, bomLength, $"Encoding: {bomName} (BOM)");
            var (utf8, repairs) = Windows1252Fallback.Utf8();
            return new DetectedEncoding(utf8, bomLength, "Encoding: UTF-8 (BOM)", repairs, Utf8Confirmed: true);
        }

        if (Utf16WithoutBom(sample) is { } bigEndian)
        {
            return new DetectedEncoding(new UnicodeEncoding(bigEndian, false, true), 0,
                $"Encoding: UTF-16 {(bigEndian ? "BE" : "LE")} (no BOM; detected from its zero bytes)");
        }

        var body = wholeFile ? sample : TrimIncompleteUtf8(sample);
        if (Utf8.IsValid(body))
        {
            var ascii = System.Text.Ascii.IsValid(body);
            var (utf8, repairs) = Windows1252Fallback.Utf8();
            return new DetectedEncoding(utf8, 0,
                ascii ? "Encoding: UTF-8 (no BOM; the first 64 KB are plain ASCII)" : "Encoding: UTF-8 (no BOM; valid UTF-8)", repairs, Utf8Confirmed: !ascii);
        }

        // Not valid UTF-8. Both readings go through the marking UTF-8 decoder, so that the CSV reader can flag rows whose
        // bytes disagree with the file's encoding (mixed encodings) instead of storing mojibake.
        var (validRunes, invalidBytes) = Utf8Evidence(body);
        var (marked, marks) = Windows1252Fallback.Utf8();
        if (validRunes >= invalidBytes)
        {
            return new DetectedEncoding(marked, 0,
                $"Encoding: UTF-8 (no BOM; {validRunes:N0} non-ASCII UTF-8 characters in the first 64 KB, but also {invalidBytes:N0} byte(s) that are not UTF-8: mixed encodings)",
                marks, Utf8Confirmed: true);
        }
        return new DetectedEncoding(marked, 0, "Encoding: Windows-1252 / Latin-1 (not valid UTF-8; detected)", marks, Windows1252: true);
    }

    /// <summary>Non-ASCII characters that are valid UTF-8, and bytes that are not, in a sample.</summary>
    private static (int Valid, int Invalid) Utf8Evidence(ReadOnlySpan<byte> s)
    {
        int valid = 0, invalid = 0;
        while (!s.IsEmpty)
        {
            var ascii = s.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0) break;
            s = s[ascii..];
            var status = Rune.DecodeFromUtf8(s, out _, out var used);
            if (status == System.Buffers.OperationStatus.Done) valid++;
            else if (status == System.Buffers.OperationStatus.InvalidData) invalid += used;
            else break;
            s = s[used..];
        }
        return (valid, invalid);
    }

    private static (Encoding? Encoding, int Length, string Name) FromBom(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (Encoding.UTF8, 3, "UTF-8");
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) return (new UTF32Encoding(false, false, true), 4, "UTF-32 LE");
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (new UnicodeEncoding(false, false, true), 2, "UTF-16 LE");
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (new UnicodeEncoding(true, false, true), 2, "UTF-16 BE");
        return (null, 0, "");
    }

    /// <summary>
    /// UTF-16 text that is mostly Latin script has a zero high byte in nearly every code unit: zeros at odd
    /// offsets mean little endian, at even offsets big endian. Null when the sample does not look like that.
    /// </summary>
    private static bool? Utf16WithoutBom(ReadOnlySpan<byte> sample)
    {
        var units = Math.Min(sample.Length, 4096) / 2;
        if (units < 2) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < units; i++)
        {
            if (sample[2 * i] == 0) evenZeros++;
            if (sample[2 * i + 1] == 0) oddZeros++;
        }

        if (oddZeros > units * 0.4 && evenZeros < units * 0.05) return false;
        if (evenZeros > units * 0.4 && oddZeros < units * 0.05) return true;
        return null;
    }

    /// <summary>Drops a multi-byte UTF-8 sequence cut by the end of the sample (RFC 3629 §3: lead bytes 110xxxxx, 1110xxxx, 11110xxx).</summary>
    private static ReadOnlySpan<byte> TrimIncompleteUtf8(ReadOnlySpan<byte> s)
    {
        for (var back = 1; back <= Math.Min(3, s.Length); back++)
        {
            var b = s[^back];
            if ((b & 0xC0) == 0x80) continue; // continuation byte: look further back
            if (b < 0x80) return s; // ASCII: nothing cut
            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            return needed > back ? s[..^back] : s;
        }

        return s;
    }
}
