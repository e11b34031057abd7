using System.Globalization;

namespace Geo.Import.Mapping;

/// <summary>Allocation-free number parsing from text spans.</summary>
internal static class SpanNumber
{
    /// <summary>Parses a double written with <paramref name="decimalSeparator"/> ('.' or ','); surrounding blanks are ignored.</summary>
    public static bool TryParseDouble(ReadOnlySpan<char> s, char decimalSeparator, out double value)
    {
        s = s.Trim();
        if (decimalSeparator == '.' || s.IndexOf(',') < 0)
            return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
        if (s.Length > 64) { value = 0; return false; }
        Span<char> buf = stackalloc char[s.Length];
        s.CopyTo(buf);
        buf.Replace(',', '.');
        return double.TryParse(buf, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>Parses an integer; also accepts a whole number written as a decimal ("7452.0").</summary>
    public static bool TryParseInt(ReadOnlySpan<char> s, out int value)
    {
        s = s.Trim();
        if (int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)) return true;
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)d;
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>Parses a small non-negative integer made of ASCII digits only.</summary>
    public static bool TryParseDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > 9) return false;
        foreach (var c in s)
        {
            var d = c - '0';
            if ((uint)d > 9) return false;
            value = value * 10 + d;
        }
        return true;
    }
}
