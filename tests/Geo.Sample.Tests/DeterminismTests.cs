namespace Geo.Sample.Tests;

/// <summary>The same seed gives the same bytes in every file; another seed gives other incidents.</summary>
public sealed class DeterminismTests
{
    private static Dictionary<string, byte[]> Generate(SampleOptions o)
    {
        var dir = Path.Combine(Path.GetTempPath(), "geo-sample-det-" + Guid.NewGuid().ToString("N"));
        try
        {
            var r = SampleGenerator.Generate(o, dir);
            return r.Files.ToDictionary(f => f.Name, f => File.ReadAllBytes(Path.Combine(dir, f.Name)));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Same_seed_gives_identical_files()
    {
        var a = Generate(new SampleOptions(Seed: 7, Years: 2, IncidentsPerYear: 3000));
        var b = Generate(new SampleOptions(Seed: 7, Years: 2, IncidentsPerYear: 3000));
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var (name, bytes) in a) Assert.True(bytes.AsSpan().SequenceEqual(b[name]), $"{name} differs between two runs with seed 7");
    }

    [Fact]
    public void The_callers_culture_does_not_change_the_bytes()
    {
        var a = Generate(new SampleOptions(Seed: 5, Years: 1, IncidentsPerYear: 1000));
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        Dictionary<string, byte[]> b;
        try
        {
            // Swedish (non-breaking space groups, comma decimals) and Arabic–Saudi (Um al-Qura calendar) formatting.
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("sv-SE");
            b = Generate(new SampleOptions(Seed: 5, Years: 1, IncidentsPerYear: 1000));
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            var c = Generate(new SampleOptions(Seed: 5, Years: 1, IncidentsPerYear: 1000));
            foreach (var (name, bytes) in a) Assert.True(bytes.AsSpan().SequenceEqual(c[name]), $"{name} differs under ar-SA");
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = saved; }
        foreach (var (name, bytes) in a) Assert.True(bytes.AsSpan().SequenceEqual(b[name]), $"{name} differs under sv-SE");
    }

    [Fact]
    public void Another_seed_gives_other_data()
    {
        var a = Generate(new SampleOptions(Seed: 7, Years: 2, IncidentsPerYear: 3000));
        var b = Generate(new SampleOptions(Seed: 8, Years: 2, IncidentsPerYear: 3000));
        foreach (var name in new[] { "incidents_police.csv", "incidents_municipal.csv", "incidents_fieldwork.csv", "areas_deso.geojson", "resources.geojson" })
            Assert.False(a[name].AsSpan().SequenceEqual(b[name]), $"{name} is the same for seeds 7 and 8");
        Assert.True(a["boundary.geojson"].AsSpan().SequenceEqual(b["boundary.geojson"]), "the Exempelkommun boundary is fixed");
    }

    [Fact]
    public void Invalid_options_are_refused_with_the_option_named()
    {
        var dir = Path.Combine(Path.GetTempPath(), "geo-sample-bad");
        Assert.Contains("--years", Assert.Throws<ArgumentException>(() => SampleGenerator.Generate(new SampleOptions(Years: 0), dir)).Message);
        Assert.Contains("--incidents-per-year", Assert.Throws<ArgumentException>(() => SampleGenerator.Generate(new SampleOptions(IncidentsPerYear: 5), dir)).Message);
        Assert.Contains("--code", Assert.Throws<ArgumentException>(() => SampleGenerator.Generate(new SampleOptions(BoundaryFile: "x.geojson"), dir)).Message);
        Assert.Contains("--boundary", Assert.Throws<ArgumentException>(() => SampleGenerator.Generate(new SampleOptions(Code: "2580"), dir)).Message);
        Assert.Contains("--population", Assert.Throws<ArgumentException>(() => SampleGenerator.Generate(new SampleOptions(PopulationFile: "t.geojson"), dir)).Message);
        Assert.Contains("not found", Assert.Throws<ArgumentException>(() => SampleGenerator.Generate(new SampleOptions(BoundaryFile: "/nonexistent.geojson", Code: "1"), dir)).Message);
        Assert.Contains("--out", Assert.Throws<ArgumentException>(() => SampleGenerator.Generate(new SampleOptions(), " ")).Message);
        Assert.False(Directory.Exists(dir));
    }
}
