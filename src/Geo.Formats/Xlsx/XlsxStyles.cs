using System.Globalization;
using System.Xml;

namespace Geo.Formats.Xlsx;

/// <summary>
/// The cell styles of a streamed workbook, registered while sheets are written and saved last: style 0 the default,
/// 1 the bold header, 2 a right-aligned text (hidden-value marks in number columns), then one style per number format
/// code (0, 0.00, 0.0%, yyyy-mm-dd, yyyy-mm-dd hh:mm, …).
/// </summary>
internal sealed class XlsxStyles
{
    public const int Default = 0;
    public const int Header = 1;
    public const int Mark = 2;
    private const int FirstCustomFormat = 164;

    private readonly List<string> _formats = [];
    private readonly Dictionary<string, int> _styleOf = new(StringComparer.Ordinal);

    /// <summary>The style index of a number format code.</summary>
    public int Number(string formatCode)
    {
        if (_styleOf.TryGetValue(formatCode, out var s)) return s;
        _formats.Add(formatCode);
        s = Mark + _formats.Count;
        _styleOf[formatCode] = s;
        return s;
    }

    /// <summary>Writes xl/styles.xml (SpreadsheetML as the default namespace).</summary>
    public void Save(Stream stream)
    {
        using var w = XlsxXml.Create(stream);
        w.WriteStartDocument(true);
        w.WriteStartElement("styleSheet", XlsxXml.Main);
        if (_formats.Count > 0)
        {
            w.WriteStartElement("numFmts");
            w.WriteAttributeString("count", Count(_formats.Count));
            for (var i = 0; i < _formats.Count; i++)
            {
                w.WriteStartElement("numFmt");
                w.WriteAttributeString("numFmtId", Count(FirstCustomFormat + i));
                w.WriteAttributeString("formatCode", _formats[i]);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteRaw("""<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>""");
        w.WriteRaw("""<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>""");
        w.WriteRaw("""<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>""");
        w.WriteRaw("""<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>""");
        w.WriteStartElement("cellXfs");
        w.WriteAttributeString("count", Count(Mark + 1 + _formats.Count));
        w.WriteRaw("""<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>""");
        w.WriteRaw("""<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>""");
        w.WriteRaw("""<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="right"/></xf>""");
        for (var i = 0; i < _formats.Count; i++)
            w.WriteRaw($"""<xf numFmtId="{Count(FirstCustomFormat + i)}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>""");
        w.WriteEndElement();
        w.WriteRaw("""<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>""");
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
