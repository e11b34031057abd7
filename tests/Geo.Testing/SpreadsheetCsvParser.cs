using System.Globalization;
using System.Text;

namespace Geo.Testing;

/// <summary>
/// Reads CSV the way a spreadsheet configured for a locale does (independent of Geo's writer): a UTF-8 BOM selects UTF-8,
/// fields split on the locale's list separator, quotes per RFC 4180, numbers with the locale's decimal separator.
/// Swedish Excel: semicolon and decimal comma; standard: comma and decimal point.
/// </summary>
public sealed class SpreadsheetCsvParser(char separator, char decimalSeparator)
{
    public static readonly SpreadsheetCsvParser SwedishExcel = new(';', ',');
    public static readonly SpreadsheetCsvParser Standard = new(',', '.');

    /// <summary>Whether the bytes start with the UTF-8 BOM.</summary>
    public static bool HasBom(byte[] bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

    /// <summary>The records of a file; fails when there is no BOM (Excel would then read it as Windows-1252).</summary>
    public List<string[]> Read(byte[] bytes)
    {
        Assert.True(HasBom(bytes), "the CSV has no UTF-8 BOM");
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
            else if (c is '\r' or '\n') throw new FormatException($"a bare line break at character {i}: records must end with CRLF");
            else field.Append(c);
        }
        Assert.False(quoted, "an unterminated quote");
        Assert.True(field.Length == 0 && fields.Count == 0, "the last record does not end with CRLF");
        return records;
    }

    /// <summary>A cell as a number in this locale (null when the cell is not a number, as a spreadsheet would keep it as text).</summary>
    public double? Number(string cell)
    {
        var nf = new NumberFormatInfo { NumberDecimalSeparator = decimalSeparator.ToString(), NegativeSign = "-" };
        if (cell.Contains(decimalSeparator == ',' ? '.' : ',')) return null;
        return double.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, nf, out var v) ? v : null;
    }
}
