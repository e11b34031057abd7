using Geo.Testing;
using System.Globalization;
using System.Text.Json;
using static Geo.Cli.Tests.Stats.StatsSampleData;

namespace Geo.Cli.Tests.Stats;

/// <summary>Grid mode of moran/gistar/lisa, --p-from, and --out FILE.geojson, on the sample municipality and small files.</summary>
public sealed class StatsGridTests
{
    [Fact]
    public async Task Gistar_on_a_250m_grid_finds_the_planted_hotspots_and_nothing_in_the_null_areas()
    {
        var dir = Directory.CreateTempSubdirectory("geo-stats-grid-");
        try
        {
            var outFile = Path.Combine(dir.FullName, "gistar.geojson");
            var (exit, _, stderr) = await RunGeo("stats", "gistar", "--input", Police, "--cell-size", "250", "--boundary", Boundary,
                "--permutations", "99", "--out", outFile, "--keep-crs");
            Assert.True(exit == 0, stderr);
            Assert.Contains("cell size 250 m (given)", stderr);
            Assert.Contains("queen contiguity of the grid cells (default) with self", stderr);
            Assert.Contains("p from: analytic", stderr);
            using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
            using var truth = Truth();
            foreach (var h in truth.RootElement.GetProperty("hotspots").EnumerateArray())
            {
                var cells = CellsIn(doc.RootElement, Square(h.GetProperty("polygon")));
                Assert.Equal(4, cells.Count);
                var hot = cells.Count(c => c.GetProperty("properties").GetProperty("class").GetString() == "hot");
                Assert.True(hot >= 3, $"{h.GetProperty("id")}: {hot}/4 cells hot");
            }
            foreach (var a in truth.RootElement.GetProperty("nullAreas").EnumerateArray())
            {
                var cells = CellsIn(doc.RootElement, Square(a.GetProperty("polygon")));
                Assert.True(cells.Count > 100, $"{a.GetProperty("id")}: {cells.Count} cells");
                var flagged = cells.Count(c => c.GetProperty("properties").GetProperty("class").GetString() != "not-significant");
                Assert.True(flagged == 0, $"{a.GetProperty("id")}: {flagged} null cells flagged");
            }
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task Grid_geojson_has_one_clipped_cell_per_row_with_count_and_results_and_the_input_crs()
    {
        var dir = Directory.CreateTempSubdirectory("geo-stats-grid-");
        try
        {
            var outFile = Path.Combine(dir.FullName, "lisa.geojson");
            var (exit, stdout, stderr) = await RunGeo("stats", "lisa", "--input", Police, "--cell-size", "1000", "--boundary", Boundary,
                "--permutations", "99", "--out", outFile, "--json");
            Assert.True(exit == 0, stderr);
            var rows = JsonDocument.Parse(stdout).RootElement;
            using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
            var features = doc.RootElement.GetProperty("features");
            Assert.Equal(rows.GetArrayLength(), features.GetArrayLength());
            Assert.False(doc.RootElement.TryGetProperty("crs", out _)); // the CSV input had no crs member
            double total = 0;
            for (var i = 0; i < features.GetArrayLength(); i++)
            {
                var props = features[i].GetProperty("properties");
                Assert.Equal(i, props.GetProperty("id").GetInt32());
                Assert.Equal(i, rows[i].GetProperty("id").GetInt32());
                foreach (var name in new[] { "count", "statistic", "z", "p", "pseudo_p", "p_adjusted", "class" }) Assert.True(props.TryGetProperty(name, out _), name);
                Assert.Equal(rows[i].GetProperty("class").GetString(), props.GetProperty("class").GetString());
                total += props.GetProperty("count").GetDouble();
            }
            // Every located police report inside the boundary is counted once.
            var police = TestCsv.Read(Police);
            var located = police.Rows.Count(f => f[police["x"]].Length > 0);
            Assert.Equal(located, total);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task Cell_size_auto_announces_the_chosen_size_and_rule()
    {
        var (exit, stdout, stderr) = await RunGeo("stats", "moran", "--input", Police, "--cell-size", "auto", "--permutations", "0", "--json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("convex hull", stderr);
        Assert.Contains("automatic cell size", stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        var size = json.GetProperty("cellSize").GetDouble();
        Assert.Contains(size, new double[] { 50, 100, 125, 200, 250, 500, 1000 });
        Assert.Contains(size.ToString(CultureInfo.InvariantCulture) + " m", json.GetProperty("cellSizeRule").GetString());
        Assert.True(json.GetProperty("z").GetDouble() > 3, "crime counts cluster");
    }

    [Fact]
    public async Task Hexagonal_cells_use_six_neighbours_and_are_written_as_hexagons()
    {
        var dir = Directory.CreateTempSubdirectory("geo-stats-grid-");
        try
        {
            var outFile = Path.Combine(dir.FullName, "hex.geojson");
            var (exit, _, stderr) = await RunGeo("stats", "gistar", "--input", Police, "--cell-size", "1000", "--shape", "hex",
                "--boundary", Boundary, "--permutations", "0", "--out", outFile);
            Assert.True(exit == 0, stderr);
            Assert.Contains("hexagonal", stderr);
            using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
            var whole = doc.RootElement.GetProperty("features").EnumerateArray()
                .Where(f => f.GetProperty("geometry").GetProperty("type").GetString() == "Polygon"
                            && f.GetProperty("geometry").GetProperty("coordinates")[0].GetArrayLength() == 7).Count();
            Assert.True(whole > 500, $"{whole} whole hexagons");
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task Field_in_grid_mode_sums_the_weights_per_cell()
    {
        var dir = Directory.CreateTempSubdirectory("geo-stats-grid-");
        try
        {
            var csv = Path.Combine(dir.FullName, "points.csv");
            var lines = new List<string> { "x,y,harm" };
            var rng = new Random(7);
            for (var i = 0; i < 400; i++) lines.Add(FormattableString.Invariant($"{rng.NextDouble() * 1000:F2},{rng.NextDouble() * 1000:F2},{1 + i % 3}"));
            File.WriteAllLines(csv, lines);
            var outFile = Path.Combine(dir.FullName, "cells.geojson");
            var (exit, _, stderr) = await RunGeo("stats", "gistar", "--input", csv, "--field", "harm", "--cell-size", "100", "--permutations", "0", "--out", outFile, "--keep-crs");
            Assert.True(exit == 0, stderr);
            using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
            var props = doc.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
            Assert.Equal(400, props.Sum(p => p.GetProperty("count").GetDouble()));
            Assert.Equal(TestCsv.Read(csv).Rows.Sum(f => double.Parse(f[2], CultureInfo.InvariantCulture)), props.Sum(p => p.GetProperty("value").GetDouble()));
            Assert.Contains(props, p => p.GetProperty("value").GetDouble() > p.GetProperty("count").GetDouble());
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task Polygon_geojson_out_keeps_input_order_coordinates_and_crs()
    {
        var dir = Directory.CreateTempSubdirectory("geo-stats-grid-");
        try
        {
            var input = Path.Combine(dir.FullName, "squares.geojson");
            var features = new List<string>();
            var k = 0;
            for (var r = 0; r < 4; r++)
                for (var c = 0; c < 4; c++, k++)
                {
                    double x0 = 800000.5 + c * 100, y0 = 7000000.25 + r * 100;
                    features.Add(FormattableString.Invariant(
                        $"{{\"type\":\"Feature\",\"properties\":{{\"code\":\"A{k:00}\",\"v\":{(r + c) * 3 + k % 2}}},\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[[{x0},{y0}],[{x0 + 100},{y0}],[{x0 + 100},{y0 + 100}],[{x0},{y0 + 100}],[{x0},{y0}]]]}}}}"));
                }
            File.WriteAllText(input, "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::3006\"}},\"features\":[" +
                                     string.Join(",\n", features) + "]}");
            var outFile = Path.Combine(dir.FullName, "lisa.geojson");
            var (exit, _, stderr) = await RunGeo("stats", "lisa", "--input", input, "--field", "v", "--id-field", "code", "--permutations", "99", "--out", outFile, "--keep-crs");
            Assert.True(exit == 0, stderr);
            using var src = JsonDocument.Parse(File.ReadAllText(input));
            using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
            Assert.Equal("urn:ogc:def:crs:EPSG::3006", doc.RootElement.GetProperty("crs").GetProperty("properties").GetProperty("name").GetString());
            var got = doc.RootElement.GetProperty("features");
            Assert.Equal(16, got.GetArrayLength());
            for (var i = 0; i < 16; i++)
            {
                var props = got[i].GetProperty("properties");
                Assert.Equal($"A{i:00}", props.GetProperty("id").GetString());
                foreach (var name in new[] { "statistic", "z", "p", "pseudo_p", "p_adjusted", "class" }) Assert.True(props.TryGetProperty(name, out _), name);
                Assert.Equal(src.RootElement.GetProperty("features")[i].GetProperty("geometry").GetRawText(), got[i].GetProperty("geometry").GetRawText());
            }

            // Points without a grid: point features, no crs member for a CSV.
            var csv = Path.Combine(dir.FullName, "points.csv");
            File.WriteAllText(csv, "x,y,count\n0.5,0,1\n1,0,2\n0,1,3\n1,1,4\n2,2,5\n");
            var pointsOut = Path.Combine(dir.FullName, "points.geojson");
            (exit, _, stderr) = await RunGeo("stats", "gistar", "--input", csv, "--field", "count", "--weights", "knn:2", "--out", pointsOut, "--keep-crs");
            Assert.True(exit == 0, stderr);
            using var pts = JsonDocument.Parse(File.ReadAllText(pointsOut));
            Assert.False(pts.RootElement.TryGetProperty("crs", out _));
            Assert.Equal(5, pts.RootElement.GetProperty("features").GetArrayLength());
            var first = pts.RootElement.GetProperty("features")[0];
            Assert.Equal("Point", first.GetProperty("geometry").GetProperty("type").GetString());
            Assert.Equal(0.5, first.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble());
            Assert.Equal(1, first.GetProperty("properties").GetProperty("id").GetInt32());
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task Out_with_another_extension_is_a_usage_error()
    {
        var (exit, _, stderr) = await RunGeo("stats", "gistar", "--input", Police, "--cell-size", "1000", "--out", "cells.shp");
        Assert.Equal(2, exit);
        Assert.Contains("--out cells.shp", stderr);
    }

    [Fact]
    public async Task Permutation_basis_warns_when_the_pseudo_p_floor_cannot_pass_the_correction()
    {
        var (exit, stdout, stderr) = await RunGeo("stats", "gistar", "--input", Police, "--cell-size", "1000", "--boundary", Boundary,
            "--p-from", "permutation", "--permutations", "99", "--bonferroni", "--json");
        Assert.True(exit == 0, stderr);
        var n = JsonDocument.Parse(stdout).RootElement.GetArrayLength();
        Assert.Contains("p from: permutation", stderr);
        Assert.Contains("warning:", stderr);
        Assert.Contains("smallest attainable pseudo p is 1/(99 + 1) = 0.01", stderr);
        Assert.Contains($"at least {(long)Math.Ceiling(n / 0.05) - 1} permutations", stderr);
        Assert.Contains("--p-from analytic", stderr);

        // The analytic default of Gi* does not warn; LISA defaults to permutations.
        (exit, _, stderr) = await RunGeo("stats", "gistar", "--input", Police, "--cell-size", "1000", "--permutations", "99", "--bonferroni");
        Assert.True(exit == 0, stderr);
        Assert.Contains("p from: analytic", stderr);
        Assert.DoesNotContain("warning:", stderr);
        (exit, _, stderr) = await RunGeo("stats", "lisa", "--input", Police, "--cell-size", "1000", "--permutations", "99");
        Assert.True(exit == 0, stderr);
        Assert.Contains("p from: permutation", stderr);
        Assert.Contains("warning:", stderr);
    }

    [Fact]
    public async Task Options_that_do_not_apply_are_rejected()
    {
        var (exit, _, stderr) = await RunGeo("stats", "moran", "--input", Police, "--field", "x", "--p-from", "analytic");
        Assert.NotEqual(0, exit);
        Assert.Contains("--p-from", stderr);
        (exit, _, stderr) = await RunGeo("stats", "gistar", "--input", Police, "--field", "x", "--boundary", Boundary);
        Assert.Equal(2, exit);
        Assert.Contains("--cell-size", stderr);
        (exit, _, stderr) = await RunGeo("stats", "lisa", "--input", Police, "--cell-size", "500", "--id-field", "source_id");
        Assert.Equal(2, exit);
        Assert.Contains("--id-field", stderr);
        (exit, _, stderr) = await RunGeo("stats", "lisa", "--input", Police, "--cell-size", "500", "--p-from", "permutation", "--permutations", "0");
        Assert.Equal(2, exit);
        Assert.Contains("--permutations", stderr);
    }
}
