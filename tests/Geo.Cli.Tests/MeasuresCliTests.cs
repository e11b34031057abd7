using System.Text.Json;
using System.Text.Json.Nodes;
using Geo.Testing;

namespace Geo.Cli.Tests;

/// <summary><c>geo measures list|check</c>: no database involved.</summary>
public sealed class MeasuresCliTests : IDisposable
{
    private static string DataFile => Path.Combine(RepoRoot.Path, "data", "measures", "measures.json");

    private readonly string _home = Directory.CreateTempSubdirectory("geo-measures-cli-").FullName;

    public void Dispose() => Directory.Delete(_home, true);

    private Task<(int Exit, string Out, string Err)> Geo(params string[] args) => CliRun.RunAsync("", _home, args);

    [Fact]
    public async Task List_prints_the_catalogue_in_swedish_and_english()
    {
        var sv = await Geo("measures", "list", "--kind", "situational", "--group", "violence");
        Assert.True(sv.Exit == 0, sv.Err);
        Assert.Contains("Förbättrad belysning", sv.Out);
        Assert.Contains("teknik", sv.Out);
        Assert.DoesNotContain("SOC-", sv.Out);

        var en = await Geo("measures", "list", "--lang", "en", "--kind", "social");
        Assert.True(en.Exit == 0, en.Err);
        Assert.Contains("Field work at the hours of the problem", en.Out);
        Assert.DoesNotContain("SIT-", en.Out);

        var json = await Geo("measures", "list", "--group", "drugs", "--json");
        Assert.True(json.Exit == 0, json.Err);
        using var doc = JsonDocument.Parse(json.Out);
        var measures = doc.RootElement.GetProperty("measures").EnumerateArray().ToList();
        Assert.NotEmpty(measures);
        Assert.All(measures, m => Assert.Contains("drugs", m.GetProperty("groups").EnumerateArray().Select(g => g.GetString())));

        var typo = await Geo("measures", "list", "--group", "violense");
        Assert.Equal(2, typo.Exit);
        Assert.Contains("'violence'", typo.Err);
    }

    [Fact]
    public async Task Check_exits_0_on_the_shipped_file_1_on_a_broken_copy_and_2_on_a_missing_file()
    {
        var ok = await Geo("measures", "check", DataFile);
        Assert.True(ok.Exit == 0, ok.Err);
        Assert.Matches(@"^\d+ measures, \d+ situational, \d+ social, every field valid\s*$", ok.Out);

        var root = JsonNode.Parse(File.ReadAllText(DataFile))!;
        var measures = root["measures"]!.AsArray();
        var first = measures[0]!["id"]!.GetValue<string>();
        measures[0]!["groups"] = new JsonArray("vandalsim");
        measures[1]!["horizon"] = "medium";
        measures[2]!["evidence"]![0]!["source"] = "nobody_2099";
        var broken = Path.Combine(_home, "broken.json");
        File.WriteAllText(broken, root.ToJsonString());

        var bad = await Geo("measures", "check", broken);
        Assert.Equal(1, bad.Exit);
        Assert.Contains("3 problem(s)", bad.Err);
        Assert.Contains($"{broken}: measure {first} (#1), field 'groups': 'vandalsim'", bad.Err);
        Assert.Contains("did you mean 'vandalism'", bad.Err);
        Assert.Contains("field 'horizon': 'medium'", bad.Err);
        Assert.Contains("field 'evidence[1].source': 'nobody_2099' is not in the file's sources list", bad.Err);

        var badJson = await Geo("measures", "check", broken, "--json");
        Assert.Equal(1, badJson.Exit);
        using var doc = JsonDocument.Parse(badJson.Out);
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(3, doc.RootElement.GetProperty("problems").GetArrayLength());

        var missing = await Geo("measures", "check", Path.Combine(_home, "nope.json"));
        Assert.Equal(2, missing.Exit);
        Assert.Contains("does not exist", missing.Err);
    }
}
