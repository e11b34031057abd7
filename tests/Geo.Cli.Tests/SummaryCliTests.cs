using System.Text.Json;
using Geo.Core.Domain;
using Geo.Core.Taxonomy;
using Geo.Storage;
using Geo.Testing;

namespace Geo.Cli.Tests;

/// <summary>
/// <c>geo summary</c> on the committed sample municipality (data/sample, loaded with <c>geo import sample</c>): the Sources
/// table against the sample's CSV files read independently, <c>--lang en</c>, and <c>--json</c> with every enum as text.
/// </summary>
[Collection("postgis")]
public sealed class SummaryCliTests(PostGisFixture fixture) : CliDatabaseTest(fixture, "geo-summary-cli-")
{
    private static readonly string Sample = Path.Combine(RepoRoot.Path, "data", "sample");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var load = await Geo("import", "sample", Sample);
        Assert.True(load.Exit == 0, load.Err + load.Out);
    }

    /// <summary>The cells of the Sources table row of <paramref name="source"/> (columns are separated by two or more spaces).</summary>
    private static string[] SourceRow(string output, string source)
    {
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.StartsWith("Sources:", StringComparison.Ordinal));
        Assert.True(start >= 0, output);
        var row = lines.Skip(start).First(l => l.TrimStart().StartsWith(source + " ", StringComparison.Ordinal));
        return System.Text.RegularExpressions.Regex.Split(row.Trim(), " {2,}");
    }

    [Fact]
    public async Task Sources_table_shows_each_files_count_dates_and_precisions()
    {
        var summary = await Geo("summary", "--study-area", "9999");
        Assert.True(summary.Exit == 0, summary.Err);
        foreach (var (file, source) in new[] { ("incidents_police.csv", "polisen-sample"), ("incidents_municipal.csv", "kommun-felanmalan"), ("incidents_fieldwork.csv", "faltgruppen") })
        {
            var csv = TestCsv.Read(Path.Combine(Sample, file));
            int at = csv["occurred_at"], lp = csv["location_precision"], tp = csv["time_precision"], x = csv["x"];
            var dates = csv.Rows.Select(r => r[at][..10]).Order(StringComparer.Ordinal).ToList();
            var expected = new List<string> { source, $"{csv.Rows.Count:N0}", dates[0], dates[^1] };
            expected.AddRange(Codes.LocationPrecision.Codes.Select(code => $"{csv.Rows.Count(r => r[lp] == code):N0}"));
            expected.Add($"{csv.Rows.Count(r => r[x].Length == 0 || r[lp] == "withheld"):N0}");
            expected.Add(string.Join(" · ", Codes.TimePrecision.Codes.Where(code => csv.Rows.Any(r => r[tp] == code))
                .Select(code => $"{code} {csv.Rows.Count(r => r[tp] == code):N0}")));
            Assert.Equal(expected, SourceRow(summary.Out, source));
        }
        // The police reports of data/sample/README.md: 40,000 in 2021-2025, 1,502 without location (withheld).
        Assert.Equal(["polisen-sample", $"{40_000:N0}", "2021-01-01", "2025-12-31"], SourceRow(summary.Out, "polisen-sample")[..4]);
        Assert.Equal($"{1_502:N0}", SourceRow(summary.Out, "polisen-sample")[8]);
        Assert.Contains("Skadegörelse på egendom", summary.Out); // Swedish labels by default
    }

    [Fact]
    public async Task Lang_en_prints_the_english_labels()
    {
        var sv = await Geo("summary", "--study-area", "9999", "--lang", "sv");
        var en = await Geo("summary", "--study-area", "9999", "--lang", "en");
        Assert.True(en.Exit == 0, en.Err);
        Assert.Equal(sv.Out, (await Geo("summary", "--study-area", "9999")).Out);
        var json = await Geo("summary", "--study-area", "9999", "--json");
        using var doc = JsonDocument.Parse(json.Out);
        var categories = doc.RootElement.GetProperty("categories").EnumerateArray().ToList();
        Assert.NotEmpty(categories);
        foreach (var c in categories)
        {
            var taxonomy = CategoryTaxonomy.BuiltIn.Find(c.GetProperty("category").GetString()!)!;
            Assert.Equal((taxonomy.LabelSv, taxonomy.LabelEn), (c.GetProperty("labelSv").GetString(), c.GetProperty("labelEn").GetString()));
            Assert.Contains($"  {taxonomy.LabelEn}  ", en.Out);
            Assert.Contains($"  {taxonomy.LabelSv}  ", sv.Out);
            if (taxonomy.LabelEn != taxonomy.LabelSv) Assert.DoesNotContain($"  {taxonomy.LabelSv}  ", en.Out);
        }
        var bad = await Geo("summary", "--study-area", "9999", "--lang", "de");
        Assert.NotEqual(0, bad.Exit);
    }

    [Fact]
    public async Task Json_writes_enums_as_codes_never_numbers()
    {
        var summary = await Geo("summary", "--study-area", "9999", "--json");
        Assert.True(summary.Exit == 0, summary.Err);
        using var doc = JsonDocument.Parse(summary.Out);
        var root = doc.RootElement;
        Assert.Equal("Europe/Stockholm", root.GetProperty("studyArea").GetProperty("timeZone").GetString());
        var kinds = root.GetProperty("imports").EnumerateArray().Select(i => i.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["areas", "areas", "resources", "incidents", "incidents", "incidents"], kinds);
        var police = root.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("source").GetString() == "polisen-sample");
        Assert.Equal(Codes.LocationPrecision.Codes, police.GetProperty("byLocationPrecision").EnumerateObject().Select(p => p.Name));
        Assert.Equal(Codes.TimePrecision.Codes, police.GetProperty("byTimePrecision").EnumerateObject().Select(p => p.Name));
        Assert.Equal(1_502, police.GetProperty("byLocationPrecision").GetProperty("withheld").GetInt64());
        Assert.Equal(40_000, police.GetProperty("incidents").GetInt64());
        Assert.Equal("2021-01-01", police.GetProperty("firstDate").GetString());
        AssertNoEnumNumbers(root);

        // The other --json outputs that carry domain records.
        foreach (var args in new[] { new[] { "study-area", "list", "--json" }, ["db", "status", "--json"],
                     ["import", "incidents", Path.Combine(Sample, "incidents_fieldwork.csv"), "--study-area", "9999", "--source", "faltgruppen", "--json"],
                     ["import", "sample", Sample, "--json"] })
        {
            var r = await Geo(args);
            Assert.True(r.Exit == 0, string.Join(' ', args) + ": " + r.Err);
            using var d = JsonDocument.Parse(r.Out);
            AssertNoEnumNumbers(d.RootElement);
        }
    }

    /// <summary>Properties that hold an enum of Geo (kind, precisions, classes, …) are text, never numbers.</summary>
    private static void AssertNoEnumNumbers(JsonElement e, string path = "$")
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    if (IsEnumName(p.Name)) Assert.True(p.Value.ValueKind == JsonValueKind.String, $"{path}.{p.Name} is {p.Value.ValueKind}: {p.Value}");
                    AssertNoEnumNumbers(p.Value, $"{path}.{p.Name}");
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in e.EnumerateArray()) AssertNoEnumNumbers(item, $"{path}[{i++}]");
                break;
        }
    }

    private static bool IsEnumName(string property) =>
        property is "kind" or "setKind" or "timePrecision" or "locationPrecision" or "action" or "class";
}
