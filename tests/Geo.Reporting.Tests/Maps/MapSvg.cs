using System.Globalization;
using System.Xml.Linq;

namespace Geo.Reporting.Tests.Maps;

/// <summary>Reads a rendered map back: its elements by class, and the pixel coordinates of a path.</summary>
internal static class MapSvg
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XDocument Parse(string svg) => XDocument.Parse(svg);

    public static List<XElement> ByClass(XDocument doc, string element, string cls) =>
        [.. doc.Descendants(Svg + element).Where(e => (string?)e.Attribute("class") == cls)];

    public static List<XElement> LegendItems(XDocument doc, string layer) =>
        [.. doc.Descendants(Svg + "g").Where(e => (string?)e.Attribute("class") == "legend-item" && (string?)e.Attribute("data-layer") == layer)];

    /// <summary>The (x, y) pixel pairs of a path's d attribute (M/L commands, Z ignored).</summary>
    public static List<(double X, double Y)> Points(XElement path)
    {
        var d = (string)path.Attribute("d")!;
        var nums = d.Replace("M", " ").Replace("L", " ").Replace("Z", " ")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToList();
        return [.. Enumerable.Range(0, nums.Count / 2).Select(i => (nums[2 * i], nums[2 * i + 1]))];
    }
}
