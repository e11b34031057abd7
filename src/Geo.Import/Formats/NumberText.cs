using System.Globalization;

namespace Geo.Import.Formats;

/// <summary>
/// Parses numbers from field text with a file's <see cref="IFeatureReader.DecimalSeparator"/>, without
/// allocating: invariant culture, optional surrounding spaces, a leading '+', '-' or the Unicode minus
/// U+2212 (which Swedish Excel writes), exponent allowed; no thousands separators.
/// </summary>
public static class NumberText
{
    /// <summary>Parses <paramref name="text"/> as a finite double with <paramref name="decimalSeparator"/> ('.' or ',').</summary>
    public static bool TryParseDouble(ReadOnlySpan<char> text, char decimalSeparator, out double value)
    {
        text = text.Trim();
        value = 0;
        if (text.IsEmpty || text.Length > 64) return false;
        Span<char> buffer = stackalloc char[text.Length];
        text.CopyTo(buffer);
        if (buffer[0] == '\u2212') buffer[0] = '-';
        if (decimalSeparator != '.')
        {
            if (buffer.Contains('.')) return false; // a point is not a decimal separator here (nor a grouping one)
            buffer.Replace(decimalSeparator, '.');
        }
        else if (buffer.Contains(','))
        {
            return false;
        }

        return double.TryParse(buffer, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }
}
