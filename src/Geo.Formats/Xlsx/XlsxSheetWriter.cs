using System.Globalization;
using System.Xml;
using Geo.Formats.Exports;

namespace Geo.Formats.Xlsx;

/// <summary>
/// Streams one worksheet part: a frozen bold header row, column widths, one row per export row with typed cells, and an
/// auto filter over the table. Nothing but the current row is held.
/// </summary>
internal sealed class XlsxSheetWriter : IDisposable
{
    private static readonly DateTime Epoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Utc);
    private readonly XmlWriter _w;
    private readonly IReadOnlyList<ExportColumn> _columns;
    private readonly int[] _styles;
    private readonly int _dateStyle;
    private readonly int _dateTimeStyle;
    private long _row;

    public XlsxSheetWriter(Stream stream, IReadOnlyList<ExportColumn> columns, XlsxStyles styles, string lang, bool selected, IReadOnlyList<double> widths)
    {
        _w = XlsxXml.Create(stream);
        _columns = columns;
        _styles = [.. columns.Select(c => NumberFormat(c) is { } f ? styles.Number(f) : XlsxStyles.Default)];
        _dateStyle = styles.Number(DateFormat);
        _dateTimeStyle = styles.Number(DateTimeFormat);
        _w.WriteStartDocument(true);
        _w.WriteStartElement("worksheet", XlsxXml.Main);
        _w.WriteAttributeString("xmlns", "r", null, XlsxXml.Relationships);
        _w.WriteStartElement("sheetViews");
        _w.WriteStartElement("sheetView");
        if (selected) _w.WriteAttributeString("tabSelected", "1");
        _w.WriteAttributeString("workbookViewId", "0");
        _w.WriteStartElement("pane");
        _w.WriteAttributeString("ySplit", "1");
        _w.WriteAttributeString("topLeftCell", "A2");
        _w.WriteAttributeString("activePane", "bottomLeft");
        _w.WriteAttributeString("state", "frozen");
        _w.WriteEndElement();
        _w.WriteStartElement("selection");
        _w.WriteAttributeString("pane", "bottomLeft");
        _w.WriteAttributeString("activeCell", "A2");
        _w.WriteAttributeString("sqref", "A2");
        _w.WriteEndElement();
        _w.WriteEndElement();
        _w.WriteEndElement();
        if (columns.Count > 0)
        {
            _w.WriteStartElement("cols");
            for (var i = 0; i < columns.Count; i++)
            {
                _w.WriteStartElement("col");
                _w.WriteAttributeString("min", Text(i + 1));
                _w.WriteAttributeString("max", Text(i + 1));
                _w.WriteAttributeString("width", widths[i].ToString("0.##", CultureInfo.InvariantCulture));
                _w.WriteAttributeString("customWidth", "1");
                _w.WriteEndElement();
            }
            _w.WriteEndElement();
        }
        _w.WriteStartElement("sheetData");
        StartRow();
        for (var i = 0; i < columns.Count; i++) InlineString(i, columns[i].Label(lang), XlsxStyles.Header);
        _w.WriteEndElement();
    }

    public const string DateFormat = "yyyy-mm-dd";
    public const string DateTimeFormat = "yyyy-mm-dd hh:mm";

    /// <summary>Rows written after the header.</summary>
    public long Rows => _row - 1;

    /// <summary>The number format of a column's numbers (null: general).</summary>
    public static string? NumberFormat(ExportColumn c) => c.Kind switch
    {
        ExportKind.Integer or ExportKind.Count => "0",
        ExportKind.Decimal => c.Decimals > 0 ? "0." + new string('0', c.Decimals) : "0",
        ExportKind.Percent => c.Decimals > 0 ? "0." + new string('0', c.Decimals) + "%" : "0%",
        _ => null,
    };

    /// <summary>An estimate of a value's width in characters as Excel shows it.</summary>
    public static int Width(ExportColumn c, object? value, string lang) => value switch
    {
        null => 0,
        ExportSuppressed s => s.Mark.Length,
        string t => Math.Min(t.Length, 60),
        bool => lang == "en" ? 5 : 6,
        DateOnly => 10,
        DateTimeOffset or DateTime => 16,
        _ when ExportValues.Number(value) is { } d => c.Kind switch
        {
            ExportKind.Decimal => (Math.Round(d, Math.Min(c.Decimals, 15))).ToString("F" + c.Decimals, CultureInfo.InvariantCulture).Length,
            ExportKind.Percent => (d * 100).ToString("F" + c.Decimals, CultureInfo.InvariantCulture).Length + 1,
            ExportKind.Integer or ExportKind.Count => Math.Round(d).ToString("F0", CultureInfo.InvariantCulture).Length,
            _ => d.ToString("G10", CultureInfo.InvariantCulture).Length,
        },
        _ => 10,
    };

    public void Write(IReadOnlyList<object?> values)
    {
        StartRow();
        for (var i = 0; i < _columns.Count; i++)
        {
            var v = values[i];
            switch (v)
            {
                case null: break;
                case ExportSuppressed s: InlineString(i, s.Mark, _styles[i] == XlsxStyles.Default ? XlsxStyles.Default : XlsxStyles.Mark); break;
                case string t: InlineString(i, t, XlsxStyles.Default); break;
                case bool b:
                    StartCell(i, XlsxStyles.Default, "b");
                    _w.WriteElementString("v", b ? "1" : "0");
                    _w.WriteEndElement();
                    break;
                case DateOnly d: Number(i, (d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Epoch).TotalDays.ToString("R", CultureInfo.InvariantCulture), _dateStyle); break;
                case DateTimeOffset t: Number(i, Serial(t.UtcDateTime), _dateTimeStyle); break;
                case DateTime t: Number(i, Serial(t.ToUniversalTime()), _dateTimeStyle); break;
                default:
                    if (ExportValues.Whole(v) is { } l) Number(i, l.ToString(CultureInfo.InvariantCulture), _styles[i]);
                    else if (ExportValues.Number(v) is { } d) Number(i, d.ToString("R", CultureInfo.InvariantCulture), _styles[i]);
                    else if (v is not (double or float)) InlineString(i, Convert.ToString(v, CultureInfo.InvariantCulture) ?? "", XlsxStyles.Default);
                    break;
            }
        }
        _w.WriteEndElement();
    }

    private static string Serial(DateTime utc) => Math.Round((utc - Epoch).TotalDays, 10).ToString("R", CultureInfo.InvariantCulture);

    private void StartRow()
    {
        _row++;
        _w.WriteStartElement("row");
        _w.WriteAttributeString("r", Text(_row));
    }

    private void StartCell(int column, int style, string? type)
    {
        _w.WriteStartElement("c");
        _w.WriteAttributeString("r", XlsxXml.Reference(column, _row));
        if (style != XlsxStyles.Default) _w.WriteAttributeString("s", Text(style));
        if (type is not null) _w.WriteAttributeString("t", type);
    }

    private void Number(int column, string value, int style)
    {
        StartCell(column, style, null);
        _w.WriteElementString("v", value);
        _w.WriteEndElement();
    }

    private void InlineString(int column, string text, int style)
    {
        StartCell(column, style, "inlineStr");
        _w.WriteStartElement("is");
        _w.WriteStartElement("t");
        var clean = XlsxXml.Clean(text);
        if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1]))) _w.WriteAttributeString("xml", "space", null, "preserve");
        _w.WriteString(clean);
        _w.WriteEndElement();
        _w.WriteEndElement();
        _w.WriteEndElement();
    }

    /// <summary>Ends the sheet data and adds the auto filter over the header and every row; returns the filter's range.</summary>
    public string Finish()
    {
        _w.WriteEndElement(); // sheetData
        var range = $"A1:{XlsxXml.Reference(Math.Max(_columns.Count, 1) - 1, _row)}";
        _w.WriteStartElement("autoFilter");
        _w.WriteAttributeString("ref", range);
        _w.WriteEndElement();
        _w.WriteStartElement("pageMargins");
        foreach (var (n, v) in new[] { ("left", "0.7"), ("right", "0.7"), ("top", "0.75"), ("bottom", "0.75"), ("header", "0.3"), ("footer", "0.3") })
            _w.WriteAttributeString(n, v);
        _w.WriteEndElement();
        _w.WriteEndElement();
        _w.WriteEndDocument();
        _w.Flush();
        return range;
    }

    private static string Text(long n) => n.ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _w.Dispose();
}
