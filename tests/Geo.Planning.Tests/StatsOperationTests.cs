using System.Globalization;
using Geo.Analysis.Inference;
using Geo.Analysis.Weights;
using Geo.Planning.Stats;
using Geo.Testing;

namespace Geo.Planning.Tests;

/// <summary>The statistics operations as the CLI and the API call them: request records in, result records out.</summary>
public sealed class StatsOperationTests : IDisposable
{
    private static readonly StatsFiles Files = new();
    private readonly TempDir _dir = new();

    private static string Columbus => SharedData.Path("reference/columbus/columbus.geojson");
    private static string Gal => SharedData.Path("reference/columbus/columbus.gal");

    public void Dispose() => _dir.Dispose();

    [SharedDataFact]
    public void Moran_on_columbus_with_the_gal_file_matches_spdep_and_a_gwt_of_the_same_weights()
    {
        var gal = new MoranOperation(Files).Run(new MoranRequest(new LayerRequest(Columbus, "CRIME"), Gal, Permutations: 0));
        // spdep moran.test(CRIME, nb2listw(read.gal("columbus.gal"), style = "W")): I = 0.485770914, z = 5.342714.
        Assert.Equal(0.485770914, gal.Result.Statistic, 9);
        Assert.Equal(5.342714, gal.Result.Z, 6);

        // The same binary weights written as a GeoDa GWT file (1-based ids, one line per neighbour pair).
        GalResult read;
        using (var r = new StreamReader(Gal)) read = GalReader.Read(r, Gal);
        var gwt = Path.Combine(_dir.Path, "columbus.gwt");
        using (var w = new StreamWriter(gwt))
        {
            w.WriteLine($"0 {read.Weights.Count} columbus POLYID");
            for (var i = 0; i < read.Weights.Count; i++)
                foreach (var j in read.Weights.NeighboursOf(i).ToArray())
                    w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{read.Ids[i]} {read.Ids[j]} 1"));
        }
        var viaGwt = new MoranOperation(Files).Run(new MoranRequest(new LayerRequest(Columbus, "CRIME"), gwt, Permutations: 0));
        Assert.Equal(gal.Result.Statistic, viaGwt.Result.Statistic, 12);
        Assert.Contains("columbus.gwt", viaGwt.Weights);
    }

    [SharedDataFact]
    public void Lisa_with_few_permutations_warns_that_the_floor_is_above_the_corrected_threshold()
    {
        var r = new LocalStatisticsOperation(Files).Run(new LocalStatisticRequest(new LayerRequest(Columbus, "CRIME"), LocalStatistic.LocalMoran, Gal, Permutations: 99));
        Assert.Equal(PValueBasis.Permutation, r.Result.Basis);
        var warning = Assert.Single(r.Warnings);
        Assert.Contains("1/(99 + 1) = 0.01", warning);
        Assert.Contains("979 permutations", warning); // ceil(49 / 0.05) - 1
        Assert.Equal(49, r.Rows.Count);
        Assert.Contains(r.Notices, n => n.StartsWith("weights: columbus.gal", StringComparison.Ordinal));

        var star = new LocalStatisticsOperation(Files).Run(new LocalStatisticRequest(new LayerRequest(Columbus, "CRIME"), LocalStatistic.GetisOrdStar, Gal, Permutations: 99));
        Assert.Equal(PValueBasis.Analytic, star.Result.Basis);
        Assert.Empty(star.Warnings);
    }

    [Fact]
    public void Usage_errors_are_argument_errors_that_name_the_option()
    {
        var points = Path.Combine(_dir.Path, "points.csv");
        File.WriteAllText(points, "x,y\n0,0\n10,0\n0,10\n10,10\n5,5\n");
        var grid = Assert.Throws<ArgumentException>(() => new MoranOperation(Files).Run(new MoranRequest(new LayerRequest(points, IdField: "id", Grid: new GridRequest(5)))));
        Assert.Contains("--id-field", grid.Message);
        var field = Assert.Throws<ArgumentException>(() => new MoranOperation(Files).Run(new MoranRequest(new LayerRequest(points))));
        Assert.Contains("--field", field.Message);
        var alpha = Assert.Throws<ArgumentException>(() => new TrendOperation(Files).Run(new SpaceTimeRequest(points, "t", Significance: new Significance(1.5))));
        Assert.Contains("--alpha", alpha.Message);
        var perms = Assert.Throws<ArgumentException>(() => new LocalStatisticsOperation(Files).Run(
            new LocalStatisticRequest(new LayerRequest(points, "x"), LocalStatistic.LocalMoran, Permutations: 0, PFrom: PValueBasis.Permutation)));
        Assert.Contains("--p-from permutation", perms.Message);
    }
}
