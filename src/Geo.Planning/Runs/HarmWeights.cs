using Geo.Core.Taxonomy;
using Geo.Core.Text;

namespace Geo.Planning.Runs;

/// <summary>
/// Harm weight per category in days of prison, for the harm component of the priority score. The built-in defaults are
/// <c>data/harm/harm_weights.csv</c> (embedded in this assembly): the minimum of the Swedish statutory penalty scale of
/// the ordinary degree of each offence (Brottsbalken SFS 1962:700 and the special laws), 14 days for a scale that gives
/// only a maximum of prison (BrB 26:1), 1 day for a scale whose minimum is a fine, 0 for categories that are not
/// crimes; in the spirit of the Cambridge Crime Harm Index (Sherman, Neyroud &amp; Neyroud 2016). Columns: category,
/// days, basis, source; the rationale is in <c>data/harm/README.md</c>.
/// </summary>
public sealed class HarmWeights
{
    private const string ResourceName = "Geo.data.harm.harm_weights.csv";

    private readonly Dictionary<string, double> _days;
    private readonly Dictionary<string, string> _basis;

    private HarmWeights(Dictionary<string, double> days, Dictionary<string, string> basis, string source)
    {
        _days = days;
        _basis = basis;
        Source = source;
    }

    /// <summary>One line naming the file the weights came from and their basis, for the run's parameters.</summary>
    public string Source { get; }

    /// <summary>The weights as given, by category code (without the fallback of <see cref="For"/>).</summary>
    public IReadOnlyDictionary<string, double> Days => _days;

    /// <summary>The built-in defaults (<c>data/harm/harm_weights.csv</c>).</summary>
    public static HarmWeights Default()
    {
        using var stream = typeof(HarmWeights).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException("The built-in harm weights resource is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader, "harm_weights.csv", CategoryTaxonomy.BuiltIn,
            "data/harm/harm_weights.csv (built-in defaults: minimum of the Swedish statutory penalty scale in days of prison; " +
            "14 days for prison without a minimum, BrB 26:1; 1 day for a fine; 0 for non-crimes)");
    }

    /// <summary>Reads a harm-weight file with the columns category, days and optionally basis and source.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">A row is wrong; the message names the file, row and field.</exception>
    public static HarmWeights Load(string path, CategoryTaxonomy? taxonomy = null)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: the harm-weight file does not exist; give the path of a CSV file with the columns category,days,basis,source.", path);
        using var reader = new StreamReader(path);
        var name = Path.GetFileName(path);
        return Parse(reader, name, taxonomy ?? CategoryTaxonomy.BuiltIn,
            $"{Path.GetFullPath(path)} (harm weights in days given for this run; a category without a row takes its nearest ancestor's weight, else 0)");
    }

    /// <summary>
    /// The harm weight of <paramref name="category"/> in days: its own row, else that of its nearest ancestor (the code
    /// minus its last segment, repeatedly), else 0.
    /// </summary>
    public double For(string category) => Nearest(_days, category, out var days) ? days : 0;

    /// <summary>The basis text of the row that gives <paramref name="category"/> its weight (after the fallback), or null.</summary>
    public string? Basis(string category) => Nearest(_basis, category, out var basis) ? basis : null;

    /// <summary>The value of <paramref name="code"/> or of its nearest ancestor that has one.</summary>
    private static bool Nearest<T>(Dictionary<string, T> values, string code, out T value)
    {
        while (!values.TryGetValue(code, out value!))
        {
            var dot = code.LastIndexOf('.');
            if (dot < 0) return false;
            code = code[..dot];
        }
        return true;
    }

    internal static HarmWeights Parse(TextReader reader, string fileName, CategoryTaxonomy taxonomy, string source)
    {
        var days = new Dictionary<string, double>(StringComparer.Ordinal);
        var basis = new Dictionary<string, string>(StringComparer.Ordinal);
        int categoryColumn = -1, daysColumn = -1, basisColumn = -1;
        var headerSeen = false;
        IEnumerable<(int Line, string[] Fields)> records;
        try
        {
            records = CsvTokenizer.ReadAll(reader).ToList();
        }
        catch (CsvSyntaxException e)
        {
            throw new InvalidDataException($"{fileName}: {e.Message}; check the quotes of the file.");
        }
        foreach (var (line, fields) in records)
        {
            if (!headerSeen)
            {
                headerSeen = true;
                var names = fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
                categoryColumn = Array.IndexOf(names, "category");
                daysColumn = Array.IndexOf(names, "days");
                basisColumn = Array.IndexOf(names, "basis");
                if (categoryColumn < 0 || daysColumn < 0)
                    throw new InvalidDataException($"{fileName}, row {line}: the header must name the columns category and days (and optionally basis and source), found \"{string.Join(",", fields)}\".");
                continue;
            }
            var code = Field(fields, categoryColumn).Trim();
            if (code.Length == 0)
                throw new InvalidDataException($"{fileName}, row {line}, field category: empty; give a category code of the taxonomy (e.g. violence.assault).");
            if (!taxonomy.Contains(code))
            {
                var suggestions = taxonomy.Suggest(code);
                throw new InvalidDataException($"{fileName}, row {line}, field category: '{code}' is not a category of the taxonomy" +
                    (suggestions.Count > 0 ? $" (did you mean {string.Join(", ", suggestions)}?)" : "") + ".");
            }
            var text = Field(fields, daysColumn);
            if (!NumberText.TryParseDouble(text, out var value))
                throw new InvalidDataException($"{fileName}, row {line}, field days: '{text.Trim()}' is not a number; give the harm weight in days (0 or more, a decimal point).");
            if (value < 0)
                throw new InvalidDataException($"{fileName}, row {line}, field days: {text.Trim()} is negative; give the harm weight in days (0 or more).");
            if (!days.TryAdd(code, value))
                throw new InvalidDataException($"{fileName}, row {line}, field category: '{code}' is listed twice; keep one row per category.");
            if (basisColumn >= 0 && Field(fields, basisColumn).Trim() is { Length: > 0 } b) basis[code] = b;
        }
        if (!headerSeen) throw new InvalidDataException($"{fileName}: the file is empty; give a header category,days,basis,source and one row per category.");
        return new HarmWeights(days, basis, source);
    }

    private static string Field(string[] fields, int index) => index < fields.Length ? fields[index] : "";
}
