using System.Globalization;
using System.Text;
using System.Xml;

namespace Geo.Formats.Xlsx;

/// <summary>
/// XML helpers of the streamed workbook: every part is written with <see cref="XmlWriter"/> and SpreadsheetML as the
/// DEFAULT namespace (<c>&lt;worksheet xmlns="…main"&gt;</c>). The OpenXml SDK's <c>OpenXmlWriter</c> writes the SDK's
/// <c>x:</c> prefix, which GDAL's XLSX driver (it matches element names without namespace processing) does not read.
/// </summary>
internal static class XlsxXml
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static XmlWriter Create(Stream stream) =>
        XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });

    /// <summary>The column letters of a 0-based index (0 → A, 26 → AA).</summary>
    public static string Column(int index)
    {
        var s = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }

    /// <summary>A cell reference (A1).</summary>
    public static string Reference(int column, long row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text a cell can hold: characters XML 1.0 allows (others dropped), at most 32,767 of them (Excel's limit).</summary>
    public static string Clean(string text)
    {
        var clean = true;
        for (var i = 0; i < text.Length && clean; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (!XmlConvert.IsXmlChar(c)) clean = false;
        }
        if (!clean)
        {
            var sb = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); }
                else if (XmlConvert.IsXmlChar(c)) sb.Append(c);
            }
            text = sb.ToString();
        }
        return text.Length > 32767 ? text[..32767] : text;
    }
}
