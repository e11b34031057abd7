using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Geo.Reporting.Plans;

/// <summary>
/// Saves an OpenXml part's root element with SpreadsheetML as the default namespace (<c>&lt;worksheet xmlns="…"&gt;</c>)
/// instead of the SDK's <c>x:</c> prefix. Both are valid XML, but readers that match element names without namespace
/// processing (GDAL's XLSX driver among them) see no rows, styles or dates in prefixed parts.
/// </summary>
internal sealed class XlsxPartWriter : XmlWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private readonly XmlWriter _inner;
    private readonly StringBuilder _declared = new();
    private string? _declaration;

    private XlsxPartWriter(XmlWriter inner) => _inner = inner;

    /// <summary>Writes <paramref name="root"/> as the whole content of <paramref name="part"/> (UTF-8, standalone declaration).</summary>
    public static void Save(OpenXmlPart part, OpenXmlElement root)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false };
        using var xml = Create(stream, settings);
        using var writer = new XlsxPartWriter(xml);
        writer.WriteStartDocument(true);
        root.WriteTo(writer);
        writer.WriteEndDocument();
    }

    private static bool IsMain(string? ns) => ns == Main;

    public override WriteState WriteState => _inner.WriteState;

    public override void WriteStartElement(string? prefix, string localName, string? ns) =>
        _inner.WriteStartElement(IsMain(ns) ? "" : prefix, localName, ns);

    public override void WriteStartAttribute(string? prefix, string localName, string? ns)
    {
        // A namespace declaration is held until its value is known: the SDK's xmlns:x for SpreadsheetML is dropped (the
        // default namespace replaces it), any other (r:, mc:, …) is written as given.
        if ((prefix == "xmlns" || ns == XmlnsNamespace) && localName != "xmlns")
        {
            _declaration = localName;
            _declared.Clear();
            return;
        }
        _inner.WriteStartAttribute(prefix, localName, ns);
    }

    public override void WriteEndAttribute()
    {
        if (_declaration is { } local)
        {
            _declaration = null;
            var value = _declared.ToString();
            if (value != Main) _inner.WriteAttributeString("xmlns", local, XmlnsNamespace, value);
            return;
        }
        _inner.WriteEndAttribute();
    }

    public override void WriteString(string? text)
    {
        if (_declaration is not null) _declared.Append(text);
        else _inner.WriteString(text);
    }

    public override void WriteEndElement() => _inner.WriteEndElement();
    public override void WriteFullEndElement() => _inner.WriteFullEndElement();
    public override void WriteStartDocument() => _inner.WriteStartDocument();
    public override void WriteStartDocument(bool standalone) => _inner.WriteStartDocument(standalone);
    public override void WriteEndDocument() => _inner.WriteEndDocument();
    public override void WriteDocType(string name, string? pubid, string? sysid, string? subset) => _inner.WriteDocType(name, pubid, sysid, subset);
    public override void WriteCData(string? text) => _inner.WriteCData(text);
    public override void WriteComment(string? text) => _inner.WriteComment(text);
    public override void WriteProcessingInstruction(string name, string? text) => _inner.WriteProcessingInstruction(name, text);
    public override void WriteEntityRef(string name) => _inner.WriteEntityRef(name);
    public override void WriteCharEntity(char ch) => _inner.WriteCharEntity(ch);
    public override void WriteWhitespace(string? ws) => _inner.WriteWhitespace(ws);
    public override void WriteSurrogateCharEntity(char lowChar, char highChar) => _inner.WriteSurrogateCharEntity(lowChar, highChar);
    public override void WriteChars(char[] buffer, int index, int count)
    {
        if (_declaration is not null) _declared.Append(buffer, index, count);
        else _inner.WriteChars(buffer, index, count);
    }
    public override void WriteRaw(char[] buffer, int index, int count) => _inner.WriteRaw(buffer, index, count);
    public override void WriteRaw(string data) => _inner.WriteRaw(data);
    public override void WriteBase64(byte[] buffer, int index, int count) => _inner.WriteBase64(buffer, index, count);
    public override void Flush() => _inner.Flush();
    public override string? LookupPrefix(string ns) => _inner.LookupPrefix(ns);

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Flush();
        base.Dispose(disposing);
    }
}
