namespace Geo.Import.Mapping;

/// <summary>
/// Cuts values to the 200 characters a reject report keeps, and makes them printable: a NUL becomes ␀ (U+2400) and an
/// unpaired surrogate U+FFFD, so that the report file and its readers never see them.
/// </summary>
internal static class Truncate
{
    public const int MaxValueLength = 200;

    public static string Value(ReadOnlySpan<char> s)
    {
        var text = s.Length <= MaxValueLength ? s.ToString() : string.Concat(s[..(MaxValueLength - 1)], "…");
        return text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 && !text.Contains('\0') ? text : Printable(text);
    }

    private static string Printable(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c == '\0') chars[i] = '\u2400';
            else if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(c)) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }
}
