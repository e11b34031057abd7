using System.Xml.Linq;

namespace Geo.Reporting.Tests.Charts;

/// <summary>Reads a chart's SVG back: parses it (failing on anything that is not XML) and finds its marks.</summary>
internal static class ChartXml
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XElement Parse(string svg)
    {
        Assert.DoesNotContain("<?xml", svg);
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.NotNull(root.Attribute("viewBox"));
        return root;
    }

    public static IEnumerable<XElement> All(this XElement root, string name) => root.Descendants(Svg + name);

    public static IEnumerable<XElement> WithClass(this XElement root, string name, string cls) =>
        root.All(name).Where(e => (e.Attribute("class")?.Value ?? "").Split(' ').Contains(cls));

    /// <summary>Every text of the chart, whitespace trimmed.</summary>
    public static List<string> Texts(this XElement root) => root.All("text").Select(t => t.Value.Trim()).ToList();

    public static string Attr(this XElement e, string name) => e.Attribute(name)?.Value ?? "";
}
