using Geo.Core.Domain;
using Geo.Import.Pipeline;
using Geo.Storage;
using Geo.Testing;

namespace Geo.Import.Tests.Pipeline;

/// <summary>
/// The issue's row, {"kontakt": "+46 70 123 45 67", "beskrivning": "Offer: Anna Svensson 811218-9876"}, loaded end to
/// end into PostGIS: nothing personal reaches the attributes jsonb, the reject report holds masked warnings only.
/// </summary>
[Collection("postgis")]
public sealed class PersonalDataImportTests(PostGisFixture fixture) : PipelineDatabaseTest(fixture, "geo-pipeline-pd-")
{
    private string IssueFile()
    {
        var path = Path.Combine(Dir, "anmalningar.csv");
        File.WriteAllText(path,
            "source_id,occurred_at,category,x,y,kontakt,beskrivning,district\n" +
            "1,2024-05-01T10:00,violence.assault,800100,7270100,+46 70 123 45 67,Offer: Anna Svensson 811218-9876,Centrum\n" +
            "2,2024-05-02T11:00,vandalism,800200,7270200,,Klotter på fasad,Norr\n");
        return path;
    }

    private Task<ImportSummary> Import(string path, IReadOnlyList<string>? keep = null) =>
        new ImportRunner(Db).RunAsync(new ImportRequest(ImportKind.Incidents, path, PipelineTestData.Code,
            RejectReportPath: Path.Combine(Dir, "report.rejects.csv"), KeepAttributes: keep));

    private async Task<List<(string Id, string? Attributes)>> AttributesAsync()
    {
        await using var cmd = Db.DataSource.CreateCommand("SELECT source_id, attributes::text FROM incident ORDER BY source_id");
        await using var r = await cmd.ExecuteReaderAsync();
        var list = new List<(string, string?)>();
        while (await r.ReadAsync()) list.Add((r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1)));
        return list;
    }

    [Fact]
    public async Task WithoutKeepAttributesNoExtraColumnIsStored()
    {
        var s = await Import(IssueFile());
        Assert.Equal((2L, 0L, 0L), (s.Loaded, s.Rejected, s.Warnings));
        Assert.Equal([("1", (string?)null), ("2", null)], await AttributesAsync());
        Assert.Contains("column(s) kontakt, beskrivning, district not loaded (attributes are opt-in: keep them with --keep-attributes kontakt,beskrivning,district)", s.Notices);
        Assert.Null(s.RejectReport); // nothing to report
    }

    [Fact]
    public async Task WithKeepAttributesPersonalValuesAreDroppedAndReportedMasked()
    {
        var s = await Import(IssueFile(), ["kontakt", "beskrivning", "district"]);
        Assert.Equal((2L, 0L, 2L), (s.Loaded, s.Rejected, s.Warnings));

        // jsonb normalises the text: compare parsed.
        var stored = await AttributesAsync();
        Assert.Equal(["1", "2"], stored.Select(x => x.Id));
        Assert.Equal("{\"district\": \"Centrum\"}", stored[0].Attributes);
        Assert.Equal("{\"district\": \"Norr\", \"beskrivning\": \"Klotter på fasad\"}", stored[1].Attributes);
        await using (var cmd = Db.DataSource.CreateCommand(
                         "SELECT count(*) FROM incident WHERE attributes ? 'kontakt' OR attributes::text ~ '(9876|811218|123 45 67|Anna|Svensson)'"))
            Assert.Equal(0L, (long)(await cmd.ExecuteScalarAsync())!);

        var report = await File.ReadAllLinesAsync(s.RejectReport!);
        Assert.Equal(
        [
            "file,row,field,value,reason,action",
            "anmalningar.csv,1,kontakt,[removed: +## ## ### ## ##],phone number in kontakt: value not loaded (personal data is never stored),warning",
            "anmalningar.csv,1,beskrivning,[removed: ######-####],personal identity number (personnummer) in beskrivning: value not loaded (personal data is never stored),warning",
        ], report);
        var text = string.Join('\n', report);
        foreach (var secret in new[] { "9876", "811218", "70 123", "Anna", "Svensson" }) Assert.DoesNotContain(secret, text);
        Assert.Contains(s.Notices, n => n.StartsWith("warning: column 'kontakt': 1 value(s) with personal data (phone number)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APersonalColumnAskedForIsRefusedAndNothingIsLoaded()
    {
        var path = Path.Combine(Dir, "namn.csv");
        await File.WriteAllTextAsync(path, "source_id,occurred_at,category,x,y,Förnamn\n1,2024-05-01T10:00,violence.assault,800100,7270100,Anna\n");
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Import(path, ["Förnamn"]));
        Assert.Contains("Column 'Förnamn' (--keep-attributes) looks personal", e.Message);
        await using var cmd = Db.DataSource.CreateCommand("SELECT (SELECT count(*) FROM incident) + (SELECT count(*) FROM import_batch)");
        Assert.Equal(0L, (long)(await cmd.ExecuteScalarAsync())!);
    }
}
