using System.Globalization;
using System.Text.Json;

namespace Geo.Cli.Tests;

/// <summary><c>geo report</c> on the runs <see cref="AnalyzeCliTests"/> stores once for the class.</summary>
public sealed partial class AnalyzeCliTests
{
    [Fact]
    public async Task Report_writes_the_format_of_the_extension_announces_the_suppression_and_refuses_bad_options()
    {
        var id = _shared!.SwedishId.ToString(CultureInfo.InvariantCulture);
        var md = Path.Combine(_shared.Home, "out", "lagesbild.md");
        var r = await Geo("report", id, "--out", md);
        Assert.True(r.Exit == 0, r.Err + r.Out);
        Assert.Contains($"Rapport för körning {id} (md, 12 avsnitt, för coordinator) skriven till {md}", r.Out);
        Assert.Contains("tal från 1 till 4 visas som <5", r.Err);
        Assert.StartsWith("# Lägesbild", await File.ReadAllTextAsync(md));
        Assert.True(File.Exists(Path.Combine(_shared.Home, "out", "lagesbild_figures", "areas.svg")));

        var json = Path.Combine(_shared.Home, "out", "lagesbild.json");
        var en = await Geo("report", id, "--out", json, "--lang", "en", "--role", "analyst");
        Assert.True(en.Exit == 0, en.Err + en.Out);
        Assert.Contains("(json, 12 sections, for the analyst)", en.Out);
        Assert.DoesNotContain("<5", en.Err);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        Assert.Equal("geo-report/1", doc.RootElement.GetProperty("format").GetString());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("report").GetProperty("header").GetProperty("suppressBelow").ValueKind);

        AssertUsageError(await Geo("report", "987654321", "--out", md), "there is no run 987654321");
        AssertUsageError(await Geo("report", id, "--out", md, "--plan", "987654321"), "987654321");
        Assert.Equal(2, (await Geo("report", id, "--out", md, "--role", "mayor")).Exit);
        Assert.Equal(2, (await Geo("report", id, "--out", md, "--format", "docx")).Exit);
    }
}
