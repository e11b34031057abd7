using Geo.Testing;
using System.Globalization;
using System.Text.Json;
using static Geo.Cli.Tests.Stats.StatsSampleData;

namespace Geo.Cli.Tests.Stats;

/// <summary><c>geo stats kde</c> on the sample municipality.</summary>
public sealed class StatsKdeTests
{
    private static List<(int Id, double X, double Y, double Density)> ReadCsv(string path) =>
        TestCsv.Read(path).Rows.Select(f => (int.Parse(f[0], CultureInfo.InvariantCulture),
            double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture))).ToList();

    [Theory]
    [InlineData("H3", "theft.bicycle,theft.from_vehicle,theft.other")]
    [InlineData("H1", "vandalism.property_damage,vandalism.graffiti,disorder.public_order")]
    public async Task Densest_cell_of_a_hotspots_crimes_lies_in_the_planted_square(string hotspot, string categories)
    {
        var dir = Directory.CreateTempSubdirectory("geo-stats-kde-");
        try
        {
            var input = PoliceSubset(dir.FullName, categories.Split(','));
            var outFile = Path.Combine(dir.FullName, "kde.csv");
            var (exit, _, stderr) = await RunGeo("stats", "kde", "--input", input, "--boundary", Boundary, "--out", outFile);
            Assert.True(exit == 0, stderr);
            var cells = ReadCsv(outFile);
            var top = cells.MaxBy(c => c.Density);
            using var truth = Truth();
            var h = truth.RootElement.GetProperty("hotspots").EnumerateArray().Single(e => e.GetProperty("id").GetString() == hotspot);
            var s = Square(h.GetProperty("polygon"));
            Assert.True(top.X > s.X0 && top.X < s.X1 && top.Y > s.Y0 && top.Y < s.Y1,
                $"densest cell centre ({top.X}, {top.Y}) is not in {hotspot} [{s.X0}, {s.X1}] x [{s.Y0}, {s.Y1}]");
        }
        finally { dir.Delete(true); }
    }

    [Theory]
    [InlineData("quartic", "400", "100")]
    [InlineData("gaussian", "250", "125")]
    public async Task Diggle_corrected_density_integrates_to_the_points_in_the_cells_inside(string kernel, string bandwidth, string cellSize)
    {
        var dir = Directory.CreateTempSubdirectory("geo-stats-kde-");
        try
        {
            var outFile = Path.Combine(dir.FullName, "kde.csv");
            var (exit, stdout, stderr) = await RunGeo("stats", "kde", "--input", Police, "--boundary", Boundary, "--kernel", kernel,
                "--bandwidth", bandwidth, "--cell-size", cellSize, "--out", outFile, "--json");
            Assert.True(exit == 0, stderr);
            var json = JsonDocument.Parse(stdout).RootElement;
            var size = json.GetProperty("cellSize").GetDouble();
            Assert.Equal(double.Parse(cellSize, CultureInfo.InvariantCulture), size);
            var cells = ReadCsv(outFile);
            Assert.Equal(json.GetProperty("cells").GetInt32(), cells.Count);
            var integral = cells.Sum(c => c.Density) * size * size / 1e6;
            // Diggle's correction (the default) keeps the mass: the sum is the number of points in the cells inside the
            // boundary (cells decided by their centres), which the notice states, up to rounding.
            var stated = System.Text.RegularExpressions.Regex.Match(stderr, @"the (\d+) points in the cells inside the boundary");
            Assert.True(stated.Success, stderr);
            var inCells = double.Parse(stated.Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.Equal(inCells, integral, inCells * 1e-9);
            Assert.Equal("diggle", json.GetProperty("edgeCorrection").GetString());
            Assert.Equal(integral, json.GetProperty("integral").GetDouble(), inCells * 1e-9);
            var police = TestCsv.Read(Police);
            var located = police.Rows.Count(f => f[police["x"]].Length > 0);
            Assert.InRange(inCells, 0.995 * located, located); // a few points lie in boundary cells whose centre is outside
            Assert.Equal(located, json.GetProperty("inside").GetDouble()); // all located reports lie inside the boundary
            Assert.Equal(cells.Max(c => c.Density), json.GetProperty("maxDensity").GetDouble(), 1e-9);

            // The uniform correction does not keep the mass, and says so.
            (exit, _, stderr) = await RunGeo("stats", "kde", "--input", Police, "--boundary", Boundary, "--kernel", kernel,
                "--bandwidth", bandwidth, "--cell-size", cellSize, "--out", outFile, "--edge-correction", "uniform");
            Assert.True(exit == 0, stderr);
            Assert.Contains("edge correction: on (uniform: per cell)", stderr);
            Assert.Contains("does not keep the mass", stderr);
            Assert.NotEqual(inCells, ReadCsv(outFile).Sum(c => c.Density) * size * size / 1e6, inCells * 1e-6);

            (exit, _, stderr) = await RunGeo("stats", "kde", "--input", Police, "--boundary", Boundary, "--kernel", kernel,
                "--bandwidth", bandwidth, "--cell-size", cellSize, "--out", outFile, "--no-edge-correction");
            Assert.True(exit == 0, stderr);
            Assert.Contains("edge correction: off", stderr);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task Automatic_bandwidth_and_cell_size_are_announced_and_in_the_json()
    {
        var (exit, stdout, stderr) = await RunGeo("stats", "kde", "--input", Police, "--boundary", Boundary, "--json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("Silverman", stderr);
        Assert.Contains("automatic cell size", stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.True(json.GetProperty("bandwidthChosen").GetBoolean());
        Assert.Contains("Silverman", json.GetProperty("bandwidthRule").GetString());
        Assert.Equal("quartic", json.GetProperty("kernel").GetString());
        Assert.Equal("events per km²", json.GetProperty("unit").GetString());
        Assert.True(json.GetProperty("bandwidth").GetDouble() > 0);
        Assert.True(json.GetProperty("cellSize").GetDouble() <= json.GetProperty("bandwidth").GetDouble());
        Assert.True(json.GetProperty("maxDensity").GetDouble() > 0);
    }

    [Fact]
    public async Task Geojson_cells_are_squares_with_id_and_density_and_asc_is_a_grid()
    {
        var dir = Directory.CreateTempSubdirectory("geo-stats-kde-");
        try
        {
            var outFile = Path.Combine(dir.FullName, "kde.geojson");
            var (exit, stdout, stderr) = await RunGeo("stats", "kde", "--input", Police, "--boundary", Boundary, "--cell-size", "500", "--out", outFile, "--keep-crs", "--json");
            Assert.True(exit == 0, stderr);
            var cells = JsonDocument.Parse(stdout).RootElement.GetProperty("cells").GetInt32();
            using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
            var features = doc.RootElement.GetProperty("features");
            Assert.Equal(cells, features.GetArrayLength());
            var f = features[0];
            Assert.Equal(0, f.GetProperty("properties").GetProperty("id").GetInt32());
            Assert.True(f.GetProperty("properties").GetProperty("density").GetDouble() >= 0);
            var ring = f.GetProperty("geometry").GetProperty("coordinates")[0];
            Assert.Equal(5, ring.GetArrayLength());
            Assert.Equal(500, ring[1][0].GetDouble() - ring[0][0].GetDouble());

            var asc = Path.Combine(dir.FullName, "kde.asc");
            (exit, _, stderr) = await RunGeo("stats", "kde", "--input", Police, "--boundary", Boundary, "--cell-size", "500", "--out", asc);
            Assert.True(exit == 0, stderr);
            var lines = File.ReadAllLines(asc);
            Assert.StartsWith("ncols ", lines[0]);
            Assert.Equal("cellsize 500", lines[4]);
            var values = lines.Skip(6).SelectMany(l => l.Split(' ')).ToList();
            Assert.Equal(cells, values.Count(v => v != "-9999"));
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task Kde_offers_no_permutations()
    {
        var (exit, _, stderr) = await RunGeo("stats", "kde", "--input", Police, "--permutations", "9");
        Assert.NotEqual(0, exit);
        Assert.Contains("--permutations", stderr);
    }
}
