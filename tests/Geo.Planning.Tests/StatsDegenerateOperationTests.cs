using System.Globalization;
using Geo.Analysis.Inference;
using Geo.Planning.Stats;
using Geo.Testing;

namespace Geo.Planning.Tests;

/// <summary>The shared input check as the operations run it (the API calls the same operations): data errors and undefined rows.</summary>
public sealed class StatsDegenerateOperationTests : IDisposable
{
    private static readonly StatsFiles Files = new();
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Lattice(Func<int, string> value)
    {
        var path = Path.Combine(_dir.Path, "lattice.csv");
        File.WriteAllLines(path, new[] { "id,x,y,v" }.Concat(Enumerable.Range(0, 21).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"{i + 1},{i % 7 * 100},{i / 7 * 100},{value(i)}"))));
        return path;
    }

    [Fact]
    public void Equal_values_give_undefined_rows_and_a_warning_not_classes()
    {
        var csv = Lattice(_ => "3");
        var r = new LocalStatisticsOperation(Files).Run(new LocalStatisticRequest(new LayerRequest(csv, "v"), LocalStatistic.GetisOrdStar, "knn:4"));
        Assert.All(r.Rows, row => Assert.Equal(("", "zero variance: all 21 values equal 3"), (row.Class, row.Reason)));
        Assert.All(r.Rows, row => Assert.Null(row.P));
        Assert.Contains(r.Warnings, w => w.Contains("zero variance: all 21 values equal 3", StringComparison.Ordinal));
        var moran = new MoranOperation(Files).Run(new MoranRequest(new LayerRequest(csv, "v"), "knn:4"));
        Assert.Equal("zero variance: all 21 values equal 3", moran.Result.Undefined);
    }

    [Fact]
    public void Data_errors_are_statistic_input_exceptions_not_usage_errors()
    {
        var dup = Path.Combine(_dir.Path, "dup.csv");
        File.WriteAllText(dup, "id,x,y,v\n1,0,0,1\n2,100,0,2\n1,0,100,3\n4,100,100,4\n5,200,200,5\n");
        var e = Assert.Throws<StatisticInputException>(() =>
            new MoranOperation(Files).Run(new MoranRequest(new LayerRequest(dup, "v", "id"), "knn:2")));
        Assert.Contains("has the value \"1\" on row 1 and on row 3", e.Message);

        var empty = Path.Combine(_dir.Path, "empty.geojson");
        File.WriteAllText(empty, "{\"type\":\"FeatureCollection\",\"features\":[]}");
        e = Assert.Throws<StatisticInputException>(() => new MoranOperation(Files).Run(new MoranRequest(new LayerRequest(empty, "v"))));
        Assert.Contains("empty.geojson has no rows", e.Message);

        var same = Path.Combine(_dir.Path, "same.csv");
        File.WriteAllText(same, "x,y\n" + string.Concat(Enumerable.Repeat("500000,6500000\n", 5)));
        e = Assert.Throws<StatisticInputException>(() => new KdeOperation(Files).Run(new KdeRequest(same)));
        Assert.Contains("all 5 points are at the same place", e.Message);
        Assert.Contains("--bandwidth M", e.Message);
    }
}
