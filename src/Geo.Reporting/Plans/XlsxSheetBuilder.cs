using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Geo.Reporting.Plans;

/// <summary>
/// Builds one worksheet of a plan workbook: a bold header row and typed rows (text as inline strings, so that a text
/// starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> stays text; numbers; dates and times as date serials with a
/// date format), column widths from the longest line of each column (capped, long text wraps), optionally a frozen header
/// row, an auto filter over the table, list validations and green/yellow/red conditional fills on given columns, and a
/// landscape page fitted to the width with the header row repeated.
/// </summary>
internal sealed class XlsxSheetBuilder(string name)
{
    /// <summary>The last row a validation or a conditional format covers, so that rows the group adds get them too.</summary>
    public const int LastEditableRow = 1000;

    /// <summary>Excel's limit of characters in a cell.</summary>
    public const int MaxCellText = 32767;

    private const double MinWidth = 6, MaxWidth = 60, MaxHeaderWidth = 24;

    private readonly List<string> _headers = [];
    private readonly List<XlsxValue[]> _rows = [];
    private readonly List<(int Column, IReadOnlyList<string> Values, string Title, string Prompt, string Error)> _validations = [];
    private readonly List<(int Column, IReadOnlyList<string> Values)> _colours = [];

    public string Name { get; } = name;

    public bool FreezeHeader { get; init; }

    public bool AutoFilter { get; init; }

    /// <summary>Sets the header row (one column per header).</summary>
    public void Header(params string[] headers) => _headers.AddRange(headers);

    public void Row(params XlsxValue[] cells)
    {
        if (cells.Length != _headers.Count) throw new ArgumentException($"A row of sheet {Name} has {cells.Length} cells for {_headers.Count} columns.");
        _rows.Add(cells);
    }

    /// <summary>A drop-down list of <paramref name="values"/> on column <paramref name="column"/> (0-based) below the header.</summary>
    public void Validation(int column, IReadOnlyList<string> values, string title, string prompt, string error) =>
        _validations.Add((column, values, title, prompt, error));

    /// <summary>Green, yellow and red fills on column <paramref name="column"/> for the cells equal to <paramref name="values"/> (in that order).</summary>
    public void Colours(int column, IReadOnlyList<string> values) => _colours.Add((column, values));

    /// <summary>The table's range with absolute references (<c>$A$1:$X$4</c>), for the filter's defined name.</summary>
    public string TableRange => $"${Column(0)}$1:${Column(_headers.Count - 1)}${_rows.Count + 1}";

    public Worksheet Build()
    {
        var sheet = new Worksheet();
        sheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        sheet.Append(new SheetDimension { Reference = $"A1:{Column(_headers.Count - 1)}{_rows.Count + 1}" });

        var view = new SheetView { WorkbookViewId = 0 };
        if (FreezeHeader)
        {
            view.Append(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        }
        sheet.Append(new SheetViews(view));
        sheet.Append(new SheetFormatProperties { DefaultRowHeight = 15 });

        var columns = new Columns();
        for (var c = 0; c < _headers.Count; c++)
        {
            var width = Width(c);
            columns.Append(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = width, CustomWidth = true });
        }
        sheet.Append(columns);

        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < _headers.Count; c++) header.Append(TextCell(Reference(c, 1), _headers[c], XlsxStyle.Header));
        data.Append(header);
        for (var r = 0; r < _rows.Count; r++)
        {
            var rowIndex = (uint)r + 2;
            var row = new Row { RowIndex = rowIndex };
            for (var c = 0; c < _headers.Count; c++)
            {
                var cell = Cell(Reference(c, rowIndex), _rows[r][c]);
                if (cell is not null) row.Append(cell);
            }
            data.Append(row);
        }
        sheet.Append(data);

        if (AutoFilter) sheet.Append(new AutoFilter { Reference = $"A1:{Column(_headers.Count - 1)}{_rows.Count + 1}" });

        var priority = 1;
        foreach (var (column, values) in _colours)
        {
            var cf = new ConditionalFormatting { SequenceOfReferences = new ListValue<StringValue> { InnerText = EditableRange(column) } };
            for (var k = 0; k < values.Count && k < XlsxStylesheet.Colours.Count; k++)
            {
                cf.Append(new ConditionalFormattingRule(new Formula(Quote(values[k])))
                {
                    Type = ConditionalFormatValues.CellIs,
                    Operator = ConditionalFormattingOperatorValues.Equal,
                    FormatId = (uint)k,
                    Priority = priority++,
                });
            }
            sheet.Append(cf);
        }

        if (_validations.Count > 0)
        {
            var dvs = new DataValidations { Count = (uint)_validations.Count };
            foreach (var (column, values, title, prompt, error) in _validations)
            {
                dvs.Append(new DataValidation(new Formula1(Quote(string.Join(",", values))))
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowInputMessage = true,
                    ShowErrorMessage = true,
                    ErrorStyle = DataValidationErrorStyleValues.Stop,
                    PromptTitle = Limit(title, 32),
                    Prompt = Limit(prompt, 255),
                    ErrorTitle = Limit(title, 32),
                    Error = Limit(error, 255),
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = EditableRange(column) },
                });
            }
            sheet.Append(dvs);
        }

        sheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        sheet.Append(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        return sheet;
    }

    private string EditableRange(int column) => $"{Column(column)}2:{Column(column)}{Math.Max(LastEditableRow, _rows.Count + 1)}";

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Limit(string s, int n) => s.Length <= n ? s : s[..n];

    /// <summary>The column width: the longest line of its cells (text capped so that it wraps), the header's words.</summary>
    private double Width(int c)
    {
        var header = _headers[c];
        double width = Math.Min(header.Length, MaxHeaderWidth);
        foreach (var word in header.Split(' ')) width = Math.Max(width, word.Length);
        foreach (var row in _rows)
        {
            var v = row[c];
            double w = v.Value switch
            {
                null => 0,
                string s => Clean(s).Split('\n').Max(l => l.Length),
                DateOnly => 10,
                DateTimeOffset => 16,
                double d => v.Style switch
                {
                    XlsxStyle.Integer => d.ToString("0", CultureInfo.InvariantCulture).Length,
                    XlsxStyle.Percent or XlsxStyle.PercentOneDecimal => 7,
                    _ => d.ToString("0.000", CultureInfo.InvariantCulture).Length,
                },
                _ => 10,
            };
            width = Math.Max(width, w);
        }
        return Math.Round(Math.Clamp(width + 2, MinWidth, MaxWidth), 1);
    }

    private static Cell? Cell(string reference, XlsxValue v) => v.Value switch
    {
        null => v.Style == XlsxStyle.Text ? null : new Cell { CellReference = reference, StyleIndex = (uint)v.Style },
        string s => TextCell(reference, s, v.Style),
        double d => NumberCell(reference, d, v.Style),
        DateOnly date => NumberCell(reference, date.ToDateTime(TimeOnly.MinValue).ToOADate(), XlsxStyle.Date),
        DateTimeOffset t => NumberCell(reference, t.UtcDateTime.ToOADate(), XlsxStyle.DateTime),
        _ => throw new ArgumentException($"No cell for a {v.Value.GetType().Name}."),
    };

    private static Cell NumberCell(string reference, double d, XlsxStyle style) =>
        new() { CellReference = reference, StyleIndex = (uint)style, CellValue = new CellValue(d.ToString("R", CultureInfo.InvariantCulture)) };

    /// <summary>An inline string: Excel never evaluates it, whatever its first character.</summary>
    private static Cell TextCell(string reference, string text, XlsxStyle style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = (uint)style,
        InlineString = new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    /// <summary>Text a cell can hold: line breaks as LF, characters XML 1.0 forbids dropped, at most Excel's 32,767 characters.</summary>
    internal static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            if (c == '\r')
            {
                sb.Append('\n');
                if (k + 1 < text.Length && text[k + 1] == '\n') k++;
            }
            else if (char.IsHighSurrogate(c) && k + 1 < text.Length && char.IsLowSurrogate(text[k + 1]))
            {
                sb.Append(c).Append(text[++k]);
            }
            else if (c is '\t' or '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD))
            {
                sb.Append(c);
            }
        }
        if (sb.Length > MaxCellText)
        {
            sb.Length = MaxCellText - 1;
            if (char.IsHighSurrogate(sb[^1])) sb.Length--;
            sb.Append('…');
        }
        return sb.ToString();
    }

    private static string Reference(int column, uint row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The letters of a 0-based column index (0 → A, 26 → AA).</summary>
    internal static string Column(int index)
    {
        var s = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }
}
