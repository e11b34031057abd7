using System.Globalization;
using Geo.Analysis.Density;
using Geo.Planning.Stats;
using Geo.Testing;

namespace Geo.Planning.Tests;

/// <summary>concentration, change and dual-kde as the CLI and the API call them, against planted ground truth.</summary>
public sealed class StatsNewOperationsTests : IDisposable
{
    private static readonly StatsFiles Files = new();
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Places(string name, IReadOnlyList<double> counts)
    {
        var lines = new List<string> { "x,y,code,n" };
        for (var i = 0; i < counts.Count; i++) lines.Add(FormattableString.Invariant($"{i % 10 * 100},{i / 10 * 100},P{i:00},{counts[i]}"));
        return _dir.File(name, string.Join('\n', lines) + "\n");
    }

    /// <summary>Gini as the mean absolute difference over twice the mean (Σᵢ Σⱼ |xᵢ − xⱼ| / (2N²·mean)): independent of the library's sorted form.</summary>
    private static double PairwiseGini(IReadOnlyList<double> x)
    {
        double sum = 0, mean = x.Average();
        foreach (var a in x) foreach (var b in x) sum += Math.Abs(a - b);
        return sum / (2.0 * x.Count * x.Count * mean);
    }

    [Fact]
    public void Concentration_of_planted_counts_gives_the_top_shares_ranks_and_gini()
    {
        // 20 places: one holds 100 events, ten hold 10, nine none. 200 events.
        double[] counts = [10, 0, 10, 100, 0, 10, 10, 0, 10, 0, 10, 0, 10, 0, 10, 10, 0, 0, 10, 0];
        var r = new ConcentrationOperation(Files).Run(new ConcentrationRequest(new LayerRequest(Places("p.csv", counts), "n", "code")));
        var m = r.Measures;
        Assert.Equal(20, m.Units);
        Assert.Equal(200, m.Total);
        Assert.Equal((1, 0.5), (m.Top1PercentUnits, m.Top1PercentShare));   // ceil(0.2) = 1 place: the 100
        Assert.Equal((1, 0.5), (m.Top5PercentUnits, m.Top5PercentShare));   // ceil(1.0) = 1
        Assert.Equal((2, 0.55), (m.Top10PercentUnits, m.Top10PercentShare)); // ceil(2.0) = 2: 100 + 10
        Assert.Equal(PairwiseGini(counts), m.Gini, 12);
        Assert.Equal(m.Gini, m.GeneralizedGini, 12); // more events than places
        Assert.Equal(1, r.Rank[3]);
        Assert.Equal(["P03", 100.0, 1, 0.5, 0.5, "1%"], r.Row(3));
        Assert.Equal(["P00", 10.0, 2, 0.05, 0.55, "10%"], r.Row(0)); // ties in place order
        Assert.Equal("", r.Row(19)[5]);
        Assert.Equal(1.0, (double)r.Row(Array.IndexOf(r.Rank, 20))[4]!, 12);
    }

    [Fact]
    public void Concentration_of_fewer_events_than_places_announces_the_generalised_gini_which_is_0_for_the_most_even_spread()
    {
        // 3 events over 10 places, one each: the most even spread possible (Bernasco & Steenbeek 2017): G = 1 − n/N, G′ = 0.
        double[] counts = [0, 1, 0, 0, 1, 0, 0, 1, 0, 0];
        var r = new ConcentrationOperation(Files).Run(new ConcentrationRequest(new LayerRequest(Places("few.csv", counts), "n")));
        Assert.Equal(0.7, r.Measures.Gini, 12);
        Assert.Equal(0, r.Measures.GeneralizedGini, 12);
        Assert.Contains(r.Notices, n => n.Contains("generalised Gini", StringComparison.Ordinal) && n.Contains("cannot fall below 0.7", StringComparison.Ordinal));
        var e = Assert.Throws<ArgumentException>(() => new ConcentrationOperation(Files).Run(new ConcentrationRequest(new LayerRequest(Places("zero.csv", new double[10]), "n"))));
        Assert.Contains("sums to 0", e.Message, StringComparison.Ordinal);
    }

    /// <summary>600 uniform events in 2023 and in 2024 over 2 × 2 km, plus 400 in 2024 inside the 2 × 2 cells of 250 m in [1000, 1500]².</summary>
    private string ChangeEvents(bool plant = true)
    {
        var rng = new Random(2024);
        var lines = new List<string> { "x,y,when" };
        foreach (var year in new[] { 2023, 2024 })
            for (var i = 0; i < 600; i++)
                lines.Add(FormattableString.Invariant($"{rng.NextDouble() * 2000:F1},{rng.NextDouble() * 2000:F1},{new DateOnly(year, 1, 1).AddDays(rng.Next(365)):yyyy-MM-dd}"));
        if (plant)
            for (var i = 0; i < 400; i++)
                lines.Add(FormattableString.Invariant($"{1000 + rng.NextDouble() * 500:F1},{1000 + rng.NextDouble() * 500:F1},{new DateOnly(2024, 1, 1).AddDays(rng.Next(365)):yyyy-MM-dd}"));
        // The corners fix the grid's extent to [0, 2000]².
        lines.Add("0.1,0.1,2023-06-01"); lines.Add("1999.9,1999.9,2023-06-01"); lines.Add("0.1,1999.9,2024-06-01"); lines.Add("1999.9,0.1,2024-06-01");
        return _dir.File("events.csv", string.Join('\n', lines) + "\n");
    }

    private static ChangeRequest Years(string input) => new(input, "when", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31),
        new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), Grid: new GridRequest(250));

    [Fact]
    public void Change_finds_the_planted_increase_as_a_new_hot_spot_and_nothing_else()
    {
        var r = new ChangeOperation(Files).Run(Years(ChangeEvents()));
        Assert.Empty(r.Warnings); // 365 and 366 days: equal within 1 %
        int[] planted = [r.Grid.Grid.Locate(1125, 1125), r.Grid.Grid.Locate(1375, 1125), r.Grid.Grid.Locate(1125, 1375), r.Grid.Grid.Locate(1375, 1375)];
        foreach (var cell in planted)
        {
            Assert.True(r.After[cell] >= 70 && r.Before[cell] < 30, $"{r.Before[cell]} -> {r.After[cell]}");
            Assert.Equal(1, r.Counts.Direction(cell));
            Assert.Equal("new-hot-spot", StatsNames.Of(r.Change.Class[cell]));
            Assert.Equal("increase", r.Row(cell)[13]);
        }
        // No other cell's count changed significantly: the background is the same uniform intensity in both years.
        for (var i = 0; i < r.Grid.Grid.Count; i++)
            if (!planted.Contains(i)) Assert.Equal(0, r.Counts.Direction(i));
        Assert.Equal(1200 + 400 + 4, r.Before.Sum() + r.After.Sum());

        var none = new ChangeOperation(Files).Run(Years(ChangeEvents(plant: false)));
        Assert.All(Enumerable.Range(0, none.Grid.Grid.Count), i => Assert.Equal(0, none.Counts.Direction(i)));
    }

    [Fact]
    public void Change_refuses_overlapping_periods_and_warns_about_unequal_ones()
    {
        var input = ChangeEvents();
        var e = Assert.Throws<ArgumentException>(() => new ChangeOperation(Files).Run(Years(input) with { CompareTo = new DateOnly(2024, 2, 1) }));
        Assert.Contains("overlap", e.Message, StringComparison.Ordinal);
        var r = new ChangeOperation(Files).Run(Years(input) with { CompareFrom = new DateOnly(2023, 7, 1) });
        Assert.Contains(r.Warnings, w => w.Contains("equal exposure", StringComparison.Ordinal));
        e = Assert.Throws<ArgumentException>(() => new ChangeOperation(Files).Run(new ChangeRequest(input, "when", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31))));
        Assert.Contains("--compare-from", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Change_between_two_files_equals_the_split_of_one()
    {
        var input = ChangeEvents();
        var rows = File.ReadAllLines(input);
        var before = _dir.File("before.csv", string.Join('\n', rows.Where((l, i) => i == 0 || l.Contains(",2023-", StringComparison.Ordinal))) + "\n");
        var after = _dir.File("after.csv", string.Join('\n', rows.Where((l, i) => i == 0 || l.Contains(",2024-", StringComparison.Ordinal))) + "\n");
        var split = new ChangeOperation(Files).Run(Years(input));
        var files = new ChangeOperation(Files).Run(new ChangeRequest(after, CompareInput: before, Grid: new GridRequest(250)));
        Assert.Equal(split.Before, files.Before);
        Assert.Equal(split.After, files.After);
        Assert.Equal(split.Counts.PAdjusted, files.Counts.PAdjusted);
    }

    /// <summary>Population on a 40 × 40 lattice (100..499 residents); the events are the same points weighted by a planted rate.</summary>
    private (string Incidents, string Population) DualFiles(Func<double, double, double> ratePerResident)
    {
        var pop = new List<string> { "x,y,residents" };
        var inc = new List<string> { "x,y,weight" };
        for (var r = 0; r < 40; r++)
            for (var c = 0; c < 40; c++)
            {
                double x = 50 + c * 100, y = 50 + r * 100, n = 100 + (r * 40 + c) * 7 % 400;
                pop.Add(FormattableString.Invariant($"{x},{y},{n}"));
                inc.Add(FormattableString.Invariant($"{x},{y},{n * ratePerResident(x, y)}"));
            }
        return (_dir.File("incidents.csv", string.Join('\n', inc) + "\n"), _dir.File("population.csv", string.Join('\n', pop) + "\n"));
    }

    [Fact]
    public void Dual_kde_of_events_proportional_to_residents_is_that_rate_in_every_cell()
    {
        var (incidents, population) = DualFiles((_, _) => 0.002);
        var r = new DualKdeOperation(Files, new KdeOperation(Files)).Run(new DualKdeRequest(
            new KdeRequest(incidents, "weight", Kernel.Quartic, 300, 100), population, "residents"));
        var rated = r.Incidents.Summary.Cells.Where(i => double.IsFinite(r.Rate[i])).ToList();
        Assert.True(rated.Count > 1000, $"{rated.Count} cells with a rate");
        Assert.All(rated, i => Assert.Equal(2.0, r.Rate[i], 1e-9)); // 0.002 events per resident = 2 per 1,000
        Assert.Equal(r.Incidents.Summary.Cells.Length - rated.Count, r.WithoutRate);
        Assert.True(r.WithoutRate > 0); // the margin of one bandwidth around the lattice has next to no residents
        Assert.Equal(Enumerable.Range(0, 1600).Sum(k => 100 + k * 7 % 400), r.Residents);
        Assert.Equal("per_1000_residents", r.RateName);
    }

    [Fact]
    public void Dual_kde_puts_the_highest_rate_in_the_planted_high_rate_square_not_where_most_residents_live()
    {
        var (incidents, population) = DualFiles((x, y) => x is > 1000 and < 1600 && y is > 2500 and < 3100 ? 0.02 : 0.002);
        var r = new DualKdeOperation(Files, new KdeOperation(Files)).Run(new DualKdeRequest(
            new KdeRequest(incidents, "weight", Kernel.Quartic, 300, 100), population, "residents", Per: 1000));
        var g = r.Incidents.Grid;
        var top = r.Incidents.Summary.Cells.Where(i => double.IsFinite(r.Rate[i])).MaxBy(i => r.Rate[i]);
        double x = g.CentreX(top % g.Columns), y = g.CentreY(top / g.Columns);
        Assert.True(x is > 1000 and < 1600 && y is > 2500 and < 3100, $"highest rate at ({x}, {y})");
        Assert.Equal(20, r.Rate[top], 1e-6); // the middle of the square is 300 m from its edges: one bandwidth, pure rate
    }
}
