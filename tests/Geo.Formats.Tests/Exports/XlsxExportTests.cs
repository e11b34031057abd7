using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Geo.Formats.Exports;
using Geo.Testing;

namespace Geo.Formats.Tests.Exports;

/// <summary>XLSX exports read back with the OpenXml SDK and by GDAL's ogrinfo.</summary>
public sealed class XlsxExportTests
{
    private static readonly DateTime Epoch = new(1899, 12, 30);

    private static async Task<string> Write(TempDir dir, string lang = "sv", params ExportTable[] tables)
    {
        var path = Path.Combine(dir.Path, $"export-{lang}.xlsx");
        await ExportFixture.WriteAsync(ExportFormats.Xlsx, path, ExportFixture.Options(lang), tables);
        return path;
    }

    private static Worksheet Sheet(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    private static string? FormatCode(SpreadsheetDocument doc, Cell cell)
    {
        var styles = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var xf = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = xf.NumberFormatId?.Value ?? 0;
        return styles.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value;
    }

    private static string InlineText(Cell cell)
    {
        Assert.Equal(CellValues.InlineString, cell.DataType?.Value);
        Assert.Null(cell.CellFormula);
        return cell.InlineString!.Text!.Text;
    }

    [Fact]
    public async Task Cells_are_typed_with_number_formats_a_frozen_bold_header_filter_and_widths()
    {
        using var dir = new TempDir();
        var path = await Write(dir);
        using var doc = SpreadsheetDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        Assert.Equal(["Indikatorer per område", "Metadata"], doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var ws = Sheet(doc, "Indikatorer per område");
        var rows = ws.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(ExportFixture.Values.Length + 1, rows.Count);

        var header = rows[0].Elements<Cell>().ToList();
        Assert.Equal(ExportFixture.Columns.Select(c => c.LabelSv), header.Select(InlineText));
        var fonts = doc.WorkbookPart.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ToList();
        var xfs = doc.WorkbookPart.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        Assert.All(header, c => Assert.NotNull(fonts[(int)xfs[(int)c.StyleIndex!.Value].FontId!.Value].Bold));

        string?[] formats = [null, null, "0", "0", "0.00", "0.0%", "yyyy-mm-dd", "yyyy-mm-dd hh:mm", null];
        for (var r = 0; r < ExportFixture.Values.Length; r++)
        {
            var cells = rows[r + 1].Elements<Cell>().ToDictionary(c => c.CellReference!.Value![..1]);
            for (var c = 0; c < ExportFixture.Columns.Length; c++)
            {
                var planted = ExportFixture.Values[r][c];
                var letter = ((char)('A' + c)).ToString();
                if (planted is null)
                {
                    Assert.False(cells.ContainsKey(letter), $"{letter}{r + 2} should be empty");
                    continue;
                }
                var cell = cells[letter];
                switch (planted)
                {
                    case ExportSuppressed s: Assert.Equal(s.Mark, InlineText(cell)); break;
                    case string t: Assert.Equal(t, InlineText(cell)); break; // never neutralised: an inline string is never a formula
                    case bool b:
                        Assert.Equal(CellValues.Boolean, cell.DataType?.Value);
                        Assert.Equal(b ? "1" : "0", cell.CellValue!.Text);
                        break;
                    default:
                        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{cell.CellReference} is {cell.DataType?.Value}, not a number");
                        Assert.Equal(formats[c], FormatCode(doc, cell));
                        var value = double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
                        var expected = planted switch
                        {
                            DateOnly d => (d.ToDateTime(TimeOnly.MinValue) - Epoch).TotalDays,
                            DateTimeOffset t => (t.UtcDateTime - Epoch).TotalDays,
                            _ => Convert.ToDouble(planted, CultureInfo.InvariantCulture),
                        };
                        Assert.Equal(expected, value, 1e-9);
                        break;
                }
            }
        }

        var pane = ws.GetFirstChild<SheetViews>()!.GetFirstChild<SheetView>()!.GetFirstChild<Pane>()!;
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1.0, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal("A1:I9", ws.GetFirstChild<AutoFilter>()!.Reference!.Value);
        var widths = ws.GetFirstChild<Columns>()!.Elements<Column>().Select(c => c.Width!.Value).ToList();
        Assert.Equal(ExportFixture.Columns.Length, widths.Count);
        for (var c = 0; c < widths.Count; c++) Assert.True(widths[c] >= ExportFixture.Columns[c].LabelSv.Length, $"column {c} is narrower than its header");
        Assert.True(widths[1] > widths[0] + 15, "the long names widen their column");
    }

    [Fact]
    public async Task The_metadata_sheet_holds_every_entry()
    {
        using var dir = new TempDir();
        var path = await Write(dir, "en");
        using var doc = SpreadsheetDocument.Open(path, false);
        var rows = Sheet(doc, "Metadata").GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(["Key", "Label", "Value"], rows[0].Elements<Cell>().Select(InlineText));
        Assert.Equal(ExportFixture.Entries.Length + 1, rows.Count);
        for (var i = 0; i < ExportFixture.Entries.Length; i++)
        {
            var e = ExportFixture.Entries[i];
            var cells = rows[i + 1].Elements<Cell>().ToList();
            Assert.Equal(e.Key, InlineText(cells[0]));
            Assert.Equal(e.LabelEn, InlineText(cells[1]));
            switch (e.Value)
            {
                case null: Assert.Equal(2, cells.Count); break;
                case int n:
                    Assert.Null(cells[2].DataType);
                    Assert.Equal(n.ToString(CultureInfo.InvariantCulture), cells[2].CellValue!.Text);
                    break;
                default: Assert.NotEmpty(InlineText(cells[2])); break;
            }
        }
        var values = rows.Skip(1).ToDictionary(r => InlineText(r.Elements<Cell>().First()), r => r.Elements<Cell>().ElementAtOrDefault(2));
        Assert.Equal("""{"bandwidth_m":250,"groups":["total","inbrott"]}""", InlineText(values["parameters"]!));
        Assert.Equal("2026-11-27T01:50:00Z", InlineText(values["created_at"]!));
    }

    [Fact]
    public async Task Sheet_names_are_cleaned_shortened_and_unique()
    {
        using var dir = new TempDir();
        var long1 = new ExportTable("a", "Brott [per] område: * ? / \\ en mycket lång titel", "x", ExportFixture.Columns, null, ExportFixture.Table().Rows);
        var long2 = long1 with { Name = "b", Rows = ExportFixture.Table().Rows };
        var meta = new ExportTable("c", "Metadata", "x", ExportFixture.Columns, null, ExportFixture.Table().Rows);
        var path = await Write(dir, "sv", long1, long2, meta);
        using var doc = SpreadsheetDocument.Open(path, false);
        var names = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal(4, names.Count);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.True(n.Length <= 31 && n.IndexOfAny("[]:*?/\\".ToCharArray()) < 0, n));
        Assert.Equal("Metadata", names[^1]);
    }

    [Fact]
    public async Task Ogrinfo_lists_the_sheets_with_fields_and_counts_without_warnings()
    {
        using var dir = new TempDir();
        var path = await Write(dir);
        var info = OgrInfo.Clean("-ro", "-al", "-so", path);
        Assert.Contains("Layer name: Indikatorer per område\n", info, StringComparison.Ordinal);
        Assert.Contains("Feature Count: 8\n", info, StringComparison.Ordinal);
        foreach (var field in new[] { "Områdesnamn: String", "Befolkning: Integer64", "Första dag: Date", "Beräknad: DateTime", "Hot spot: Integer(Boolean)" })
            Assert.Contains(field + " ", info, StringComparison.Ordinal);
        Assert.Contains("Layer name: Metadata\n", info, StringComparison.Ordinal);
        Assert.Contains("Feature Count: 10\n", info, StringComparison.Ordinal);
        var all = OgrInfo.Clean("-ro", "-al", path);
        Assert.Contains("Områdesnamn (String) = =1+2", all, StringComparison.Ordinal);
        Assert.Contains("Första dag (Date) = 2024/02/29", all, StringComparison.Ordinal);
        Assert.Contains("Beräknad (DateTime) = 2026/11/27 02:04:05", all, StringComparison.Ordinal);
    }
}
