namespace Geo.Sample.Tests;

/// <summary>Volumes, category mix, time profiles and near-repeat chains of the default sample.</summary>
public sealed class IncidentTests(SampleFixture sample) : IClassFixture<SampleFixture>
{
    private List<CsvIncident> Police => CsvIncident.Read(sample.File("incidents_police.csv"));

    [Fact]
    public void Volumes_are_as_requested()
    {
        var r = sample.Result;
        Assert.Equal(5 * 8000, r.IncidentsByFile["incidents_police.csv"]);
        Assert.Equal(5 * 2000, r.IncidentsByFile["incidents_municipal.csv"]);
        Assert.Equal(5 * 800, r.IncidentsByFile["incidents_fieldwork.csv"]);
        // Per calendar year within 1% (near-repeat followers may cross New Year).
        foreach (var g in Police.GroupBy(i => i.Local.Year))
            Assert.InRange(g.Count(), 8000 * 0.99, 8000 * 1.01);
        Assert.Equal(2021, Police.Min(i => i.Local.Year));
        Assert.Equal(2025, Police.Max(i => i.Local.Year));
        Assert.Equal(r.IncidentsByFile.Values.Sum(), r.IncidentsByGroup.Values.Sum());
        Assert.True(CsvIncident.Read(sample.File("incidents_fieldwork.csv")).All(i => i.Category.StartsWith("observation.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Category_mix_is_realistic()
    {
        var police = Police;
        double Share(string prefix) => police.Count(i => i.Category.StartsWith(prefix, StringComparison.Ordinal)) / (double)police.Count;
        Assert.InRange(Share("theft."), 0.25, 0.40);
        Assert.InRange(Share("violence."), 0.18, 0.30);
        Assert.InRange(Share("vandalism."), 0.08, 0.16);
        Assert.InRange(Share("burglary.residential"), 0.04, 0.08);
        var withheld = police.Count(i => i.LocationPrecision == "withheld") / (double)police.Count;
        Assert.InRange(withheld, 0.025, 0.05);
        Assert.All(police.Where(i => i.LocationPrecision == "withheld"), i => Assert.Null(i.X));
        Assert.InRange(police.Count(i => i.LocationPrecision == "address") / (double)police.Count, 0.1, 0.3);
        Assert.Contains(police, i => i.LocationPrecision == "area_centroid");
    }

    [Fact]
    public void Violence_peaks_on_weekend_nights()
    {
        static bool WeekendNight(DateTime t) =>
            (t.DayOfWeek == DayOfWeek.Friday && t.Hour >= 22) || (t.DayOfWeek == DayOfWeek.Saturday && (t.Hour >= 22 || t.Hour < 4)) || (t.DayOfWeek == DayOfWeek.Sunday && t.Hour < 4);
        var assaults = Police.Where(i => i.Category == "violence.assault" && i.TimePrecision == "minute").ToList();
        var share = assaults.Count(i => WeekendNight(i.Local)) / (double)assaults.Count;
        Assert.True(share > 3 * 12.0 / 168, $"weekend-night share of assaults {share:P1}, uniform {12.0 / 168:P1}");
        var summer = assaults.Count(i => i.Local.Month is 6 or 7 or 8);
        var winter = assaults.Count(i => i.Local.Month is 12 or 1 or 2);
        Assert.True(summer > 1.2 * winter, $"summer {summer}, winter {winter}");
    }

    [Fact]
    public void Residential_burglary_is_mostly_daytime_and_vandalism_evening()
    {
        var burglary = Police.Where(i => i.Category == "burglary.residential" && i.TimePrecision == "minute").ToList();
        Assert.True(burglary.Count(i => i.Local.Hour is >= 7 and < 18) > 0.65 * burglary.Count);
        var vandalism = CsvIncident.Read(sample.File("incidents_municipal.csv")).Where(i => i.Category.StartsWith("vandalism.", StringComparison.Ordinal) && i.TimePrecision == "minute").ToList();
        Assert.True(vandalism.Count(i => i.Local.Hour is >= 17 or < 1) > 0.5 * vandalism.Count);
        Assert.Contains(Police, i => i.TimePrecision == "day");
    }

    [Fact]
    public void Burglary_near_repeats_exceed_chance()
    {
        // Knox test: pairs close in space (200 m) and time (14 days) against the same events with shuffled dates.
        var b = Police.Where(i => i.Category == "burglary.residential" && i.X is not null && i.LocationPrecision != "area_centroid").ToList();
        var xs = b.Select(i => i.X!.Value).ToArray();
        var ys = b.Select(i => i.Y!.Value).ToArray();
        var days = b.Select(i => i.Local.Date.Subtract(new DateTime(2021, 1, 1)).TotalDays).ToArray();
        long Pairs(double[] d)
        {
            long n = 0;
            for (var i = 0; i < xs.Length; i++)
                for (var j = i + 1; j < xs.Length; j++)
                {
                    var dx = xs[i] - xs[j]; var dy = ys[i] - ys[j];
                    if (dx * dx + dy * dy <= 205 * 205 && Math.Abs(d[i] - d[j]) <= 14) n++;
                }
            return n;
        }
        var observed = Pairs(days);
        var rng = new Random(1);
        double chance = 0;
        for (var k = 0; k < 5; k++) { var s = days.ToArray(); rng.Shuffle(s); chance += Pairs(s) / 5.0; }
        Assert.True(observed > 2 * chance + 20, $"near-repeat pairs {observed}, by chance {chance:F0}");
    }
}
