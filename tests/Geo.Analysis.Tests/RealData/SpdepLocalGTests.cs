using System.Globalization;
using Geo.Analysis.Grids;
using Geo.Analysis.Statistics;
using Geo.Analysis.Weights;
using Geo.Testing;
using NetTopologySuite.Geometries;
using Xunit.Abstractions;

namespace Geo.Analysis.Tests.RealData;

/// <summary>
/// Real data: Geo's analytic Gi* z-scores equal spdep <c>localG</c> (1.2.7) on the same grid and weights — Vancouver 2020
/// (all crime, 250 m squares, 2,044 cells) and Chicago aggravated assaults 2010–2019 (500 m squares, 2,670 cells).
/// The grids are rebuilt here from ../shared/data exactly as the bench command <c>spdep-grids</c> exported them for R
/// (shared inputs: <see cref="RealDataGrids"/>); the expected values in RealData/spdep were computed by localg.R with
/// queen neighbours built from the lattice coordinates alone (<c>dnearneigh(cbind(column, row), 0, 1.5)</c>), so Geo's
/// <see cref="GridWeights.Queen(IReadOnlyList{ValueTuple{int, int}})"/> is checked as well. Regenerate with
/// RealData/spdep/make_expected.sh.
/// </summary>
public sealed class SpdepLocalGTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-9;

    [SharedDataTheory]
    [InlineData("vancouver_250m", 2044)]
    [InlineData("chicago_500m", 2670)]
    public void GiStarZEqualsSpdepLocalG(string name, int cells)
    {
        var expected = Expected(name);
        var (boundary, x, y, cellSize) = name switch
        {
            "vancouver_250m" => With(RealDataGrids.Vancouver2020(), RealDataGrids.VancouverCellSize),
            "chicago_500m" => With(RealDataGrids.ChicagoAssaults(), RealDataGrids.ChicagoCellSize),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        var grid = HotspotGrid.Build(boundary, new GridOptions(cellSize, GridShape.Square));
        var counts = CellCounts.Count(grid, x, y).Counts;

        // Same grid: same cells in the same order with the same counts as the exported ones.
        Assert.Equal(cells, expected.Count);
        Assert.Equal(expected.Count, grid.Count);
        for (var i = 0; i < grid.Count; i++)
        {
            var e = expected[i];
            Assert.True(grid.Cells[i] == (e.Column, e.Row) && counts[i] == e.Count,
                $"{name} cell {i}: Geo ({grid.Cells[i].Column}, {grid.Cells[i].Row}) count {counts[i]}, spdep file ({e.Column}, {e.Row}) count {e.Count}");
        }

        var queen = GridWeights.Queen(grid.Cells);
        var binary = WeightsTransform.WithSelf(queen);
        var rowStandardised = WeightsTransform.RowStandardise(WeightsTransform.WithSelf(queen));
        var zB = LocalGetisOrd.Compute(counts, binary, star: true, permutations: 0, seed: 0).Z;
        var zW = LocalGetisOrd.Compute(counts, rowStandardised, star: true, permutations: 0, seed: 0).Z;
        AssertClose(name, "B", zB, [.. expected.Select(e => e.ZB)]);
        AssertClose(name, "W", zW, [.. expected.Select(e => e.ZW)]);

        // Not vacuous: the data hold real hot spots (both grids have dozens of cells with z > 3) and the z-scores vary.
        Assert.True(zB.Count(z => z > 3) >= 20, $"{name}: only {zB.Count(z => z > 3)} cells with z > 3");
        Assert.True(zB.Count(z => z < 0) >= cells / 4, $"{name}: only {zB.Count(z => z < 0)} cells with z < 0");
    }

    private static (Geometry, double[], double[], double) With((Geometry Boundary, double[] X, double[] Y) data, double cellSize) =>
        (data.Boundary, data.X, data.Y, cellSize);

    private void AssertClose(string name, string style, IReadOnlyList<double> actual, double[] expected)
    {
        var worst = -1;
        var worstDelta = -1.0;
        for (var i = 0; i < expected.Length; i++)
        {
            var delta = Math.Abs(actual[i] - expected[i]);
            if (double.IsNaN(delta)) delta = double.PositiveInfinity;
            if (delta > worstDelta) (worst, worstDelta) = (i, delta);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} style {style}: {expected.Length} cells, max |Δz| {worstDelta:E3} (cell {worst})"));
        Assert.True(worstDelta <= Tolerance, string.Create(CultureInfo.InvariantCulture,
            $"{name} style {style}: worst cell {worst}: Geo z {actual[worst]:R}, spdep {expected[worst]:R}, |Δ| {worstDelta:E3} > {Tolerance:E0}"));
    }

    /// <summary>RealData/spdep/NAME.csv: a '#' header comment, then cell,column,row,count,gstar_z_B,gstar_z_W.</summary>
    private static List<(int Column, int Row, double Count, double ZB, double ZW)> Expected(string name)
    {
        var path = Path.Combine(RepoRoot.Path, "tests", "Geo.Analysis.Tests", "RealData", "spdep", name + ".csv");
        var rows = new List<(int, int, double, double, double)>();
        var csv = TestCsv.Read(path, comments: true);
        Assert.Equal(["cell", "column", "row", "count", "gstar_z_B", "gstar_z_W"], csv.Header);
        foreach (var f in csv.Rows)
        {
            Assert.Equal(rows.Count, int.Parse(f[0], CultureInfo.InvariantCulture));
            rows.Add((int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture),
                double.Parse(f[5], CultureInfo.InvariantCulture)));
        }
        return rows;
    }
}
