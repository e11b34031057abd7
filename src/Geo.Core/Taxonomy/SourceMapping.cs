using Geo.Core.Text;
namespace Geo.Core.Taxonomy;

/// <summary>
/// Maps one source's own category codes to taxonomy codes. The built-in mappings ship as
/// <c>data/mappings/&lt;source&gt;.csv</c> (embedded); columns: source_code, category. Source codes
/// match case-insensitively after trimming.
/// </summary>
public sealed class SourceMapping
{
    private readonly Dictionary<string, string> _map;

    public SourceMapping(string source, IEnumerable<KeyValuePair<string, string>> entries)
    {
        Source = source;
        _map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in entries) _map[k.Trim()] = v.Trim();
    }

    public string Source { get; }

    public IReadOnlyDictionary<string, string> Entries => _map;

    public bool TryMap(string sourceCode, out string category) =>
        _map.TryGetValue(sourceCode.Trim(), out category!);

    /// <summary>Reads the CSV form (source_code, category); every category must exist in <paramref name="taxonomy"/>.</summary>
    public static SourceMapping Parse(string source, TextReader reader, string fileName, CategoryTaxonomy taxonomy)
    {
        var entries = new List<KeyValuePair<string, string>>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, f) in CsvTokenizer.ReadAll(reader).Skip(1)) // after the header
        {
            if (f.Length < 2) throw new InvalidDataException($"{fileName}:{line}: expected 2 fields (source_code, category), found {f.Length}.");
            var key = f[0].Trim();
            if (key.Length == 0) throw new InvalidDataException($"{fileName}:{line}: empty source_code.");
            // Matching is case-insensitive and trimmed, so "Brand" and "brand " are the same code: a second row would silently win.
            if (!seen.TryAdd(key, line))
                throw new InvalidDataException($"{fileName}:{line}: source_code '{key}' is already mapped on line {seen[key]} (codes match case-insensitively after trimming).");
            var cat = f[1].Trim();
            if (!taxonomy.Contains(cat))
                throw new InvalidDataException($"{fileName}:{line}: category '{cat}' is not in the taxonomy; closest: {string.Join(", ", taxonomy.Suggest(cat))}.");
            entries.Add(new(f[0], cat));
        }
        return new SourceMapping(source, entries);
    }

    private static readonly Lazy<IReadOnlyDictionary<string, SourceMapping>> BuiltInLazy = new(() =>
    {
        const string prefix = "Geo.data.mappings.";
        var asm = typeof(SourceMapping).Assembly;
        var d = new Dictionary<string, SourceMapping>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var source = name[prefix.Length..^4];
            using var r = new StreamReader(asm.GetManifestResourceStream(name)!);
            d[source] = Parse(source, r, source + ".csv", CategoryTaxonomy.BuiltIn);
        }
        return d;
    });

    /// <summary>The mappings shipped with Geo, by source name (file name without .csv).</summary>
    public static IReadOnlyDictionary<string, SourceMapping> BuiltIn => BuiltInLazy.Value;
}
