using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Geo.Planning.Plans;
using Geo.Reporting.Plans;
using Geo.Testing;

namespace Geo.Reporting.Tests.Plans;

/// <summary>The Excel plan read back with OpenXml (and GDAL's XLSX driver): sheets, typed cells, the editing aids.</summary>
public sealed class PlanXlsxFileTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task<string> Write(Plan plan, PlanFollowUp? followUp)
    {
        var path = Path.Combine(_dir.Path, $"plan-{plan.Lang}.xlsx");
        await new PlanFileWriter().WriteAsync(plan, followUp, path);
        return path;
    }

    private static WorksheetPart Sheet(WorkbookPart wb, string name)
    {
        var sheet = wb.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)wb.GetPartById(sheet.Id!);
    }

    private static Cell Cell(WorksheetPart ws, string reference) =>
        ws.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    private static string Text(Cell c)
    {
        Assert.Equal(CellValues.InlineString, c.DataType?.Value);
        return c.InlineString!.Text!.Text;
    }

    /// <summary>The cell's number format code ("General" for 0, the built-in "0" for 1, else the stylesheet's custom code).</summary>
    private static string NumberFormat(WorkbookPart wb, Cell c)
    {
        var styles = wb.WorkbookStylesPart!.Stylesheet;
        var xf = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)c.StyleIndex!.Value);
        var id = xf.NumberFormatId!.Value;
        if (id == 0) return "General";
        if (id == 1) return "0";
        return styles.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId! == id).FormatCode!.Value!;
    }

    private static CellFormat Format(WorkbookPart wb, Cell c) =>
        wb.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)c.StyleIndex!.Value);

    private static double Number(Cell c)
    {
        Assert.Null(c.DataType); // a number cell
        return double.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task TheSwedishWorkbookHasTheSheetsTypedCellsAndTheEditingAids()
    {
        var plan = PlanSamples.Swedish();
        var path = await Write(plan, PlanSamples.FollowUp(plan));
        using var doc = SpreadsheetDocument.Open(path, false);
        var wb = doc.WorkbookPart!;

        Assert.Equal(["Åtgärdsplan", "Uppföljning", "Metadata"], wb.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}"));

        var ws = Sheet(wb, "Åtgärdsplan");
        var rows = ws.Worksheet.Descendants<Row>().ToList();
        Assert.Equal(1 + plan.Rows.Count, rows.Count);

        // The header: Brå's template in Swedish, bold.
        string[] expected = ["Nr", "Problem", "Orsak", "Åtgärd", "Operativt mål", "Indikator och utgångsvärde", "Utgångsvärde", "Målförändring",
            "När: klart senast", "När: uppföljning", "Vem (ansvarig aktör)", "Aktörstyper", "Typ: situationell/social",
            "Typ: engångsinsats/ordinarie verksamhet", "Typ: kort/lång sikt", "Status", "Uppföljning (grön/gul/röd)", "Anteckningar"];
        var header = rows[0].Elements<Cell>().Select(Text).ToList();
        Assert.Equal(expected, header.Take(expected.Length));
        var bold = wb.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)Format(wb, Cell(ws, "A1")).FontId!.Value);
        Assert.NotNull(bold.Bold);

        // Typed cells: numbers as numbers, dates as date serials with a yyyy-mm-dd format.
        Assert.Equal(1, Number(Cell(ws, "A2")));
        Assert.Equal(4.25, Number(Cell(ws, "G2")));
        Assert.Equal("0.00", NumberFormat(wb, Cell(ws, "G2")));
        Assert.Equal(0.875, Number(Cell(ws, "G3")));
        Assert.Equal("0.0%", NumberFormat(wb, Cell(ws, "G3")));
        Assert.Equal(-0.2, Number(Cell(ws, "H2")), 12);
        Assert.Equal("0%", NumberFormat(wb, Cell(ws, "H2")));
        Assert.Equal(new DateTime(2027, 3, 31).ToOADate(), Number(Cell(ws, "I2")));
        Assert.Equal(46477, Number(Cell(ws, "I2"))); // Excel's serial of 2027-03-31
        Assert.Equal("yyyy-mm-dd", NumberFormat(wb, Cell(ws, "I2")));
        Assert.Null(Cell(ws, "I3").CellValue);       // no deadline: an empty date cell
        Assert.Equal(new DateTime(2027, 11, 30).ToOADate(), Number(Cell(ws, "J4")));
        Assert.Equal("yyyy-mm-dd", NumberFormat(wb, Cell(ws, "J4")));
        Assert.Equal(101, Number(Cell(ws, "W2")));
        Assert.Equal("yyyy-mm-dd hh:mm", NumberFormat(wb, Cell(ws, "Y2")));
        Assert.Equal(new DateTime(2026, 11, 27, 18, 30, 0).ToOADate(), Number(Cell(ws, "Y2")), 9);

        // Text: labels in Swedish, line breaks kept, formula-looking text stored as text, never a formula.
        Assert.Equal("Åsa Öberg, tillståndsenheten", Text(Cell(ws, "K2")));
        Assert.Equal("antagen", Text(Cell(ws, "P2")));
        Assert.Equal("grön", Text(Cell(ws, "Q2")));
        Assert.Equal("röd", Text(Cell(ws, "Q4")));
        Assert.Equal(PlanSamples.FormulaNote, Text(Cell(ws, "R2")));
        Assert.Equal("+46 fältgruppen ringer\nefter mötet", Text(Cell(ws, "R3")));
        Assert.Equal("-@ minus och snabel-a", Text(Cell(ws, "R4")));
        Assert.Empty(doc.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
        Assert.True(Format(wb, Cell(ws, "B2")).Alignment!.WrapText!.Value);

        // The frozen header row and the auto filter over the table.
        var pane = ws.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1, pane.VerticalSplit!.Value);
        Assert.Null(pane.HorizontalSplit);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal("A1:Z4", ws.Worksheet.Elements<AutoFilter>().Single().Reference!.Value);
        var filterName = wb.Workbook.DefinedNames!.Elements<DefinedName>().Single(n => n.Name == "_xlnm._FilterDatabase" && n.LocalSheetId! == 0);
        Assert.Equal("'Åtgärdsplan'!$A$1:$Z$4", filterName.Text);

        // Column widths that fit: set for every column, long text capped (and wrapped), short codes narrow.
        var widths = ws.Worksheet.Descendants<Column>().ToDictionary(c => (int)c.Min!.Value, c => c.Width!.Value);
        Assert.Equal(header.Count, widths.Count);
        Assert.All(widths.Values, w => Assert.InRange(w, 6, 60));
        Assert.True(widths[2] > widths[1], "the problem column is wider than the number column");
        Assert.Equal(60, widths[2]); // Problem: a long line, capped

        // Drop-down lists of the allowed values on Status and Uppföljning, and the colours on Uppföljning.
        var validations = ws.Worksheet.Descendants<DataValidation>().ToList();
        Assert.Equal(2, validations.Count);
        Assert.All(validations, v => Assert.Equal(DataValidationValues.List, v.Type!.Value));
        Assert.Equal("P2:P1000", validations[0].SequenceOfReferences!.InnerText);
        Assert.Equal("\"föreslagen,antagen,pågår,klar,avslagen\"", validations[0].Formula1!.Text);
        Assert.Equal("Q2:Q1000", validations[1].SequenceOfReferences!.InnerText);
        Assert.Equal("\"grön,gul,röd\"", validations[1].Formula1!.Text);
        var rules = ws.Worksheet.Descendants<ConditionalFormatting>().Single();
        Assert.Equal("Q2:Q1000", rules.SequenceOfReferences!.InnerText);
        var dxfs = wb.WorkbookStylesPart.Stylesheet.DifferentialFormats!.Elements<DifferentialFormat>().ToList();
        var fills = rules.Elements<ConditionalFormattingRule>()
            .ToDictionary(r => r.GetFirstChild<Formula>()!.Text, r => dxfs[(int)r.FormatId!.Value].Fill!.PatternFill!.BackgroundColor!.Rgb!.Value);
        Assert.Equal(new Dictionary<string, string?> { ["\"grön\""] = "FFC6EFCE", ["\"gul\""] = "FFFFEB9C", ["\"röd\""] = "FFFFC7CE" }, fills);

        // The follow-up sheet: numbers, an empty ratio for a share, the suggested status filled with its colour.
        var fu = Sheet(wb, "Uppföljning");
        Assert.Equal("Föreslagen status", Text(Cell(fu, "K1")));
        Assert.Equal(2.5, Number(Cell(fu, "E2")));
        Assert.Equal(0.588, Number(Cell(fu, "F2")));
        Assert.Equal(0.0021, Number(Cell(fu, "I2")));
        Assert.Equal("0.000", NumberFormat(wb, Cell(fu, "I2")));
        Assert.Null(Cell(fu, "F3").CellValue);
        Assert.Equal("signifikant minskning", Text(Cell(fu, "J2")));
        Assert.Equal("grön", Text(Cell(fu, "K2")));
        string FillOf(Cell c) => wb.WorkbookStylesPart.Stylesheet.Fills!.Elements<Fill>().ElementAt((int)Format(wb, c).FillId!.Value)
            .PatternFill!.ForegroundColor!.Rgb!.Value!;
        Assert.Equal("FFC6EFCE", FillOf(Cell(fu, "K2")));
        Assert.Equal("FFFFEB9C", FillOf(Cell(fu, "K3")));
        Assert.Equal("FFFFC7CE", FillOf(Cell(fu, "K4")));
        Assert.Equal(PaneStateValues.Frozen, fu.Worksheet.Descendants<Pane>().Single().State!.Value);

        // The metadata sheet.
        var meta = Metadata(wb);
        Assert.Equal(17, Number(meta["Plan-id"]));
        Assert.Equal(42, Number(meta["Körning"]));
        Assert.Equal("9999", Text(meta["Studieområde"]));
        Assert.Equal("analytiker", Text(meta["Upprättad av"]));
        Assert.Equal(new DateTime(2026, 11, 26, 18, 30, 0).ToOADate(), Number(meta["Upprättad (UTC)"]), 9);
        Assert.Equal(new DateTime(2027, 11, 30).ToOADate(), Number(meta["Uppföljningsdatum"]));
        Assert.Equal("yyyy-mm-dd", NumberFormat(wb, meta["Uppföljningsdatum"]));
        Assert.Equal(12, Number(meta["Bygger på plan"]));
        Assert.Equal(PlanFileWriter.GeoVersion, Text(meta["Geo-version"]));
        Assert.Equal("sv (svenska)", Text(meta["Språk"]));
        Assert.StartsWith("Orsakerna är hypoteser", Text(meta["Obs"]), StringComparison.Ordinal);
        Assert.Equal(51, Number(meta["Uppföljning mot körning"]));
        Assert.Equal(new DateTime(2026, 12, 31).ToOADate(), Number(meta["Uppföljningsperiod till"]));
    }

    [Fact]
    public async Task TheEnglishWorkbookWithoutAFollowUpHasTwoSheetsInEnglish()
    {
        var path = await Write(PlanSamples.English(), null);
        using var doc = SpreadsheetDocument.Open(path, false);
        var wb = doc.WorkbookPart!;
        Assert.Equal(["Action plan", "Metadata"], wb.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var ws = Sheet(wb, "Action plan");
        Assert.Equal("Measure", Text(Cell(ws, "D1")));
        Assert.Equal("Follow-up (green/yellow/red)", Text(Cell(ws, "Q1")));
        Assert.Equal("\"proposed,adopted,in progress,done,rejected\"", ws.Worksheet.Descendants<DataValidation>().First().Formula1!.Text);
        Assert.Equal("done", Text(Cell(ws, "P3")));
        Assert.Equal("=HYPERLINK(\"http://example.com\")", Text(Cell(ws, "R3")));
        Assert.Empty(wb.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
        Assert.Equal(0.31, Number(Cell(ws, "G3")));
        Assert.Equal("A1:Z3", ws.Worksheet.Elements<AutoFilter>().Single().Reference!.Value);
        var meta = Metadata(wb);
        Assert.Equal("en (English)", Text(meta["Language"]));
        Assert.False(meta.ContainsKey("Based on plan") && meta["Based on plan"].CellValue is not null);
        Assert.StartsWith("The causes are hypotheses", Text(meta["Note"]), StringComparison.Ordinal);
        Assert.False(meta.ContainsKey("Follow-up against run"));
    }

    [Fact]
    public async Task GdalsXlsxDriverListsTheSheetsAndReadsTypedColumns()
    {
        var (_, formats, _) = Gdal.Run("ogrinfo", "--formats");
        if (!formats.Contains("XLSX -vector-", StringComparison.Ordinal))
        {
            // This GDAL is built without the XLSX driver: there is no reader to check against (Debian's gdal-bin has it).
            return;
        }
        var plan = PlanSamples.Swedish();
        var sv = await Write(plan, PlanSamples.FollowUp(plan));
        var (exit, stdout, stderr) = Gdal.Run("ogrinfo", "-ro", "-so", sv);
        Assert.True(exit == 0, stderr + stdout);
        Assert.Contains("1: Åtgärdsplan (None)", stdout, StringComparison.Ordinal);
        Assert.Contains("2: Uppföljning (None)", stdout, StringComparison.Ordinal);
        Assert.Contains("3: Metadata (None)", stdout, StringComparison.Ordinal);

        var en = await Write(PlanSamples.English(), null);
        var (exit2, all, stderr2) = Gdal.Run("ogrinfo", "-ro", "-al", en, "Action plan");
        Assert.True(exit2 == 0, stderr2 + all);
        Assert.Contains("Feature Count: 2", all, StringComparison.Ordinal);
        Assert.Contains("No.: Integer", all, StringComparison.Ordinal);
        Assert.Contains("Baseline: Real", all, StringComparison.Ordinal);
        Assert.Contains("When: deadline: Date", all, StringComparison.Ordinal);
        Assert.Contains("Updated (UTC): DateTime", all, StringComparison.Ordinal);
        Assert.Contains("When: deadline (Date) = 2027/02/28", all, StringComparison.Ordinal);
        Assert.Contains("Notes (String) = =HYPERLINK(\"http://example.com\")", all, StringComparison.Ordinal);
    }

    /// <summary>The metadata sheet's value cells by their field name.</summary>
    private static Dictionary<string, Cell> Metadata(WorkbookPart wb)
    {
        var ws = Sheet(wb, "Metadata");
        var result = new Dictionary<string, Cell>();
        foreach (var row in ws.Worksheet.Descendants<Row>().Skip(1))
        {
            var cells = row.Elements<Cell>().ToList();
            var value = cells.FirstOrDefault(c => c.CellReference!.Value!.StartsWith('B'));
            if (value is not null) result[Text(cells[0])] = value;
        }
        return result;
    }
}
