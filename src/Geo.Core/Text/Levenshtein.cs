namespace Geo.Core.Text;

/// <summary>Edit distance for the "closest: ..." suggestions of every error message (one implementation for all layers).</summary>
public static class Levenshtein
{
    /// <summary>
    /// Levenshtein distance, case-insensitive, by the Wagner–Fischer dynamic programme with two rows
    /// (Wagner &amp; Fischer 1974, "The string-to-string correction problem", JACM 21(1)).
    /// </summary>
    public static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var ca = char.ToLowerInvariant(a[i - 1]);
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = ca == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    /// <summary>The <paramref name="count"/> candidates closest to <paramref name="text"/>, best first (ties by ordinal order).</summary>
    public static IReadOnlyList<string> Closest(string text, IEnumerable<string> candidates, int count = 3) =>
        candidates.Distinct(StringComparer.Ordinal)
            .Select(c => (c, d: Distance(text.Trim(), c)))
            .OrderBy(x => x.d).ThenBy(x => x.c, StringComparer.Ordinal)
            .Take(count).Select(x => x.c).ToArray();
}
