using System.Globalization;
using System.Text;
using Geo.Testing;

namespace Geo.Cli.Tests;

/// <summary>
/// A CSV export read back the way Swedish Excel reads it (independent of Geo's writer): UTF-8 with a BOM, semicolons,
/// quotes per RFC 4180, CRLF records, decimal comma. Cells are looked up by the header's label.
/// </summary>
internal sealed class ExportCsv
{
    private readonly Dictionary<string, int> _columns;

    private ExportCsv(List<string[]> records)
    {
        Header = records[0];
        Rows = records.Skip(1).ToList();
        _columns = Header.Select((h, i) => (h, i)).GroupBy(x => x.h).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
    }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public static ExportCsv Read(string path, char separator = ';')
    {
        var records = new SpreadsheetCsvParser(separator, separator == ';' ? ',' : '.').Read(File.ReadAllBytes(path));
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal(records[0].Length, r.Length));
        return new ExportCsv(records);
    }

    public bool Has(string label) => _columns.ContainsKey(label);

    public int Column(string label) => _columns.TryGetValue(label, out var i) ? i : throw new KeyNotFoundException($"no column '{label}' in {string.Join(" | ", Header)}");

    public string Cell(string[] row, string label) => row[Column(label)];

    /// <summary>A cell as Swedish Excel reads a number (decimal comma), or null when it is not one.</summary>
    public static double? Number(string cell, char decimalSeparator = ',')
    {
        if (cell.Contains(decimalSeparator == ',' ? '.' : ',')) return null;
        var nf = new NumberFormatInfo { NumberDecimalSeparator = decimalSeparator.ToString(), NegativeSign = "-" };
        return double.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, nf, out var v) ? v : null;
    }
}
