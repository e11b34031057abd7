using Geo.Core.Text;

namespace Geo.Testing;

/// <summary>Reads the CSV files of tests (fixtures, expected values, command output) with Geo's one tokenizer.</summary>
public sealed class TestCsv
{
    private readonly Dictionary<string, int> _columns;

    private TestCsv(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _columns = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
    }

    public string[] Header { get; }

    /// <summary>The data records (after the header), as text fields.</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>The index of a column by its header name.</summary>
    public int this[string column] => _columns.TryGetValue(column, out var i) ? i : throw new KeyNotFoundException($"no column '{column}' in {string.Join(",", Header)}");

    /// <param name="path">The file.</param>
    /// <param name="comments">Skip records whose first field starts with '#' (the expected-value files of the R scripts).</param>
    public static TestCsv Read(string path, bool comments = false)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, comments);
    }

    public static TestCsv Parse(TextReader reader, bool comments = false)
    {
        var records = CsvTokenizer.ReadAll(reader, comments: comments).Select(r => r.Fields).ToList();
        if (records.Count == 0) throw new InvalidDataException("empty CSV: no header");
        return new TestCsv(records[0], records.Skip(1).ToList());
    }
}
