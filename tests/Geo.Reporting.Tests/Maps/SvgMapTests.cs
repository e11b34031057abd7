using System.Globalization;
using System.Xml.Linq;
using Geo.Core.Geometries;
using Geo.Reporting.Maps;
using NetTopologySuite.Geometries;

namespace Geo.Reporting.Tests.Maps;

public class SvgMapTests
{
    private static readonly GeometryFactory F = GeometryServices.Factory(3006);
    private const double X0 = 800_000, Y0 = 7_280_000, Side = 2_000;

    private static Polygon Square(double x, double y, double side, Polygon? hole = null)
    {
        var shell = F.CreateLinearRing([new(x, y), new(x + side, y), new(x + side, y + side), new(x, y + side), new(x, y)]);
        return F.CreatePolygon(shell, hole is null ? null : [(LinearRing)hole.ExteriorRing]);
    }

    /// <summary>Six 2 km squares in 3 columns × 2 rows; a3 has a hole, a6 is a MultiPolygon of two halves, a5 has no value.</summary>
    private static List<MapArea> Areas()
    {
        var list = new List<MapArea>();
        double?[] values = [1.5, 2.25, 10, 40.5, null, 120];
        for (var i = 0; i < 6; i++)
        {
            var x = X0 + i % 3 * Side;
            var y = Y0 + i / 3 * Side;
            Geometry g = i switch
            {
                2 => Square(x, y, Side, Square(x + 500, y + 500, 1000)),
                5 => F.CreateMultiPolygon([Square(x, y, Side / 2), Square(x + Side / 2, y + Side / 2, Side / 2)]),
                _ => Square(x, y, Side),
            };
            list.Add(new MapArea($"a{i + 1}", i == 0 ? "Område <1> & \"Söder\"" : $"Område {i + 1}", g, values[i]));
        }
        return list;
    }

    private static MapSpec Full(string lang = "sv") => new(
        "Våld per 1 000 invånare",
        [
            new AreaLayer(Areas(), "Våld per 1 000 invånare"),
            new HotspotCellLayer(
            [
                new HotspotCell("c1", Square(X0 + 500, Y0 + 500, 250), CellClasses.Hot99, "12 händelser"),
                new HotspotCell("c2", Square(X0 + 750, Y0 + 500, 250), "persistent_hot_spot"),
                new HotspotCell("c3", Square(X0 + 4000, Y0 + 2500, 250), CellClasses.Cold95),
            ]),
            new HotspotLayer([new HotspotOutline("2", Square(X0 + 500, Y0 + 500, 500), "H2")]),
            new ResourceLayer(
            [
                new ResourcePoint("r1", "licensed_premises", "Nattklubb Midnattssol", F.CreatePoint(new Coordinate(X0 + 600, Y0 + 600))),
                new ResourcePoint("r2", "youth_centre", "Fritidsgården Tornet", F.CreatePoint(new Coordinate(X0 + 3000, Y0 + 3000))),
                new ResourcePoint("r3", "licensed_premises", "Krogen", F.CreatePoint(new Coordinate(X0 + 900, Y0 + 900))),
            ]),
            new BoundaryLayer(Square(X0, Y0, 3 * Side).Union(Square(X0, Y0 + Side, 3 * Side))),
        ],
        lang);

    [Fact]
    public void Map_is_well_formed_svg_with_size_and_viewbox()
    {
        var svg = SvgMap.Render(Full());
        var doc = MapSvg.Parse(svg);
        var root = doc.Root!;
        Assert.Equal(MapSvg.Svg + "svg", root.Name);
        Assert.Equal("900", (string?)root.Attribute("width"));
        Assert.StartsWith("0 0 900 ", (string?)root.Attribute("viewBox"));
        Assert.Single(doc.Descendants(MapSvg.Svg + "g"), e => (string?)e.Attribute("class") == "north-arrow");
        Assert.Single(MapSvg.ByClass(doc, "text", "caption"));
        Assert.Contains("SWEREF 99 TM", svg);
        // The escaped name comes back intact.
        Assert.Contains(MapSvg.ByClass(doc, "path", "area"), p => p.Element(MapSvg.Svg + "title")!.Value.StartsWith("Område <1> & \"Söder\" (a1)", StringComparison.Ordinal));
    }

    [Fact]
    public void One_path_per_area_cell_and_hotspot_with_their_ids_and_titles()
    {
        var doc = MapSvg.Parse(SvgMap.Render(Full()));
        var areas = MapSvg.ByClass(doc, "path", "area");
        Assert.Equal(["a1", "a2", "a3", "a4", "a5", "a6"], areas.Select(p => (string)p.Attribute("data-id")!));
        Assert.All(areas, p => Assert.NotNull(p.Element(MapSvg.Svg + "title")));
        Assert.All(areas, p => Assert.Equal("evenodd", (string?)p.Attribute("fill-rule")));
        // The hole and the MultiPolygon's two parts are subpaths of one path.
        Assert.Equal(2, ((string)areas[2].Attribute("d")!).Count(c => c == 'M'));
        Assert.Equal(2, ((string)areas[5].Attribute("d")!).Count(c => c == 'M'));
        Assert.Equal(["c1", "c2", "c3"], MapSvg.ByClass(doc, "path", "cell").Select(p => (string)p.Attribute("data-id")!));
        Assert.Equal(["2"], MapSvg.ByClass(doc, "path", "hotspot").Select(p => (string)p.Attribute("data-id")!));
        // No other path carries a data-id (legend and decorations included).
        Assert.Equal(10, doc.Descendants(MapSvg.Svg + "path").Count(p => p.Attribute("data-id") is not null));
        Assert.Equal(3, doc.Descendants().Count(e => (string?)e.Attribute("class") == "resource"));
        Assert.Contains("12 händelser", MapSvg.ByClass(doc, "path", "cell")[0].Element(MapSvg.Svg + "title")!.Value);
        Assert.Equal("H2", MapSvg.ByClass(doc, "text", "hotspot-label").Single().Value);
    }

    [Fact]
    public void Y_axis_is_flipped_and_coordinates_have_at_most_one_decimal()
    {
        var doc = MapSvg.Parse(SvgMap.Render(Full()));
        var areas = MapSvg.ByClass(doc, "path", "area");
        // a4 lies north of a1: smaller SVG y.
        Assert.True(MapSvg.Points(areas[3]).Max(p => p.Y) <= MapSvg.Points(areas[0]).Min(p => p.Y) + 0.11);
        Assert.All(areas, p => Assert.DoesNotMatch(@"\.\d\d", (string)p.Attribute("d")!));
    }

    [Fact]
    public void Legend_entries_equal_the_classes_and_no_value_areas_are_hatched()
    {
        var svg = SvgMap.Render(Full());
        var doc = MapSvg.Parse(svg);
        var expected = ClassBreaks.Default(Areas().Select(a => a.Value));
        Assert.Equal(5, expected.Classes); // five distinct values
        var items = MapSvg.LegendItems(doc, "area");
        Assert.Equal([.. Enumerable.Range(0, expected.Classes).Select(i => i.ToString(CultureInfo.InvariantCulture)), "none"],
            items.Select(i => (string)i.Attribute("data-class")!));
        // Each class's swatch has the palette colour and the area paths use it.
        var colours = MapColours.Of(SequentialPalette.YlOrRd, expected.Classes);
        for (var i = 0; i < expected.Classes; i++)
            Assert.Equal(colours[i], (string?)items[i].Element(MapSvg.Svg + "rect")!.Attribute("fill"));
        var areas = MapSvg.ByClass(doc, "path", "area");
        foreach (var (area, path) in Areas().Zip(areas))
        {
            if (area.Value is { } v) Assert.Equal(colours[expected.ClassOf(v)], (string?)path.Attribute("fill"));
            else Assert.Equal("url(#map-nodata)", (string?)path.Attribute("fill"));
        }
        Assert.Single(doc.Descendants(MapSvg.Svg + "pattern"), p => (string?)p.Attribute("id") == "map-nodata");
        Assert.Equal("url(#map-nodata)", (string?)items[^1].Element(MapSvg.Svg + "rect")!.Attribute("fill"));
        Assert.Contains("dolt", items[^1].Value);
        // Class labels: Swedish decimal comma, counts of areas.
        Assert.Equal("1,5 (1)", items[0].Value);
        // Cells: one entry per class present, in legend order; resources: one per type present.
        Assert.Equal([CellClasses.Hot99, CellClasses.Cold95, "persistent_hot_spot"], MapSvg.LegendItems(doc, "cell").Select(i => (string)i.Attribute("data-class")!));
        Assert.Equal(["youth_centre", "licensed_premises"], MapSvg.LegendItems(doc, "resource").Select(i => (string)i.Attribute("data-class")!));
        Assert.Contains("Ihållande hot spot", svg);
        Assert.Contains("Fritidsgård", svg);
    }

    [Fact]
    public void English_texts_use_a_decimal_point()
    {
        var doc = MapSvg.Parse(SvgMap.Render(Full("en")));
        Assert.Equal("1.5 (1)", MapSvg.LegendItems(doc, "area")[0].Value);
        Assert.Contains("suppressed", MapSvg.LegendItems(doc, "area")[^1].Value);
        Assert.Contains(MapSvg.LegendItems(doc, "cell"), i => i.Value == "Persistent hot spot");
        Assert.Contains("Coordinate system", MapSvg.ByClass(doc, "text", "caption").Single().Value);
    }

    [Theory]
    [InlineData(900, 640)]
    [InlineData(500, 400)]
    [InlineData(1400, 900)]
    public void Scale_bar_matches_the_map_scale_within_one_percent(int width, int height)
    {
        var doc = MapSvg.Parse(SvgMap.Render(Full() with { Width = width, Height = height }));
        // Pixels per metre measured on the map: a1 is 2 000 m wide.
        var a1 = MapSvg.Points(MapSvg.ByClass(doc, "path", "area")[0]);
        var pxPerMetre = (a1.Max(p => p.X) - a1.Min(p => p.X)) / Side;
        var bar = doc.Descendants(MapSvg.Svg + "g").Single(e => (string?)e.Attribute("class") == "scale-bar");
        var metres = double.Parse((string)bar.Attribute("data-metres")!, CultureInfo.InvariantCulture);
        var px = double.Parse((string)bar.Elements(MapSvg.Svg + "rect").Single(e => (string?)e.Attribute("class") == "scale-bar-length").Attribute("width")!, CultureInfo.InvariantCulture);
        Assert.InRange(px / metres / pxPerMetre, 0.99, 1.01);
        // A round length: 1, 2 or 5 × 10^k, labelled in km from 1 000 m.
        var mantissa = metres / Math.Pow(10, Math.Floor(Math.Log10(metres)));
        Assert.Contains(Math.Round(mantissa, 9), new[] { 1.0, 2.0, 5.0 });
        var label = bar.Elements(MapSvg.Svg + "text").Single(e => (string?)e.Attribute("class") == "scale-bar-label").Value;
        Assert.Equal(metres >= 1000 ? $"{metres / 1000:0} km" : $"{metres:0} m", label);
        Assert.InRange(px, 20, 0.3 * width);
    }

    [Fact]
    public void Scale_bar_is_in_metres_for_a_small_map()
    {
        var spec = new MapSpec("Liten", [new AreaLayer([new MapArea("x", "X", Square(X0, Y0, 300), 3)], "v")]);
        var doc = MapSvg.Parse(SvgMap.Render(spec));
        var bar = doc.Descendants(MapSvg.Svg + "g").Single(e => (string?)e.Attribute("class") == "scale-bar");
        Assert.EndsWith(" m", bar.Elements(MapSvg.Svg + "text").Last().Value);
        Assert.DoesNotContain("km", bar.Value);
    }

    [Fact]
    public void A_given_extent_zooms_and_clips()
    {
        var all = MapSvg.Parse(SvgMap.Render(Full()));
        var zoom = MapSvg.Parse(SvgMap.Render(Full() with { Extent = new Envelope(X0, X0 + Side, Y0, Y0 + Side) }));
        double Width(XDocument d) { var a1 = MapSvg.Points(MapSvg.ByClass(d, "path", "area")[0]); return a1.Max(p => p.X) - a1.Min(p => p.X); }
        Assert.True(Width(zoom) > 2 * Width(all));
        Assert.Equal(6, MapSvg.ByClass(zoom, "path", "area").Count);
        var layers = zoom.Descendants(MapSvg.Svg + "g").Single(e => (string?)e.Attribute("class") == "map-layers");
        Assert.Equal("url(#map-clip)", (string?)layers.Attribute("clip-path"));
        Assert.Single(zoom.Descendants(MapSvg.Svg + "clipPath"), c => (string?)c.Attribute("id") == "map-clip");
    }

    [Fact]
    public void Degenerate_inputs_render()
    {
        // One area.
        var one = MapSvg.Parse(SvgMap.Render(new MapSpec("En", [new AreaLayer([new MapArea("x", "X", Square(X0, Y0, 1000), 7)], "v")])));
        Assert.Single(MapSvg.ByClass(one, "path", "area"));
        Assert.Single(MapSvg.LegendItems(one, "area"));
        // All values equal: one class.
        var same = Areas().Select(a => a with { Value = 2.5 }).ToList();
        var eq = MapSvg.Parse(SvgMap.Render(new MapSpec("Lika", [new AreaLayer(same, "v")])));
        Assert.Equal(6, MapSvg.ByClass(eq, "path", "area").Count);
        Assert.Equal(["0"], MapSvg.LegendItems(eq, "area").Select(i => (string)i.Attribute("data-class")!));
        Assert.Equal("2,5 (6)", MapSvg.LegendItems(eq, "area")[0].Value);
        // All values missing: hatched, one legend entry.
        var none = Areas().Select(a => a with { Value = null }).ToList();
        var nd = MapSvg.Parse(SvgMap.Render(new MapSpec("Inga", [new AreaLayer(none, "v")])));
        Assert.All(MapSvg.ByClass(nd, "path", "area"), p => Assert.Equal("none", (string?)p.Attribute("data-class")));
        Assert.Equal(["none"], MapSvg.LegendItems(nd, "area").Select(i => (string)i.Attribute("data-class")!));
        // Empty layers and no layers: a frame with a message, no scale bar.
        foreach (var spec in new[]
                 {
                     new MapSpec("Tom", [new AreaLayer([], "v"), new HotspotCellLayer([]), new HotspotLayer([]), new ResourceLayer([])]),
                     new MapSpec("Inget", []),
                 })
        {
            var doc = MapSvg.Parse(SvgMap.Render(spec));
            Assert.Empty(doc.Descendants(MapSvg.Svg + "path"));
            Assert.Single(MapSvg.ByClass(doc, "text", "empty"));
            Assert.DoesNotContain(doc.Descendants(MapSvg.Svg + "g"), e => (string?)e.Attribute("class") == "scale-bar");
        }
        // A single resource point: the extent is widened, nothing divides by zero.
        var point = MapSvg.Parse(SvgMap.Render(new MapSpec("Punkt",
            [new ResourceLayer([new ResourcePoint("r", "school", "Skolan", F.CreatePoint(new Coordinate(X0, Y0)))])])));
        Assert.DoesNotContain("NaN", point.ToString());
        Assert.DoesNotContain("Infinity", point.ToString());
        Assert.Single(MapSvg.ByClass(point, "rect", "resource"));
    }

    [Fact]
    public void Tall_legends_make_the_map_taller_instead_of_overflowing()
    {
        var cells = CellClasses.Emerging.Select((c, i) => new HotspotCell($"c{i}", Square(X0 + i * 250, Y0, 250), c)).ToList();
        var types = Geo.Core.Domain.ResourceTypes.All.Keys.Select((t, i) => new ResourcePoint($"r{i}", t, t, F.CreatePoint(new Coordinate(X0 + i * 100, Y0 + 100)))).ToList();
        var doc = MapSvg.Parse(SvgMap.Render(new MapSpec("Hög", [new AreaLayer(Areas(), "v"), new HotspotCellLayer(cells), new ResourceLayer(types)], Height: 300)));
        var height = double.Parse((string)doc.Root!.Attribute("height")!, CultureInfo.InvariantCulture);
        var lastLegendY = doc.Descendants(MapSvg.Svg + "g").Where(e => (string?)e.Attribute("class") == "legend-item")
            .SelectMany(e => e.Elements(MapSvg.Svg + "text")).Max(t => double.Parse((string)t.Attribute("y")!, CultureInfo.InvariantCulture));
        Assert.True(lastLegendY < height - 40, $"legend ends at {lastLegendY}, map height {height}");
        Assert.Equal(CellClasses.Emerging.Count, MapSvg.LegendItems(doc, "cell").Count);
        Assert.Equal(types.Count, MapSvg.LegendItems(doc, "resource").Count);
    }

    [Fact]
    public void Given_breaks_and_palette_are_used()
    {
        var breaks = new ClassBreaks(ClassMethod.EqualIntervals, [0, 50, 100, 150]);
        var doc = MapSvg.Parse(SvgMap.Render(new MapSpec("B", [new AreaLayer(Areas(), "v", breaks, SequentialPalette.Blues, Decimals: 0)])));
        var items = MapSvg.LegendItems(doc, "area");
        Assert.Equal(["0–50 (4)", "50–100 (0)", "100–150 (1)"], items.Take(3).Select(i => i.Value));
        Assert.Equal(MapColours.Of(SequentialPalette.Blues, 3), items.Take(3).Select(i => (string)i.Element(MapSvg.Svg + "rect")!.Attribute("fill")!));
        Assert.Throws<ArgumentException>(() => SvgMap.Render(new MapSpec("B",
            [new AreaLayer(Areas(), "v", new ClassBreaks(ClassMethod.EqualIntervals, [.. Enumerable.Range(0, 10).Select(i => (double)i)]))])));
    }

    [Fact]
    public void A_long_title_wraps_above_the_frame()
    {
        var title = string.Join(' ', Enumerable.Repeat("Våld & rån <natt>", 12));
        var doc = MapSvg.Parse(SvgMap.Render(Full() with { Title = title, Width = 600 }));
        var lines = MapSvg.ByClass(doc, "text", "map-title");
        Assert.True(lines.Count >= 3);
        Assert.Equal(title, string.Join(' ', lines.Select(l => l.Value)));
        var frameTop = double.Parse((string)MapSvg.ByClass(doc, "rect", "frame").Single().Attribute("y")!, CultureInfo.InvariantCulture);
        Assert.True(lines.Max(l => double.Parse((string)l.Attribute("y")!, CultureInfo.InvariantCulture)) < frameTop);
    }

    [Fact]
    public void Cell_class_codes_follow_the_runs()
    {
        Assert.Equal(CellClasses.Hot99, CellClasses.FromConfidence(99));
        Assert.Equal(CellClasses.Cold90, CellClasses.FromConfidence(-90));
        Assert.Equal(CellClasses.NotSignificant, CellClasses.FromConfidence(0));
        Assert.Null(CellClasses.FromConfidence(null));
        // Every emerging class of Geo.Analysis, as the runs store it (snake case), has a label and a colour of its own.
        var codes = Enum.GetValues<Geo.Analysis.SpaceTime.EmergingClass>().Where(c => c != Geo.Analysis.SpaceTime.EmergingClass.Undefined)
            .Select(c => string.Concat(c.ToString().Select((ch, i) => char.IsUpper(ch) && i > 0 ? "_" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()))).ToList();
        Assert.Equal(codes.Order(), CellClasses.Emerging.Order());
        Assert.All(codes, c => Assert.NotEqual(c, CellClasses.Label(c, "sv")));
        Assert.All(codes, c => Assert.NotEqual(c, CellClasses.Label(c, "en")));
        Assert.Equal(codes.Count, codes.Select(MapColours.OfCell).Distinct().Count());
        Assert.Equal("Ny cold spot", CellClasses.Label("new_cold_spot"));
    }
}
