using Geo.Analysis.SpaceTime;

namespace Geo.Analysis.Tests.SpaceTime;

public class SpaceTimeCubeTests
{
    [Fact]
    public void Quarterly_cube_includes_empty_steps_and_drops_outside_events()
    {
        int[] cells = [0, 1, 1, -1, 0, 2];
        DateTime[] times =
        [
            new(2021, 1, 1), new(2021, 3, 31, 23, 59, 0), new(2021, 4, 1), new(2021, 5, 5), new(2021, 12, 31, 12, 0, 0),
            new(2022, 1, 1),
        ];
        var c = SpaceTimeCube.Build(3, cells, times, TimeStep.Quarter, new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31));
        Assert.Equal(4, c.Steps);
        Assert.Equal(new DateOnly(2021, 10, 1), c.StepStarts[3]);
        Assert.Equal([1, 0, 0, 1], c.Series(0));
        Assert.Equal([1, 1, 0, 0], c.Series(1));
        Assert.Equal([0, 0, 0, 0], c.Series(2));
        Assert.Equal(2, c.Dropped); // no location; after the end
    }

    [Fact]
    public void Weights_make_a_cube_of_weighted_counts()
    {
        int[] cells = [0, 0, 1, -1];
        DateTime[] times = [new(2021, 1, 5), new(2021, 2, 5), new(2021, 2, 6), new(2021, 2, 7)];
        double[] harm = [2.5, 10, 1, 99];
        var c = SpaceTimeCube.Build(2, cells, times, TimeStep.Month, new DateOnly(2021, 1, 1), new DateOnly(2021, 2, 28), harm);
        Assert.Equal([2.5, 10], c.Series(0));
        Assert.Equal([0, 1], c.Series(1));
        Assert.Equal(1, c.Dropped);
        Assert.Throws<ArgumentException>(() => SpaceTimeCube.Build(2, cells, times, TimeStep.Month, new DateOnly(2021, 1, 1), new DateOnly(2021, 2, 28), [1.0]));
        Assert.Throws<ArgumentException>(() => SpaceTimeCube.Build(2, cells, times, TimeStep.Month, new DateOnly(2021, 1, 1), new DateOnly(2021, 2, 28), [1, double.NaN, 1, 1]));
    }

    [Fact]
    public void Iso_weeks_start_on_monday_across_the_year_boundary()
    {
        // 2020-12-31 is a Thursday in ISO week 2020-W53 (Monday 2020-12-28); 2021-01-04 is Monday of 2021-W01.
        int[] cells = [0, 0, 0];
        DateTime[] times = [new(2020, 12, 31), new(2021, 1, 3), new(2021, 1, 4)];
        var c = SpaceTimeCube.Build(1, cells, times, TimeStep.Week, new DateOnly(2020, 12, 30), new DateOnly(2021, 1, 17));
        Assert.Equal([new DateOnly(2020, 12, 28), new DateOnly(2021, 1, 4), new DateOnly(2021, 1, 11)], c.StepStarts);
        Assert.Equal([2, 1, 0], c.Series(0));
    }

    [Fact]
    public void Monthly_and_yearly_steps()
    {
        int[] cells = [0, 0];
        DateTime[] times = [new(2021, 1, 15), new(2022, 2, 1)];
        var m = SpaceTimeCube.Build(1, cells, times, TimeStep.Month, new DateOnly(2021, 1, 1), new DateOnly(2022, 2, 28));
        Assert.Equal(14, m.Steps);
        Assert.Equal(1, m[0, 0]);
        Assert.Equal(1, m[0, 13]);
        var y = SpaceTimeCube.Build(1, cells, times, TimeStep.Year, new DateOnly(2021, 1, 1), new DateOnly(2025, 12, 31));
        Assert.Equal(5, y.Steps);
        Assert.Equal([1, 1, 0, 0, 0], y.Series(0));
    }
}
