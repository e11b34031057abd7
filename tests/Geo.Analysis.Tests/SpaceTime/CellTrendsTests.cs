using Geo.Analysis.Inference;
using Geo.Analysis.SpaceTime;

namespace Geo.Analysis.Tests.SpaceTime;

public sealed class CellTrendsTests
{
    /// <summary>Location 0 rises (1, 2, …, 12 events in months 1..12), location 1 falls, location 2 has none, location 3 is flat.</summary>
    private static SpaceTimeCube Cube()
    {
        var cells = new List<int>();
        var times = new List<DateTime>();
        for (var m = 1; m <= 12; m++)
        {
            for (var k = 0; k < m; k++) { cells.Add(0); times.Add(new DateTime(2024, m, 10)); }
            for (var k = 0; k < 13 - m; k++) { cells.Add(1); times.Add(new DateTime(2024, m, 12)); }
            for (var k = 0; k < 3; k++) { cells.Add(3); times.Add(new DateTime(2024, m, 14)); }
        }
        return SpaceTimeCube.Build(4, cells.ToArray(), times.ToArray(), TimeStep.Month, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
    }

    [Fact]
    public void Classes_cells_by_their_corrected_trend_and_leaves_constant_cells_untested()
    {
        var r = CellTrends.Test(Cube(), 0.05, Correction.BenjaminiHochberg);
        Assert.Equal([TrendClass.Increasing, TrendClass.Decreasing, TrendClass.Undefined, TrendClass.Undefined], r.Class);
        Assert.Equal(2, r.Tested);
        // No events, and 3 events every month: no trend test, no trend claim, the reason instead.
        Assert.Equal(new string?[] { null, null, "no events", "constant series: 3 in every step" }, r.Undefined);
        Assert.Null(r.Trend[2]);
        Assert.Null(r.Trend[3]);
        Assert.True(double.IsNaN(r.PAdjusted[2]) && double.IsNaN(r.PAdjusted[3]));
        // Kendall's S of a strictly increasing series of 12 is 12·11/2 = 66.
        Assert.Equal(66, r.Trend[0]!.S);
        Assert.Equal(-66, r.Trend[1]!.S);
        // BH over the 2 tested p-values, which are equal: p·2/2 = p.
        Assert.Equal(r.Trend[0]!.P, r.PAdjusted[0], 12);
        // The whole area: 1..12 + 12..1 + 3 each month = 16 every month: constant, no test.
        Assert.All(r.WholeSeries, v => Assert.Equal(16, v));
        Assert.Equal("constant series: 16 in every step", r.WholeUndefined);
        Assert.Equal(TrendClass.Undefined, r.WholeClass);
    }

    [Fact]
    public void A_stricter_alpha_turns_a_trend_into_no_trend()
    {
        var r = CellTrends.Test(Cube(), 1e-12, Correction.None);
        Assert.Equal([TrendClass.NoTrend, TrendClass.NoTrend, TrendClass.Undefined, TrendClass.Undefined], r.Class);
        Assert.Throws<ArgumentOutOfRangeException>(() => CellTrends.Test(Cube(), 0, Correction.None));
    }
}
