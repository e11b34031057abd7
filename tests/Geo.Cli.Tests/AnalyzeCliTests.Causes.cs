using System.Globalization;
using System.Text.Json;

namespace Geo.Cli.Tests;

/// <summary><c>geo causes</c> on the runs <see cref="AnalyzeCliTests"/> stores once for the class.</summary>
public sealed partial class AnalyzeCliTests
{
    [Fact]
    public async Task Causes_prints_the_triangle_facts_and_the_hypotheses_of_the_top_problems_in_Swedish_and_English_and_as_JSON()
    {
        var id = _shared!.SwedishId.ToString(CultureInfo.InvariantCulture);
        var sv = await Geo("causes", id, "--top", "2");
        Assert.True(sv.Exit == 0, sv.Err + sv.Out);
        Assert.Contains($"Orsaksanalys för körning {id}: 4 problem (fakta, inte bevisade orsaker).", sv.Out);
        Assert.Contains("Rang 1 (område)", sv.Out);
        Assert.Contains("Rang 1 (hot spot)", sv.Out);
        Assert.Contains("Fakta längs brottstriangeln:", sv.Out);
        Assert.Contains("Gärningsperson", sv.Out);
        Assert.Contains("Hypoteser (", sv.Out);
        Assert.Contains("Det underlaget inte kan säga:", sv.Out);
        Assert.Contains("Nattklubb Midnattssol", sv.Out);

        var en = await Geo("causes", id, "--top", "1", "--lang", "en");
        Assert.True(en.Exit == 0, en.Err + en.Out);
        Assert.Contains($"Cause-analysis facts of run {id}: 2 problems", en.Out);
        Assert.Contains("Facts along the crime triangle:", en.Out);
        Assert.Contains("Offender", en.Out);
        Assert.Contains("night_economy", en.Out);

        var json = await Geo("causes", id, "--top", "1", "--json");
        Assert.True(json.Exit == 0, json.Err + json.Out);
        using var doc = JsonDocument.Parse(json.Out);
        var problems = doc.RootElement.GetProperty("problems");
        Assert.Equal(2, problems.GetArrayLength());
        Assert.Equal("area", problems[0].GetProperty("targetKind").GetString());
        Assert.Equal("hotspot", problems[1].GetProperty("targetKind").GetString());
        var hypothesis = problems[1].GetProperty("hypotheses")[0];
        Assert.False(string.IsNullOrEmpty(hypothesis.GetProperty("text").GetProperty("sv").GetString()));
        Assert.False(string.IsNullOrEmpty(hypothesis.GetProperty("text").GetProperty("en").GetString()));
        Assert.Equal(JsonValueKind.Null, problems[1].GetProperty("geometry").ValueKind);

        AssertUsageError(await Geo("causes", "987654321"), "there is no run 987654321");
        AssertUsageError(await Geo("causes", id, "--top", "0"), "--top");
    }
}
