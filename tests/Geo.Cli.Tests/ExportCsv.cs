using System.Globalization;
using System.Text;

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
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, $"{path} has no UTF-8 BOM");
        var text = new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3);
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == separator) { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }
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
