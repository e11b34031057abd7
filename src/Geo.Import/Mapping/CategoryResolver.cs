using Geo.Core.Taxonomy;
using Geo.Core.Text;

namespace Geo.Import.Mapping;

/// <summary>
/// Turns a row's category text into a taxonomy code, directly or through a source mapping. Without a mapping the text may
/// be a code ("violence.assault") or the category's Swedish or English label ("Misshandel", "Olaga hot", "Assault"),
/// case-insensitively. Each distinct text is
/// resolved once and cached (the strings are shared by all rows: interned per distinct value), so a row costs one
/// span-keyed dictionary lookup; unknown values carry their "closest: …" reason, computed once.
/// </summary>
internal sealed class CategoryResolver
{
    private const int MaxCached = 100_000;
    private readonly CategoryTaxonomy _taxonomy;
    private readonly SourceMapping? _mapping;
    private readonly Dictionary<string, Entry> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private Dictionary<string, string?>? _labels; // label → code, null for a label two categories share

    public CategoryResolver(CategoryTaxonomy taxonomy, SourceMapping? mapping, string field)
    {
        _taxonomy = taxonomy;
        _mapping = mapping;
        Field = field;
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Field { get; }

    /// <summary>Resolves <paramref name="text"/> (already trimmed); on failure <paramref name="reason"/> says why.</summary>
    public bool TryResolve(ReadOnlySpan<char> text, out string category, out string source, out string? reason)
    {
        if (!_lookup.TryGetValue(text, out var e))
        {
            var s = text.ToString();
            e = Resolve(s);
            if (_cache.Count < MaxCached) _cache[s] = e;
        }
        category = e.Category ?? "";
        source = e.Source;
        reason = e.Reason;
        return e.Category is not null;
    }

    private Entry Resolve(string s)
    {
        if (s.Length == 0) return new Entry(null, s, $"{Field} is empty");
        if (_mapping is not null)
        {
            if (_mapping.TryMap(s, out var mapped)) return new Entry(string.Intern(mapped), s, null);
            var closest = Levenshtein.Closest(s, _mapping.Entries.Keys);
            return new Entry(null, s, $"unmapped {_mapping.Source} code '{s}' in {Field}; closest mapped codes: {string.Join(", ", closest)}");
        }
        if (_taxonomy.Find(s) is { } c) return new Entry(c.Code, s, null);
        if (_taxonomy.Find(s.ToLowerInvariant()) is { } lc) return new Entry(lc.Code, s, null);
        if (Labels().TryGetValue(s, out var byLabel))
        {
            return byLabel is not null
                ? new Entry(string.Intern(byLabel), s, null)
                : new Entry(null, s, $"category label '{s}' in {Field} belongs to more than one category; give the code instead (one of: {string.Join(", ", _taxonomy.All.Where(k => Matches(k, s)).Select(k => k.Code))})");
        }
        return new Entry(null, s, $"unknown category '{s}' in {Field}; closest: {string.Join(", ", _taxonomy.Suggest(s))}");
    }

    /// <summary>Every Swedish and English label → its code (case-insensitive), built on first use.</summary>
    private Dictionary<string, string?> Labels()
    {
        if (_labels is not null) return _labels;
        var labels = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in _taxonomy.All)
        {
            foreach (var label in new[] { c.LabelSv.Trim(), c.LabelEn.Trim() }.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (label.Length == 0) continue;
                labels[label] = labels.TryGetValue(label, out var other) && other != c.Code ? null : c.Code;
            }
        }
        return _labels = labels;
    }

    private static bool Matches(Category c, string label) =>
        string.Equals(c.LabelSv.Trim(), label, StringComparison.OrdinalIgnoreCase) || string.Equals(c.LabelEn.Trim(), label, StringComparison.OrdinalIgnoreCase);

    private sealed record Entry(string? Category, string Source, string? Reason);
}
