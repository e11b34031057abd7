using Geo.Analysis.Grids;
using Geo.Analysis.Inference;
using Geo.Analysis.Statistics;
using Geo.Analysis.Weights;
using NetTopologySuite.Geometries;

namespace Geo.Sample.Tests;

/// <summary>
/// The planted hotspots are strong enough for the product's own Gi* (Geo.Analysis, the method of
/// Geo.Analysis.Tests' PlantedHotspotPowerTests and of <c>geo stats gistar</c>): on the study area's 250 m square
/// <see cref="HotspotGrid"/> (clipped to the boundary, origin on multiples of 250 m), with queen contiguity weights that
/// include self and are row-standardised (spdep localG with include.self() and style "W"), the analytic normal p of
/// the z-score and one Benjamini–Hochberg correction at 0.05 over all cells, counting the incidents of all three files,
/// Gi* classes as Hot every planted cell while its hotspot is active, none of the emerging hotspot's cells before it
/// starts or of the former hotspot's after it stops, and flags at most 5% of the null areas' cells.
/// </summary>
/// <remarks>
/// Thresholds are those of the hand-written reference Gi* this test used before (binary weights, cells with their
/// centre on land): all 4 cells of an active hotspot, 0 of an inactive one, ≤ 5% of null-area cells. Row-standardising
/// a Gi* row scales its lag and its standard deviation alike, so the z-scores equal the binary-weight ones; the only
/// differences are the cell set (every cell with land in it, edge cells clipped, instead of centre-on-land cells) and
/// that incidents outside the boundary are not counted, which changes the global mean and variance slightly.
/// </remarks>
public sealed class GiStarTests(SampleFixture sample) : IClassFixture<SampleFixture>
{
    private const double Cell = 250;

    /// <summary>The analysis grid: HotspotGrid floors its square-lattice origin to a multiple of the cell size.</summary>
    private HotspotGrid Grid() => HotspotGrid.Build(sample.StudyArea.Boundary, new GridOptions(Cell));

    /// <summary>The grid cells whose centre lies inside the (axis-aligned) square, as PlantedHotspotPowerTests.CellsIn.</summary>
    private static List<int> CellsIn(HotspotGrid grid, Polygon square)
    {
        var e = square.EnvelopeInternal;
        var cells = new List<int>();
        for (var i = 0; i < grid.Count; i++)
        {
            var c = grid.CellCentre(i);
            if (c.X > e.MinX && c.X < e.MaxX && c.Y > e.MinY && c.Y < e.MaxY) cells.Add(i);
        }
        return cells;
    }

    /// <summary>Number of 250 m cells that tile the square exactly (its corners are on multiples of 250 m).</summary>
    private static int Tiles(Polygon square)
    {
        var e = square.EnvelopeInternal;
        return (int)Math.Round(e.Width / Cell) * (int)Math.Round(e.Height / Cell);
    }

    [Fact]
    public void Grid_cells_tile_the_planted_squares()
    {
        var grid = Grid();
        Assert.Equal(0, grid.OriginX % Cell);
        Assert.Equal(0, grid.OriginY % Cell);
        foreach (var h in sample.Result.Hotspots)
        {
            Assert.Equal(4, Tiles(h.Polygon));
            var cells = CellsIn(grid, h.Polygon);
            Assert.Equal(4, cells.Count);
            // Whole cells, all on land: nothing of a planted square is clipped away.
            Assert.All(cells, i => Assert.Equal(1.0, grid.AreaShares[i]));
        }
        foreach (var n in sample.Result.NullAreas)
        {
            var cells = CellsIn(grid, n.Polygon);
            Assert.Equal(Tiles(n.Polygon), cells.Count);
            Assert.All(cells, i => Assert.Equal(1.0, grid.AreaShares[i]));
        }
    }

    [Fact]
    public void Gi_star_finds_the_plants_as_planted()
    {
        var all = new[] { "incidents_police.csv", "incidents_municipal.csv", "incidents_fieldwork.csv" }
            .SelectMany(f => CsvIncident.Read(sample.File(f))).Where(i => i.X is not null).ToList();
        var grid = Grid();
        var weights = WeightsTransform.RowStandardise(WeightsTransform.WithSelf(grid.Weights(ContiguityRule.Queen)));
        var hotspotCells = sample.Result.Hotspots.Select(h => CellsIn(grid, h.Polygon)).ToList();
        var nullCells = sample.Result.NullAreas.SelectMany(n => CellsIn(grid, n.Polygon)).ToList();
        Assert.All(hotspotCells, c => Assert.Equal(4, c.Count));
        Assert.NotEmpty(nullCells);
        var slices = new List<(string Label, DateOnly From, DateOnly To)> { ("all", new(2021, 1, 1), new(2025, 12, 31)) };
        for (var y = 2021; y <= 2025; y++)
        {
            slices.Add(($"{y}", new(y, 1, 1), new(y, 12, 31)));
            for (var q = 0; q < 4; q++) slices.Add(($"{y}Q{q + 1}", new(y, 3 * q + 1, 1), new DateOnly(y, 3 * q + 1, 1).AddMonths(3).AddDays(-1)));
        }
        foreach (var (label, from, to) in slices)
        {
            var slice = all.Where(i => DateOnly.FromDateTime(i.Local) >= from && DateOnly.FromDateTime(i.Local) <= to).ToList();
            var counts = CellCounts.Count(grid, slice.Select(i => i.X!.Value).ToArray(), slice.Select(i => i.Y!.Value).ToArray()).Counts;
            var r = LocalGetisOrd.Compute(counts, weights, star: true, permutations: 0, seed: 42,
                alpha: 0.05, correction: Correction.BenjaminiHochberg, basis: PValueBasis.Analytic);
            for (var k = 0; k < sample.Result.Hotspots.Count; k++)
            {
                var h = sample.Result.Hotspots[k];
                // Active at all in the slice (any day with a planted rate > 0)?
                var active = h.Periods.Any(p => p.From <= to && p.To >= from);
                var found = hotspotCells[k].Count(i => r.Class[i] == LocalClass.Hot);
                if (active) Assert.True(found == 4, $"{label}: {h.Id} ({h.Trend}) found in {found} of 4 cells");
                else Assert.True(found == 0, $"{label}: {h.Id} ({h.Trend}) inactive but hot in {found} cells");
            }
            var flagged = nullCells.Count(i => r.Class[i] != LocalClass.NotSignificant);
            Assert.True(flagged <= 0.05 * nullCells.Count, $"{label}: {flagged} of {nullCells.Count} null-area cells flagged");
        }
    }
}
