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
    public void Classes_cells_by_their_corrected_trend_and_leaves_empty_cells_untested()
    {
        var r = CellTrends.Test(Cube(), 0.05, Correction.BenjaminiHochberg);
        Assert.Equal([TrendClass.Increasing, TrendClass.Decreasing, TrendClass.NoTrend, TrendClass.NoTrend], r.Class);
        Assert.Equal(3, r.Tested);
        Assert.Null(r.Trend[2]);
        Assert.True(double.IsNaN(r.PAdjusted[2]));
        // Kendall's S of a strictly increasing series of 12 is 12·11/2 = 66.
        Assert.Equal(66, r.Trend[0]!.S);
        Assert.Equal(-66, r.Trend[1]!.S);
        Assert.Equal(0, r.Trend[3]!.S);
        // BH over the 3 tested p-values: the two equal smallest ones become p·3/2.
        Assert.Equal(r.Trend[0]!.P * 3 / 2, r.PAdjusted[0], 12);
        // The whole area: 1..12 + 12..1 + 3 each month = 16 every month: no trend.
        Assert.All(r.WholeSeries, v => Assert.Equal(16, v));
        Assert.Equal(TrendClass.NoTrend, r.WholeClass);
    }

    [Fact]
    public void A_stricter_alpha_turns_a_trend_into_no_trend()
    {
        var r = CellTrends.Test(Cube(), 1e-12, Correction.None);
        Assert.All(r.Class, c => Assert.Equal(TrendClass.NoTrend, c));
        Assert.Throws<ArgumentOutOfRangeException>(() => CellTrends.Test(Cube(), 0, Correction.None));
    }
}
