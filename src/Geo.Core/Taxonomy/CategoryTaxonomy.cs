using System.Reflection;
using Geo.Core.Text;

namespace Geo.Core.Taxonomy;

/// <summary>
/// The hierarchical category code list. The built-in list ships as <c>data/taxonomy/categories.csv</c>
/// (embedded in this assembly); columns: code, parent, label_sv, label_en.
/// </summary>
public sealed class CategoryTaxonomy
{
    private readonly Dictionary<string, Category> _byCode;

    public CategoryTaxonomy(IEnumerable<Category> categories)
    {
        _byCode = new Dictionary<string, Category>(StringComparer.Ordinal);
        foreach (var c in categories)
        {
            if (!_byCode.TryAdd(c.Code, c)) throw new InvalidDataException($"Category '{c.Code}' is listed twice.");
        }
        foreach (var c in _byCode.Values)
        {
            if (c.Parent is not null && !_byCode.ContainsKey(c.Parent))
                throw new InvalidDataException($"Category '{c.Code}' has unknown parent '{c.Parent}'.");
        }
    }

    private static readonly Lazy<CategoryTaxonomy> BuiltInLazy = new(() =>
    {
        using var s = typeof(CategoryTaxonomy).Assembly.GetManifestResourceStream("Geo.data.taxonomy.categories.csv")
                      ?? throw new InvalidOperationException("Built-in taxonomy resource is missing.");
        using var r = new StreamReader(s);
        return Parse(r, "categories.csv");
    });

    /// <summary>The taxonomy shipped with Geo.</summary>
    public static CategoryTaxonomy BuiltIn => BuiltInLazy.Value;

    public IReadOnlyCollection<Category> All => _byCode.Values;

    public bool Contains(string code) => _byCode.ContainsKey(code);

    public Category? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Reads the CSV form (code, parent, label_sv, label_en).</summary>
    public static CategoryTaxonomy Parse(TextReader reader, string fileName)
    {
        var list = new List<Category>();
        foreach (var (line, f) in CsvTokenizer.ReadAll(reader).Skip(1)) // after the header
        {
            if (f.Length < 4) throw new InvalidDataException($"{fileName}:{line}: expected 4 fields (code, parent, label_sv, label_en), found {f.Length}.");
            var code = f[0].Trim();
            if (!IsValidCode(code))
                throw new InvalidDataException($"{fileName}:{line}: code '{code}' is not lowercase ASCII letters, digits and underscores in dot-separated segments.");
            list.Add(new Category(code, f[1].Trim() is { Length: > 0 } p ? p : null, f[2].Trim(), f[3].Trim()));
        }
        return new CategoryTaxonomy(list);
    }

    /// <summary>Code syntax: one or more dot-separated segments of lowercase ASCII letters, digits and underscores.</summary>
    internal static bool IsValidCode(string code) =>
        code.Length > 0 && code.Split('.').All(seg => seg.Length > 0 && seg.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'));

    /// <summary>
    /// The known codes closest to <paramref name="text"/> (Levenshtein distance on codes and labels,
    /// case-insensitive), best first. The single words of a label (four letters or more) count too, so
    /// "narkotika" finds "Narkotika och alkohol"; on equal distance a whole code or label beats a single word.
    /// </summary>
    public IReadOnlyList<string> Suggest(string text, int count = 3)
    {
        var t = text.Trim().ToLowerInvariant();
        return _byCode.Values
            .Select(c =>
            {
                var whole = new[] { c.Code, c.LabelSv, c.LabelEn, c.Code.Split('.')[^1] }
                    .Min(s => Levenshtein.Distance(t, s));
                var words = (c.LabelSv + " " + c.LabelEn)
                    .Split(LabelSeparators, StringSplitOptions.RemoveEmptyEntries)
                    .Where(w => w.Length >= 4)
                    .Select(w => Levenshtein.Distance(t, w))
                    .DefaultIfEmpty(int.MaxValue / 4)
                    .Min();
                return (c.Code, Score: Math.Min(2 * whole, 2 * words + 1));
            })
            .OrderBy(x => x.Score).ThenBy(x => x.Code, StringComparer.Ordinal)
            .Take(count).Select(x => x.Code).ToArray();
    }

    private static readonly char[] LabelSeparators = [' ', ',', '(', ')', '/', '-'];
}
