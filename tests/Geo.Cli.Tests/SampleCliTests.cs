using System.Text.Json;
using Geo.Sample;
using Geo.Storage;
using Geo.Testing;

namespace Geo.Cli.Tests;

/// <summary>The whole sample municipality, generated and loaded through the real geo command.</summary>
[Collection("postgis")]
public sealed class SampleCliTests(PostGisFixture fixture) : CliDatabaseTest(fixture, "geo-sample-cli-")
{
    [Fact]
    public async Task GeneratedSampleLoadsWithNoRejectsButTheWithheldLocations()
    {
        var dir = Path.Combine(Home, "sample");
        var gen = await Geo("sample", "generate", "--out", dir, "--seed", "7", "--years", "2", "--incidents-per-year", "3000");
        Assert.True(gen.Exit == 0, gen.Err);
        Assert.Contains("in its window (Friday and Saturday nights 22–04", gen.Out);
        Assert.Contains("planted coverage gap at H2: youth_centre-", gen.Out);

        var load = await Geo("import", "sample", dir, "--json");
        Assert.True(load.Exit == 0, load.Err + load.Out);
        using var json = JsonDocument.Parse(load.Out);
        var imports = json.RootElement.GetProperty("imports").EnumerateArray().ToList();
        Assert.Contains(imports, i => i.GetProperty("kind").GetString() == "areas");
        Assert.Contains(imports, i => i.GetProperty("kind").GetString() == "resources");
        long withheld = 0;
        foreach (var i in imports)
        {
            var r = i.GetProperty("result");
            Assert.Equal(0, r.GetProperty("rejected").GetInt64());
            Assert.Equal(r.GetProperty("read").GetInt64(), r.GetProperty("loaded").GetInt64());
            withheld += r.GetProperty("withoutLocation").GetInt64();
        }
        Assert.True(withheld > 0, "the sample plants withheld locations, reported as without location");

        // The committed demo sample is the default output: the same manifest format loads it.
        var again = await Geo("import", "sample", dir, "--json");
        using var json2 = JsonDocument.Parse(again.Out);
        Assert.All(json2.RootElement.GetProperty("imports").EnumerateArray(),
            i => Assert.Equal(0, i.GetProperty("result").GetProperty("new").GetInt64()));

        var summary = await Geo("summary", "--study-area", "9999");
        Assert.Equal(0, summary.Exit);
        Assert.Contains("Exempelkommun", summary.Out);
        Assert.Contains("deso", summary.Out);
        Assert.Contains("youth_centre", summary.Out);
        AssertAlignedTable(summary.Out, "Incidents:", "Sources:", "Fylleri och omhändertagande enligt LOB");
        AssertAlignedTable(summary.Out, "Area sets:", "Imports:", "districts");
    }

    /// <summary>
    /// The table between two headings is aligned: every line has the same width, the right-aligned last column (a count)
    /// ends in the same place on every row, and the longest label is printed whole.
    /// </summary>
    private static void AssertAlignedTable(string output, string from, string to, string longest)
    {
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.StartsWith(from, StringComparison.Ordinal));
        var end = lines.FindIndex(start + 1, l => l.StartsWith(to, StringComparison.Ordinal));
        Assert.True(start >= 0 && end > start, $"no table between '{from}' and '{to}' in:\n{output}");
        var table = lines.Skip(start + 1).Take(end - start - 1).Where(l => l.Trim().Length > 0).ToList();
        Assert.True(table.Count >= 3, string.Join("\n", table));
        Assert.Single(table.Select(l => l.Length).Distinct());
        var rows = table.Where(l => !l.TrimStart().StartsWith('─') && char.IsDigit(l.TrimEnd()[^1])).ToList();
        Assert.NotEmpty(rows);
        Assert.Single(rows.Select(l => l.TrimEnd().Length).Distinct());
        Assert.Contains(table, l => l.Contains(longest, StringComparison.Ordinal));
    }

    [Fact]
    public void CommittedDemoSampleMatchesTheGenerator()
    {
        // data/sample is the default output; regenerate and compare bytes so the two never drift apart.
        var committed = Path.Combine(RepoRoot.Path, "data", "sample");
        var fresh = Path.Combine(Home, "fresh");
        SampleGenerator.Generate(new SampleOptions(), fresh);
        foreach (var file in Directory.GetFiles(fresh).Select(Path.GetFileName))
            Assert.True(File.ReadAllBytes(Path.Combine(committed, file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(fresh, file!))),
                $"data/sample/{file} differs from the generator's default output: regenerate with ./geo sample generate --out data/sample");
    }
}
