using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Geo.Reporting.Charts;

/// <summary>
/// Writing the charts' SVG: elements in the SVG namespace, coordinates in invariant culture, and the finish every chart
/// gets so that several can be inlined in one HTML document (a viewBox so CSS can scale it, an accessible title, no XML
/// declaration, ids unique per chart, the DejaVu Sans family with a generic fallback).
/// </summary>
internal static partial class SvgMarkup
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    /// <summary>The font family of every chart: DejaVu Sans (Debian's fonts-dejavu-core), else the generic sans-serif.</summary>
    public const string FontFamily = "'DejaVu Sans', sans-serif";

    public static XElement E(string name, params object?[] content) => new(Ns + name, content);

    public static XAttribute A(string name, object value) => new(name, value is double d ? F(d) : value);

    /// <summary>A coordinate: invariant culture, at most 2 decimals.</summary>
    public static string F(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A text element at (x, y) with the given anchor and size.</summary>
    public static XElement Text(double x, double y, string text, double size = 11, string anchor = "start", string? weight = null, string? fill = null, string? cls = null) =>
        E("text", A("x", x), A("y", y), A("font-size", size), anchor == "start" ? null : A("text-anchor", anchor),
            weight is null ? null : A("font-weight", weight), fill is null ? null : A("fill", fill), cls is null ? null : A("class", cls), text);

    /// <summary>A new root svg element of the given size with the font family set.</summary>
    public static XElement Root(double width, double height, string cls) =>
        E("svg", new XAttribute("xmlns", Ns.NamespaceName), A("class", cls), A("width", width), A("height", height),
            A("viewBox", $"0 0 {F(width)} {F(height)}"), A("font-family", FontFamily));

    /// <summary>Adds the accessible title, makes the ids unique and writes the svg element without XML declaration.</summary>
    public static string Finish(XElement svg, string title)
    {
        svg.SetAttributeValue("role", "img");
        svg.AddFirst(E("title", title));
        UniqueIds(svg);
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>
    /// The SVG ScottPlot wrote (<c>Plot.GetSvgXml</c>) as an inline chart: parsed (which proves it is XML), the class and
    /// viewBox set, the font family given its fallback, finished as <see cref="Finish"/>.
    /// </summary>
    public static string FromScottPlot(string svgXml, int width, int height, string cls, string title)
    {
        var svg = XDocument.Parse(svgXml).Root ?? throw new InvalidOperationException("ScottPlot wrote an empty SVG.");
        svg.SetAttributeValue("class", cls);
        svg.SetAttributeValue("viewBox", $"0 0 {width} {height}");
        svg.SetAttributeValue("font-family", FontFamily);
        foreach (var e in svg.Descendants())
        {
            var family = e.Attribute("font-family");
            if (family is not null && !family.Value.Contains(',')) family.Value = FontFamily;
        }
        // ScottPlot declares the xlink namespace; drop the declaration when nothing uses it.
        if (!svg.Descendants().Attributes().Any(a => a.Name.Namespace == XLink)) svg.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == XLink.NamespaceName).Remove();
        return Finish(svg, title);
    }

    /// <summary>
    /// Renames every id (and its references url(#id), href="#id") to its number in document order behind a prefix derived
    /// from the chart's content, so two charts inlined in one page never share an id (Skia numbers its clip paths with a
    /// counter of the process) while the same chart always gives the same text.
    /// </summary>
    private static void UniqueIds(XElement svg)
    {
        var ids = svg.DescendantsAndSelf().Select(e => e.Attribute("id")?.Value).OfType<string>().Distinct().ToList();
        if (ids.Count == 0) return;
        Rename(svg, ids.Select((id, i) => (id, "i" + i)).ToDictionary(p => p.id, p => p.Item2));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(svg.ToString(SaveOptions.DisableFormatting)));
        var prefix = "g" + Convert.ToHexStringLower(hash.AsSpan(0, 5)) + "-";
        Rename(svg, Enumerable.Range(0, ids.Count).ToDictionary(i => "i" + i, i => prefix + "i" + i));
    }

    private static void Rename(XElement svg, Dictionary<string, string> map)
    {
        foreach (var a in svg.DescendantsAndSelf().Attributes().Where(a => !a.IsNamespaceDeclaration).ToList())
        {
            var v = a.Value;
            if (a.Name.LocalName == "id") { if (map.TryGetValue(v, out var id)) a.Value = id; continue; }
            if (v.StartsWith('#') && map.TryGetValue(v[1..], out var href)) { a.Value = "#" + href; continue; }
            if (!v.Contains("url(#", StringComparison.Ordinal)) continue;
            a.Value = UrlReference().Replace(v, m => map.TryGetValue(m.Groups[1].Value, out var to) ? $"url(#{to})" : m.Value);
        }
    }

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();
}
