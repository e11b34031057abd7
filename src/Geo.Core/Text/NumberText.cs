using System.Globalization;

namespace Geo.Core.Text;

/// <summary>
/// The one number parser of Geo, for field text (CSV, GeoJSON/GeoPackage properties, profiles, command-line values),
/// without allocating: invariant culture, optional surrounding blanks, a leading '+', '-' or the Unicode minus U+2212
/// (which Swedish Excel writes), exponent allowed; no thousands separators; only finite values.
/// </summary>
public static class NumberText
{
    /// <summary>Parses <paramref name="text"/> as a finite double written with a decimal point.</summary>
    public static bool TryParseDouble(ReadOnlySpan<char> text, out double value) => TryParseDouble(text, '.', out value);

    /// <summary>
    /// Parses <paramref name="text"/> as a finite double with <paramref name="decimalSeparator"/> ('.' or ','): with a
    /// decimal comma a point is refused (it is neither the decimal nor a grouping separator there), and vice versa.
    /// </summary>
    public static bool TryParseDouble(ReadOnlySpan<char> text, char decimalSeparator, out double value)
    {
        text = text.Trim();
        value = 0;
        if (text.IsEmpty || text.Length > 64) return false;
        var other = decimalSeparator == '.' ? ',' : '.';
        if (text.Contains(other)) return false;
        if (decimalSeparator == '.' && text[0] != '\u2212')
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
        Span<char> buffer = stackalloc char[text.Length];
        text.CopyTo(buffer);
        if (buffer[0] == '\u2212') buffer[0] = '-';
        if (decimalSeparator != '.') buffer.Replace(decimalSeparator, '.');
        return double.TryParse(buffer, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>Parses a 32-bit integer; also accepts a whole number written as a decimal ("7452.0") or with U+2212.</summary>
    public static bool TryParseInt(ReadOnlySpan<char> text, out int value)
    {
        text = text.Trim();
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)) return true;
        if (TryParseDouble(text, out var d) && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)d;
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>Parses a small non-negative integer made of ASCII digits only (at most 9 digits).</summary>
    public static bool TryParseDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 9) return false;
        foreach (var c in text)
        {
            var d = c - '0';
            if ((uint)d > 9) return false;
            value = value * 10 + d;
        }
        return true;
    }
}
