using System.Globalization;
using System.Text;

namespace Geo.Reporting.Maps;

/// <summary>Texts of the maps in Swedish or English, numbers (decimal comma in Swedish) and XML escaping.</summary>
internal sealed class MapText(string lang)
{
    private static readonly CultureInfo Sv = CultureInfo.GetCultureInfo("sv-SE");

    public bool Swedish { get; } = lang != "en";

    public string Pick(string sv, string en) => Swedish ? sv : en;

    /// <summary>A number with <paramref name="decimals"/> decimals and digit grouping: "1 234,5" in Swedish, "1,234.5" in English.</summary>
    public string Number(double v, int decimals) =>
        v.ToString("N" + decimals, Swedish ? Sv : CultureInfo.InvariantCulture).Replace('\u2212', '-');

    /// <summary>Escapes text for an XML element or a double-quoted attribute.</summary>
    public static string Esc(string s)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var rep = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                _ when c < ' ' && c is not ('\t' or '\n' or '\r') => " ",
                _ => null,
            };
            if (rep is null) { sb?.Append(c); continue; }
            sb ??= new StringBuilder(s, 0, i, s.Length + 16);
            sb.Append(rep);
        }
        return sb?.ToString() ?? s;
    }

    /// <summary>A pixel coordinate with at most one decimal, invariant ("12.3", "-4", "0").</summary>
    public static string Px(double v)
    {
        var r = Math.Round(v, 1, MidpointRounding.AwayFromZero);
        if (r == 0) r = 0; // no "-0"
        return r.ToString("0.#", CultureInfo.InvariantCulture);
    }

    /// <summary>Splits text into lines of at most about <paramref name="maxChars"/> characters at spaces.</summary>
    public static List<string> Wrap(string text, int maxChars)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > maxChars)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString());
        return lines;
    }
}
