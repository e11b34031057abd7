using DocumentFormat.OpenXml.Spreadsheet;

namespace Geo.Reporting.Plans;

/// <summary>
/// The stylesheet of a plan workbook: the cell formats of <see cref="XlsxStyle"/> (in that order), the number formats
/// they use, and three differential formats (green, yellow, red fills) for the follow-up column's conditional formatting.
/// </summary>
internal static class XlsxStylesheet
{
    public const uint DateFormat = 164;
    public const uint DateTimeFormat = 165;
    public const uint DecimalFormat = 166;
    public const uint PercentFormat = 167;
    public const uint PValueFormat = 168;
    public const uint PercentOneDecimalFormat = 169;

    /// <summary>The number format codes by id (the custom ones, written into the stylesheet).</summary>
    public static readonly IReadOnlyDictionary<uint, string> Formats = new Dictionary<uint, string>
    {
        [DateFormat] = "yyyy-mm-dd",
        [DateTimeFormat] = "yyyy-mm-dd hh:mm",
        [DecimalFormat] = "0.00",
        [PercentFormat] = "0%",
        [PValueFormat] = "0.000",
        [PercentOneDecimalFormat] = "0.0%",
    };

    /// <summary>The fills of the follow-up colours (ARGB): green, yellow, red, as Excel's "good", "neutral", "bad".</summary>
    public static readonly IReadOnlyList<(string Fill, string Font)> Colours =
        [("FFC6EFCE", "FF006100"), ("FFFFEB9C", "FF9C5700"), ("FFFFC7CE", "FF9C0006")];

    public static Stylesheet Build()
    {
        var numberingFormats = new NumberingFormats();
        foreach (var (id, code) in Formats) numberingFormats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = code });
        numberingFormats.Count = (uint)Formats.Count;

        var fonts = new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 };

        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9D9D9"),
            Solid(Colours[0].Fill),
            Solid(Colours[1].Fill),
            Solid(Colours[2].Fill)) { Count = 6 };

        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 };

        var styleFormats = new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 };

        // In the order of XlsxStyle.
        CellFormat[] xfs =
        [
            new() { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            Xf(0, font: 1, fill: 2, wrap: true),
            Xf(0, wrap: true),
            Xf(1),
            Xf(DecimalFormat),
            Xf(PercentFormat),
            Xf(DateFormat),
            Xf(DateTimeFormat),
            Xf(PValueFormat),
            Xf(0, fill: 3, wrap: true),
            Xf(0, fill: 4, wrap: true),
            Xf(0, fill: 5, wrap: true),
            Xf(0, font: 1, wrap: true),
            Xf(PercentOneDecimalFormat),
        ];
        var cellFormats = new CellFormats(xfs) { Count = (uint)xfs.Length };

        var cellStyles = new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 };

        var dxfs = new DifferentialFormats { Count = (uint)Colours.Count };
        foreach (var (fill, font) in Colours)
        {
            dxfs.Append(new DifferentialFormat(
                new Font(new Color { Rgb = font }),
                new Fill(new PatternFill(new BackgroundColor { Rgb = fill }) { PatternType = PatternValues.Solid })));
        }

        return new Stylesheet(numberingFormats, fonts, fills, borders, styleFormats, cellFormats, cellStyles, dxfs);
    }

    private static Font Font(bool bold)
    {
        var f = new Font();
        if (bold) f.Append(new Bold());
        f.Append(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return f;
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static CellFormat Xf(uint numberFormat, uint font = 0, uint fill = 0, bool wrap = false) =>
        new(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = wrap ? true : null })
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = fill,
            BorderId = 0,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0 ? true : null,
            ApplyFont = font != 0 ? true : null,
            ApplyFill = fill != 0 ? true : null,
            ApplyAlignment = true,
        };
}
