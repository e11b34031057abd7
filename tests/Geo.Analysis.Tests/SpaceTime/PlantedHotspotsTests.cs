using System.Globalization;
using System.Text.Json;
using Geo.Analysis.Inference;
using Geo.Analysis.SpaceTime;
using Geo.Analysis.Weights;
using Geo.Testing;
using Xunit.Abstractions;

namespace Geo.Analysis.Tests.SpaceTime;

/// <summary>
/// The sample municipality's planted hotspots (data/sample/ground_truth.json) against the emerging hot spot classes:
/// police incidents binned into 250 m cells (origin 0,0) over the data's bounding box, binary queen weights with self,
/// quarterly and yearly cubes 2021–2025.
/// </summary>
public class PlantedHotspotsTests(ITestOutputHelper output)
{
    private const double Cell = 250;

    private sealed record Grid(int Col0, int Row0, int Columns, int Rows)
    {
        public int Index(int col, int row) => (row - Row0) * Columns + (col - Col0);
    }

    private static (Grid Grid, int[] Cells, DateTime[] Times) Load()
    {
        var csv = TestCsv.Read(Path.Combine(RepoRoot.Path, "data", "sample", "incidents_police.csv"));
        int ix = csv["x"], iy = csv["y"], it = csv["occurred_at"];
        var cols = new List<int>();
        var rows = new List<int>();
        var times = new List<DateTime>();
        foreach (var f in csv.Rows)
        {
            var time = DateTime.Parse(f[it], CultureInfo.InvariantCulture);
            if (f[ix].Length == 0 || f[iy].Length == 0)
            {
                cols.Add(int.MinValue); rows.Add(int.MinValue); times.Add(time);
                continue;
            }
            cols.Add((int)Math.Floor(double.Parse(f[ix], CultureInfo.InvariantCulture) / Cell));
            rows.Add((int)Math.Floor(double.Parse(f[iy], CultureInfo.InvariantCulture) / Cell));
            times.Add(time);
        }
        var located = Enumerable.Range(0, cols.Count).Where(k => cols[k] != int.MinValue).ToArray();
        int c0 = located.Min(k => cols[k]), c1 = located.Max(k => cols[k]);
        int r0 = located.Min(k => rows[k]), r1 = located.Max(k => rows[k]);
        var grid = new Grid(c0, r0, c1 - c0 + 1, r1 - r0 + 1);
        var cells = new int[cols.Count];
        for (var k = 0; k < cells.Length; k++) cells[k] = cols[k] == int.MinValue ? -1 : grid.Index(cols[k], rows[k]);
        return (grid, cells, times.ToArray());
    }

    /// <summary>The grid cells inside a square polygon with corners on multiples of 250 m.</summary>
    private static List<int> CellsOf(JsonElement polygon, Grid grid)
    {
        var ring = polygon.GetProperty("coordinates")[0];
        var xs = ring.EnumerateArray().Select(p => p[0].GetDouble()).ToArray();
        var ys = ring.EnumerateArray().Select(p => p[1].GetDouble()).ToArray();
        var result = new List<int>();
        for (var col = (int)Math.Round(xs.Min() / Cell); col < (int)Math.Round(xs.Max() / Cell); col++)
            for (var row = (int)Math.Round(ys.Min() / Cell); row < (int)Math.Round(ys.Max() / Cell); row++)
                result.Add(grid.Index(col, row));
        return result;
    }

    private static EmergingClass[] Family(string expected) => expected.Split(' ')[0] switch
    {
        "new_hot_spot" or "consecutive_hot_spot" or "intensifying_hot_spot" =>
            [EmergingClass.NewHotSpot, EmergingClass.ConsecutiveHotSpot, EmergingClass.IntensifyingHotSpot],
        "persistent_hot_spot" => [EmergingClass.PersistentHotSpot],
        "diminishing_hot_spot" => [EmergingClass.DiminishingHotSpot],
        "historical_hot_spot" => [EmergingClass.HistoricalHotSpot],
        var other => throw new InvalidOperationException("unknown expected class " + other),
    };

    [Theory]
    [InlineData(TimeStep.Quarter, "quarterly")]
    [InlineData(TimeStep.Year, "yearly")]
    public void Planted_hotspots_get_their_classes_and_null_areas_none(TimeStep step, string key)
    {
        var (grid, cells, times) = Load();
        var n = grid.Columns * grid.Rows;
        var cube = SpaceTimeCube.Build(n, cells, times, step, new DateOnly(2021, 1, 1), new DateOnly(2025, 12, 31));
        Assert.Equal(step == TimeStep.Quarter ? 20 : 5, cube.Steps);
        var w = WeightsTransform.WithSelf(GridWeights.Queen(grid.Columns, grid.Rows));
        var result = EmergingHotspots.Classify(cube, w);

        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "data", "sample", "ground_truth.json")));
        var failures = new List<string>();
        foreach (var h in truth.RootElement.GetProperty("hotspots").EnumerateArray())
        {
            var id = h.GetProperty("id").GetString();
            var expected = h.GetProperty("expectedClass").GetProperty(key).GetString()!;
            var family = Family(expected);
            var hs = CellsOf(h.GetProperty("polygon"), grid);
            Assert.Equal(4, hs.Count);
            var got = hs.Select(c => result.Class[c]).ToArray();
            var hits = got.Count(family.Contains);
            output.WriteLine($"{key} {id}: expected {expected}; got {string.Join(", ", hs.Select(c =>
                $"{result.Class[c]} (hot {result.Steps.Count(s => s.Class[c] == LocalClass.Hot)}/{cube.Steps}, MK z {result.Trend[c].Z:F2} p {result.Trend[c].P:F3})"))}");
            if (hits < 3) failures.Add($"{id}: {hits}/4 cells in {string.Join("/", family)}; got {string.Join(", ", got)}");
        }
        foreach (var a in truth.RootElement.GetProperty("nullAreas").EnumerateArray())
        {
            var id = a.GetProperty("id").GetString();
            var ns = CellsOf(a.GetProperty("polygon"), grid);
            var flagged = ns.Count(c => result.Class[c] != EmergingClass.NoPattern);
            output.WriteLine($"{key} {id}: {flagged}/{ns.Count} cells flagged ({string.Join(", ", ns.Where(c => result.Class[c] != EmergingClass.NoPattern).Select(c => result.Class[c]))})");
            if (flagged > 0.05 * ns.Count) failures.Add($"{id}: {flagged}/{ns.Count} null cells flagged");
        }
        Assert.True(failures.Count == 0, string.Join("; ", failures));
    }
}
