using System.Text;

namespace Geo.Planning.Reference;

/// <summary>
/// Finds the municipality or county that a location name of the police feed means. Names are compared after
/// normalising: Unicode NFC, trimmed, lower case, hyphens and repeated spaces as one space ("Upplands-bro" =
/// "Upplands-Bro", "Upplands väsby" = "Upplands Väsby"). A name ending in " län" is a county ("Norrbottens län"; the
/// genitive s may be missing); any other name is a municipality, then (when none is called so) a county without " län",
/// then a municipality after dropping a trailing " kommun", through a short list of aliases for names the feed and
/// SCB spell differently ("Malung" → Malung-Sälen), and last without å, ä, ö, é when that leaves one candidate.
/// </summary>
internal sealed class PlaceNameIndex
{
    /// <summary>Names the feed or older sources use for a municipality SCB names otherwise (normalised → SCB's name, normalised).</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["malung"] = "malung sälen",
        ["sälen"] = "malung sälen",
        ["väsby"] = "upplands väsby",
        ["göteborgs"] = "göteborg",
        ["gothenburg"] = "göteborg",
        ["falu"] = "falun",
    };

    private readonly Dictionary<string, int> _municipalities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _municipalitiesFolded = new(StringComparer.Ordinal); // -1: ambiguous
    private readonly Dictionary<string, int> _counties = new(StringComparer.Ordinal);

    /// <param name="municipalityNames">Municipality names by index.</param>
    /// <param name="countyNames">County names by index (with or without " län").</param>
    public PlaceNameIndex(IReadOnlyList<string> municipalityNames, IReadOnlyList<string> countyNames)
    {
        for (var i = 0; i < municipalityNames.Count; i++)
        {
            var key = Normalise(municipalityNames[i]);
            if (!_municipalities.TryAdd(key, i)) throw new InvalidDataException($"Two municipalities are called '{municipalityNames[i]}'.");
            var folded = Fold(key);
            _municipalitiesFolded[folded] = _municipalitiesFolded.ContainsKey(folded) ? -1 : i;
        }
        for (var i = 0; i < countyNames.Count; i++)
        {
            var key = CountyKey(Normalise(countyNames[i]));
            if (!_counties.TryAdd(key, i)) throw new InvalidDataException($"Two counties are called '{countyNames[i]}'.");
            if (key.EndsWith('s')) _counties.TryAdd(key[..^1], i);
            _counties.TryAdd(Fold(key), i);
            if (key.EndsWith('s')) _counties.TryAdd(Fold(key[..^1]), i);
        }
    }

    /// <summary>The place <paramref name="name"/> means; <see cref="PlaceMatch.None"/> when it is none of them.</summary>
    public PlaceMatch Match(string name)
    {
        var key = Normalise(name);
        if (key.Length == 0) return PlaceMatch.None;
        if (key.EndsWith(" län", StringComparison.Ordinal) || key.EndsWith(" lan", StringComparison.Ordinal))
            return County(CountyKey(key)) is { } c ? new PlaceMatch(PlaceKind.County, c) : PlaceMatch.None;
        if (_municipalities.TryGetValue(key, out var m)) return new PlaceMatch(PlaceKind.Municipality, m);
        if (County(key) is { } county) return new PlaceMatch(PlaceKind.County, county);
        var bare = key.EndsWith(" kommun", StringComparison.Ordinal) ? key[..^" kommun".Length] : key;
        if (_municipalities.TryGetValue(bare, out m)) return new PlaceMatch(PlaceKind.Municipality, m);
        if (bare.EndsWith('s') && _municipalities.TryGetValue(bare[..^1], out m)) return new PlaceMatch(PlaceKind.Municipality, m);
        if (Aliases.TryGetValue(bare, out var alias) && _municipalities.TryGetValue(alias, out m)) return new PlaceMatch(PlaceKind.Municipality, m);
        if (_municipalitiesFolded.TryGetValue(Fold(bare), out m) && m >= 0) return new PlaceMatch(PlaceKind.Municipality, m);
        return PlaceMatch.None;
    }

    private int? County(string key)
    {
        if (_counties.TryGetValue(key, out var c)) return c;
        if (_counties.TryGetValue(Fold(key), out c)) return c;
        return null;
    }

    private static string CountyKey(string normalised)
    {
        foreach (var suffix in new[] { " län", " lan" })
            if (normalised.EndsWith(suffix, StringComparison.Ordinal)) return normalised[..^suffix.Length];
        return normalised;
    }

    /// <summary>NFC, trimmed, lower case, hyphens and runs of white space as one space.</summary>
    internal static string Normalise(string name)
    {
        var s = name.Normalize(NormalizationForm.FormC).Trim().ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var ch in s)
        {
            var c = ch is '-' or '–' or '—' or '_' || char.IsWhiteSpace(ch) ? ' ' : ch;
            if (c == ' ')
            {
                if (!space && sb.Length > 0) sb.Append(' ');
                space = true;
            }
            else
            {
                sb.Append(c);
                space = false;
            }
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>The normalised name without Swedish and other accented letters (å, ä → a; ö → o; é → e; ü → u).</summary>
    private static string Fold(string normalised) =>
        string.Create(normalised.Length, normalised, (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
                span[i] = s[i] switch { 'å' or 'ä' or 'á' or 'à' => 'a', 'ö' or 'ø' or 'ó' => 'o', 'é' or 'è' => 'e', 'ü' => 'u', var c => c };
        });
}
