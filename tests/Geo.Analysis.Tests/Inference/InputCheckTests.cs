using Geo.Analysis.Inference;
using Geo.Analysis.Tests.Statistics;
using Geo.Analysis.Weights;

namespace Geo.Analysis.Tests.Inference;

/// <summary>The one check before every statistic: one test per degenerate input.</summary>
public sealed class InputCheckTests
{
    /// <summary>21 points on a 7 × 3 lattice of 100 m.</summary>
    private static (double X, double Y)[] Lattice() => Enumerable.Range(0, 21).Select(i => (i % 7 * 100.0, i / 7 * 100.0)).ToArray();

    [Fact]
    public void All_values_equal_make_every_location_undefined_with_the_reason()
    {
        var values = Enumerable.Repeat(3.0, 21).ToArray();
        var r = InputCheck.Run(new StatisticInput("v of equal.csv", values) { Weights = DistanceWeights.KNearest(Lattice(), 4) });
        Assert.Empty(r.Errors);
        Assert.Equal(21, r.UndefinedCount);
        Assert.All(r.Undefined, u => Assert.Equal("zero variance: all 21 values equal 3", u));
        var problem = Assert.Single(r.Problems);
        Assert.Equal(InputSeverity.Undefined, problem.Severity);
        Assert.Contains("v of equal.csv: zero variance: all 21 values equal 3", problem.Message);
    }

    [Fact]
    public void Different_values_are_not_flagged()
    {
        var values = Enumerable.Range(0, 21).Select(i => 3.0 + (i == 20 ? 1e-9 : 0)).ToArray();
        var r = InputCheck.Run(new StatisticInput("v", values) { Weights = DistanceWeights.KNearest(Lattice(), 4) });
        Assert.Empty(r.Problems);
        Assert.Equal(0, r.UndefinedCount);
    }

    [Fact]
    public void An_empty_layer_is_an_error_that_says_it_has_no_rows()
    {
        var r = InputCheck.Run(new StatisticInput("empty.geojson", []));
        var e = Assert.Throws<StatisticInputException>(r.ThrowIfErrors);
        Assert.Equal("empty.geojson has no rows.", e.Message);
    }

    [Fact]
    public void Too_few_locations_and_non_finite_values_are_errors()
    {
        var few = InputCheck.Run(new StatisticInput("three.csv", [1.0, 2, 3]));
        Assert.Contains("has 3 locations; spatial statistics need at least 4", Assert.Single(few.Errors).Message);
        var nan = InputCheck.Run(new StatisticInput("nan.csv", [1.0, double.NaN, 3, double.PositiveInfinity, 5]));
        Assert.Contains("2 values are not finite numbers (ids 2, 4)", Assert.Single(nan.Errors).Message);
    }

    [Fact]
    public void A_too_short_band_names_the_islands_and_the_smallest_band_that_connects_everyone()
    {
        // Four points 100 m apart on a line and one 4,700 m beyond the last: a 150 m band leaves it alone.
        (double X, double Y)[] points = [(0, 0), (100, 0), (200, 0), (300, 0), (5000, 0)];
        var w = DistanceWeights.Band(points, 150);
        var r = InputCheck.Run(new StatisticInput("v of line.csv", [1.0, 2, 3, 4, 5])
        {
            Weights = w, Points = points, Band = 150, Ids = ["a", "b", "c", "d", "e"],
        });
        Assert.Empty(r.Errors);
        Assert.Equal(new string?[] { null, null, null, null, "no neighbours" }, r.Undefined);
        var message = Assert.Single(r.Notices).Message;
        Assert.Contains("no neighbours for 1 location: id e", message);
        Assert.Contains("the smallest band that gives every location a neighbour is 4700 m", message);
        Assert.Equal(4700, InputCheck.SmallestBand(points), 9);
        // With that band everyone has a neighbour (the band includes its end).
        Assert.Empty(InputCheck.Islands(DistanceWeights.Band(points, 4700)));
    }

    [Fact]
    public void A_global_statistic_only_warns_about_islands()
    {
        (double X, double Y)[] points = [(0, 0), (100, 0), (200, 0), (300, 0), (5000, 0)];
        var r = InputCheck.Run(new StatisticInput("v", [1.0, 2, 3, 4, 5]) { Weights = DistanceWeights.Band(points, 150), Local = false });
        Assert.Equal(InputSeverity.Warning, Assert.Single(r.Problems).Severity);
        Assert.Equal(0, r.UndefinedCount);
    }

    [Fact]
    public void Islands_are_found_with_or_without_self_weights()
    {
        var lists = new List<List<int>> { new() { 1 }, new() { 0 }, new(), new() { 4 }, new() { 3 } };
        Assert.Equal([2], InputCheck.Islands(TestWeights.Binary(lists)));
        Assert.Equal([2], InputCheck.Islands(TestWeights.Binary(TestWeights.WithSelf(lists))));
    }

    [Fact]
    public void No_location_with_a_neighbour_is_an_error()
    {
        (double X, double Y)[] points = [(0, 0), (1000, 0), (2000, 0), (3000, 0)];
        var r = InputCheck.Run(new StatisticInput("v of far.csv", [1.0, 2, 3, 4]) { Weights = DistanceWeights.Band(points, 10), Points = points, Band = 10 });
        var e = Assert.Throws<StatisticInputException>(r.ThrowIfErrors);
        Assert.Contains("no location of v of far.csv has a neighbour", e.Message);
        Assert.Contains("1000 m", e.Message);
    }

    [Fact]
    public void Duplicate_ids_are_found_with_both_positions()
    {
        Assert.Equal((2, 10), InputCheck.DuplicateIds(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "3", "3"]));
        Assert.Null(InputCheck.DuplicateIds(["1", "2", "03"]));
    }

    [Fact]
    public void Constant_series_and_same_place_are_named()
    {
        Assert.Equal("no events", InputCheck.ConstantSeries([0.0, 0, 0]));
        Assert.Equal("constant series: 2.5 in every step", InputCheck.ConstantSeries([2.5, 2.5, 2.5]));
        Assert.Null(InputCheck.ConstantSeries([0.0, 0, 1]));
        Assert.Equal("all 3 points are at the same place (6400000.123, 1500000.456)",
            InputCheck.SamePlace([6400000.123, 6400000.123, 6400000.123], [1500000.456, 1500000.456, 1500000.456]));
        Assert.Null(InputCheck.SamePlace([0.0, 0], [0.0, 0.001]));
    }
}
