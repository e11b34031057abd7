using System.Globalization;
using System.Text.Json;
using Geo.Testing;
using NetTopologySuite.Geometries;

namespace Geo.Analysis.Tests.Power;

/// <summary>Reads the committed sample (data/sample): police incidents with coordinates, the boundary and the planted truth.</summary>
internal static class SampleData
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 3006);

    public static string Dir => Path.Combine(RepoRoot.Path, "data", "sample");

    /// <summary>Police incidents with coordinates (withheld locations skipped): time (minute or day precision), x, y.</summary>
    public static List<(DateTime At, double X, double Y)> Incidents()
    {
        var list = new List<(DateTime, double, double)>();
        foreach (var f in TestCsv.Read(Path.Combine(Dir, "incidents_police.csv")).Rows)
        {
            if (f.Length < 5 || f[3].Length == 0 || f[4].Length == 0) continue;
            var at = DateTime.ParseExact(f[1], ["yyyy-MM-dd HH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None);
            list.Add((at, double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture)));
        }
        return list;
    }

    /// <summary>The boundary MultiPolygon of boundary.geojson, built from its coordinates (first ring shell, the rest holes).</summary>
    public static Geometry Boundary()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "boundary.geojson")));
        var polygons = new List<Polygon>();
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var g = feature.GetProperty("geometry");
            var coords = g.GetProperty("coordinates");
            if (g.GetProperty("type").GetString() == "Polygon") polygons.Add(Polygon(coords));
            else foreach (var p in coords.EnumerateArray()) polygons.Add(Polygon(p));
        }
        return polygons.Count == 1 ? polygons[0] : Factory.CreateMultiPolygon([.. polygons]);
    }

    /// <summary>A Polygon from GeoJSON rings.</summary>
    public static Polygon Polygon(JsonElement rings)
    {
        var rs = rings.EnumerateArray().Select(r => Factory.CreateLinearRing(
            [.. r.EnumerateArray().Select(c => new Coordinate(c[0].GetDouble(), c[1].GetDouble()))])).ToList();
        return Factory.CreatePolygon(rs[0], [.. rs.Skip(1)]);
    }

    /// <summary>ground_truth.json: hotspots (id, square, active from, active to) and null areas (id, square).</summary>
    public static (List<(string Id, Envelope Square, DateTime From, DateTime To)> Hotspots, List<(string Id, Envelope Square)> Nulls) Truth()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "ground_truth.json")));
        var hot = new List<(string, Envelope, DateTime, DateTime)>();
        foreach (var h in doc.RootElement.GetProperty("hotspots").EnumerateArray())
        {
            var period = h.GetProperty("periods")[0];
            hot.Add((h.GetProperty("id").GetString()!, Polygon(h.GetProperty("polygon").GetProperty("coordinates")).EnvelopeInternal,
                DateTime.Parse(period.GetProperty("from").GetString()!, CultureInfo.InvariantCulture),
                DateTime.Parse(period.GetProperty("to").GetString()!, CultureInfo.InvariantCulture).AddDays(1)));
        }
        var nulls = new List<(string, Envelope)>();
        foreach (var n in doc.RootElement.GetProperty("nullAreas").EnumerateArray())
            nulls.Add((n.GetProperty("id").GetString()!, Polygon(n.GetProperty("polygon").GetProperty("coordinates")).EnvelopeInternal));
        return (hot, nulls);
    }
}
