using System.Globalization;
using System.Text;
using System.Text.Json;
using Geo.Planning.Plans;
using Geo.Reporting.Plans;
using Geo.Testing;

namespace Geo.Reporting.Tests.Plans;

/// <summary>The JSON plan file (<c>geo-plan/1</c>) reads back with System.Text.Json to the records' values.</summary>
public sealed class PlanJsonFileTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static async Task<string> Write(Plan plan, PlanFollowUp? followUp)
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "plan.json");
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("sv-SE"); // numbers must stay invariant
        try { await new PlanFileWriter().WriteAsync(plan, followUp, path); }
        finally { CultureInfo.CurrentCulture = culture; }
        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]); // no byte-order mark
        return Encoding.UTF8.GetString(bytes);
    }

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task ThePlanReadsBackAsTheSameRecord(string lang)
    {
        var plan = lang == "sv" ? PlanSamples.Swedish() : PlanSamples.English();
        var json = await Write(plan, null);

        var back = JsonSerializer.Deserialize<Plan>(json, Web)!;
        var none = Array.Empty<PlanRow>();
        Assert.Equal(plan with { Rows = none }, back with { Rows = none });
        Assert.Equal(plan.Rows.Count, back.Rows.Count);
        for (var k = 0; k < plan.Rows.Count; k++)
        {
            var (a, b) = (plan.Rows[k], back.Rows[k]);
            Assert.Equal(a.Actors, b.Actors);
            Assert.Equal(a, b with { Actors = a.Actors }); // every other field, the indicator and its window included
        }
    }

    [Fact]
    public async Task TheShapeIsCamelCaseWithIsoDatesInvariantNumbersAndLettersAsTheyAre()
    {
        var plan = PlanSamples.Swedish();
        var json = await Write(plan, null);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("geo-plan/1", root.GetProperty("format").GetString());
        Assert.Equal(PlanFileWriter.GeoVersion, root.GetProperty("geoVersion").GetString());
        Assert.Equal("2027-11-30", root.GetProperty("reviewDate").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("followUp").ValueKind);
        Assert.StartsWith("Orsakerna är hypoteser", root.GetProperty("note").GetString(), StringComparison.Ordinal);

        var row = root.GetProperty("rows")[0];
        Assert.Equal("2027-03-31", row.GetProperty("deadline").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("rows")[1].GetProperty("deadline").ValueKind);
        Assert.Equal(PlanSamples.FormulaNote, row.GetProperty("notes").GetString());
        var indicator = row.GetProperty("indicator");
        Assert.Equal(4.25, indicator.GetProperty("baseline").GetDouble());
        Assert.Equal(-0.2, indicator.GetProperty("goalChange").GetDouble());
        Assert.Equal("fre–lör 22–04", indicator.GetProperty("window").GetProperty("text").GetProperty("sv").GetString());

        Assert.Contains("\"baseline\": 4.25", json, StringComparison.Ordinal);
        Assert.Contains("Åtgärdsplan för Exempelkommun", json, StringComparison.Ordinal); // not \u00C5
        Assert.Contains("\n  \"rows\": [", json, StringComparison.Ordinal);                // indented
        Assert.Contains("\"createdAt\": \"2026-11-26T19:30:00+01:00\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFollowUpIsWrittenPerRowWithNullForUntestedValues()
    {
        var plan = PlanSamples.Swedish();
        var followUp = PlanSamples.FollowUp(plan);
        using var doc = JsonDocument.Parse(await Write(plan, followUp));
        var f = doc.RootElement.GetProperty("followUp");
        Assert.Equal(17, f.GetProperty("planId").GetInt64());
        Assert.Equal(51, f.GetProperty("runId").GetInt64());
        Assert.Equal("2026-01-01", f.GetProperty("periodFrom").GetString());
        Assert.Equal("2026-12-31", f.GetProperty("periodTo").GetString());
        var rows = f.GetProperty("rows");
        Assert.Equal(followUp.Rows.Count, rows.GetArrayLength());
        for (var k = 0; k < followUp.Rows.Count; k++)
        {
            var (e, a) = (followUp.Rows[k], rows[k]);
            Assert.Equal(e.Row.Id, a.GetProperty("rowId").GetInt64());
            Assert.Equal(e.Row.Position, a.GetProperty("position").GetInt32());
            Assert.Equal(e.Baseline, a.GetProperty("baseline").GetDouble());
            Assert.Equal(e.Now, a.GetProperty("now").GetDouble());
            Assert.Equal(e.RateRatio, Nullable(a.GetProperty("rateRatio")));
            Assert.Equal(e.Lower, Nullable(a.GetProperty("lower")));
            Assert.Equal(e.Upper, Nullable(a.GetProperty("upper")));
            Assert.Equal(e.P, Nullable(a.GetProperty("p")));
            Assert.Equal(e.ChangeClass, a.GetProperty("changeClass").GetString());
            Assert.Equal(e.SuggestedStatus, a.GetProperty("suggestedStatus").GetString());
            Assert.Equal(e.Explanation, a.GetProperty("explanation").GetString());
        }
    }

    [Fact]
    public async Task ANumberThatIsNotFiniteIsWrittenAsNull()
    {
        var plan = PlanSamples.English();
        plan = plan with { Rows = [plan.Rows[0] with { MatchScore = double.NaN }, plan.Rows[1]] };
        using var doc = JsonDocument.Parse(await Write(plan, null));
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("rows")[0].GetProperty("matchScore").ValueKind);
    }

    private static double? Nullable(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDouble();
}
