using System.Text.Json;
using Geo.Testing;

namespace Geo.Cli.Tests.Stats;

/// <summary>The committed sample municipality (data/sample) and helpers shared by the stats tests that run the real geo.</summary>
internal static class StatsSampleData
{
    private const string DummyUrl = "postgres://nobody@127.0.0.1:1/none";

    public static string Police => Path.Combine(RepoRoot.Path, "data", "sample", "incidents_police.csv");
    public static string Boundary => Path.Combine(RepoRoot.Path, "data", "sample", "boundary.geojson");

    public static Task<(int Exit, string Out, string Err)> RunGeo(params string[] args) =>
        CliRun.RunAsync(DummyUrl, Path.Combine(Path.GetTempPath(), "geo-stats-tests-home"), args);

    /// <summary>ground_truth.json: the planted hotspots and the null areas.</summary>
    public static JsonDocument Truth() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "data", "sample", "ground_truth.json")));

    /// <summary>The (min x, min y, max x, max y) of a square polygon of the ground truth.</summary>
    public static (double X0, double Y0, double X1, double Y1) Square(JsonElement polygon)
    {
        var ring = polygon.GetProperty("coordinates")[0].EnumerateArray().ToList();
        var xs = ring.Select(p => p[0].GetDouble()).ToList();
        var ys = ring.Select(p => p[1].GetDouble()).ToList();
        return (xs.Min(), ys.Min(), xs.Max(), ys.Max());
    }

    /// <summary>The features of a written FeatureCollection whose polygon's vertex mean lies strictly inside the square.</summary>
    public static List<JsonElement> CellsIn(JsonElement collection, (double X0, double Y0, double X1, double Y1) s) =>
        collection.GetProperty("features").EnumerateArray().Where(f =>
        {
            var (x, y) = VertexMean(f.GetProperty("geometry"));
            return x > s.X0 && x < s.X1 && y > s.Y0 && y < s.Y1;
        }).ToList();

    public static (double X, double Y) VertexMean(JsonElement geometry)
    {
        var ring = geometry.GetProperty("type").GetString() == "MultiPolygon"
            ? geometry.GetProperty("coordinates")[0][0] : geometry.GetProperty("coordinates")[0];
        var pts = ring.EnumerateArray().ToList();
        pts.RemoveAt(pts.Count - 1); // the closing vertex
        return (pts.Average(p => p[0].GetDouble()), pts.Average(p => p[1].GetDouble()));
    }

    /// <summary>A copy of the police reports holding only the given categories (to look at one planted hotspot's crimes).</summary>
    public static string PoliceSubset(string dir, params string[] categories)
    {
        var police = TestCsv.Read(Police);
        var ci = police["category"];
        var path = Path.Combine(dir, "subset.csv");
        // The sample's incident files hold no quoted fields, so the records can be written back as plain lines.
        File.WriteAllLines(path, new[] { police.Header }.Concat(police.Rows.Where(f => categories.Contains(f[ci]))).Select(f => string.Join(',', f)));
        return path;
    }
}
