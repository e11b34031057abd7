using System.Text.Json;
using System.Xml.Linq;
using Geo.Core.Geometries;
using Geo.Formats;
using Geo.Formats.Boundaries;
using Geo.Reporting.Maps;
using Geo.Testing;
using NetTopologySuite.Geometries;

namespace Geo.Reporting.Tests.Maps;

/// <summary>
/// The sample municipality (data/sample) drawn as the report draws it: its DeSO areas as a choropleth of a synthetic
/// value, the boundary, cells and outlines over the planted hotspots of ground_truth.json, and the resources.
/// </summary>
public class SampleMapTests
{
    private static readonly GeometryFactory F = GeometryServices.Factory(3006);
    private static string Dir => Path.Combine(RepoRoot.Path, "data", "sample");

    /// <summary>Features of a sample GeoJSON file: the given properties and the geometry.</summary>
    private static List<(string[] Fields, Geometry Geometry)> Read(string file, params string[] fields)
    {
        using var reader = FeatureReaders.Open(Path.Combine(Dir, file));
        Assert.Equal(3006, reader.DeclaredSrid);
        var index = fields.Select(f => reader.Fields.ToList().IndexOf(f)).ToArray();
        Assert.DoesNotContain(-1, index);
        return [.. reader.Read().Select(r => (index.Select(r.Text).ToArray(), r.Geometry!.Copy()))];
    }

    private static List<(string Id, Polygon Square)> TruthHotspots()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "ground_truth.json")));
        return [.. doc.RootElement.GetProperty("hotspots").EnumerateArray().Select(h =>
        {
            var ring = h.GetProperty("polygon").GetProperty("coordinates")[0].EnumerateArray()
                .Select(c => new Coordinate(c[0].GetDouble(), c[1].GetDouble())).ToArray();
            return (h.GetProperty("id").GetString()!, F.CreatePolygon(ring));
        })];
    }

    [Fact]
    public void Sample_areas_render_as_one_path_each()
    {
        var areas = Read("areas_deso.geojson", "code", "name", "population");
        Assert.True(areas.Count >= 20);
        var hotspots = TruthHotspots();
        var h2 = hotspots.Single(h => h.Id == "H2").Square.Centroid;
        // A synthetic value falling with the distance from the planted H2; every seventh area suppressed.
        var mapAreas = areas.Select((a, i) => new MapArea(a.Fields[0], a.Fields[1], a.Geometry,
            i % 7 == 3 ? null : Math.Round(100_000 / (1_000 + a.Geometry.Centroid.Distance(h2)), 2))).ToList();

        var cells = new List<HotspotCell>();
        foreach (var (id, square) in hotspots)
        {
            var e = square.EnvelopeInternal;
            var code = id == "H2" ? "persistent_hot_spot" : id == "H1" ? "new_hot_spot" : "intensifying_hot_spot";
            for (var x = e.MinX; x < e.MaxX - 1; x += 250)
                for (var y = e.MinY; y < e.MaxY - 1; y += 250)
                    cells.Add(new HotspotCell($"{id}-{cells.Count}", F.ToGeometry(new Envelope(x, x + 250, y, y + 250)), code));
        }
        var resources = Read("resources.geojson", "source_id", "type", "name")
            .Select(r => new ResourcePoint(r.Fields[0], r.Fields[1], r.Fields[2], r.Geometry)).ToList();
        var boundary = BoundaryReader.Read(Path.Combine(Dir, "boundary.geojson"), new BoundaryOptions()).Boundary;

        var spec = new MapSpec("Provkommunen: våld per 1 000 invånare (syntetiskt värde)",
        [
            new AreaLayer(mapAreas, "Våld per 1 000 invånare (syntetiskt)"),
            new HotspotCellLayer(cells),
            new HotspotLayer([.. hotspots.Select(h => new HotspotOutline(h.Id, h.Square, h.Id))]),
            new ResourceLayer(resources),
            new BoundaryLayer(boundary),
        ], Caption: "Källa: Geo, provkommunen (syntetiska data). Koordinatsystem: SWEREF 99 TM.");
        var svg = SvgMap.Render(spec);

        var doc = XDocument.Parse(svg);
        var paths = MapSvg.ByClass(doc, "path", "area");
        Assert.Equal(areas.Count, paths.Count);
        Assert.Equal(areas.Select(a => a.Fields[0]), paths.Select(p => (string)p.Attribute("data-id")!));
        Assert.Equal(cells.Count, MapSvg.ByClass(doc, "path", "cell").Count);
        Assert.Equal(hotspots.Count, MapSvg.ByClass(doc, "path", "hotspot").Count);
        Assert.Equal(5, MapSvg.LegendItems(doc, "area").Count(i => (string?)i.Attribute("data-class") != "none"));
        Assert.Single(MapSvg.LegendItems(doc, "area"), i => (string?)i.Attribute("data-class") == "none");
        Assert.Equal(resources.Select(r => r.Type).Distinct().Count(), MapSvg.LegendItems(doc, "resource").Count);
        // Small enough to inline in a report: well under 50 bytes per vertex drawn.
        var vertices = areas.Sum(a => a.Geometry.NumPoints) + boundary.NumPoints + cells.Count * 5 + hotspots.Count * 5;
        Assert.True(svg.Length < 50 * vertices + 40_000, $"{svg.Length} characters for {vertices} vertices");

        File.WriteAllText(Path.Combine(Path.GetTempPath(), "geo-sample-map.svg"), svg);

        // The same in English, zoomed on the planted hotspots, with Gi* classes instead of emerging ones.
        var env = new Envelope();
        foreach (var h in hotspots) env.ExpandToInclude(h.Square.EnvelopeInternal);
        env.ExpandBy(1_500);
        string[] gi = [CellClasses.Hot99, CellClasses.Hot95, CellClasses.Hot90];
        var giCells = cells.Select((c, i) => c with { Class = gi[i % 3] }).ToList();
        var zoom = spec with
        {
            Title = "Sample municipality: centre (synthetic value)",
            Lang = "en",
            Id = "zoom",
            Extent = env,
            Caption = null,
            Layers = [spec.Layers[0] with { }, new HotspotCellLayer(giCells), spec.Layers[2], spec.Layers[3], spec.Layers[4]],
        };
        var zoomSvg = SvgMap.Render(zoom);
        var zoomDoc = XDocument.Parse(zoomSvg);
        Assert.Equal(areas.Count, MapSvg.ByClass(zoomDoc, "path", "area").Count);
        Assert.Equal(gi, MapSvg.LegendItems(zoomDoc, "cell").Select(i => (string)i.Attribute("data-class")!));
        Assert.Contains("Hot spot, 99% confidence", zoomSvg);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "geo-sample-map-zoom.svg"), zoomSvg);
    }
}
