using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;
using Geo.Planning;
using Geo.Planning.Plans;
using Geo.Planning.Runs;
using Geo.Planning.Samples;
using Geo.Reporting.Reports;
using Geo.Storage;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Reporting.Tests.Reports;

/// <summary>
/// The lägesbild report of the sample municipality: the HTML is well-formed and holds the twelve sections in order,
/// its SVG maps have one path per area and per significant cell, small counts are suppressed for the coordinator and
/// shown to the analyst, and the PDF printed by Chromium has a cover page and every section starting on a new page
/// with text pdftotext can extract. The sample is loaded and analysed once for the class.
/// </summary>
[Collection("postgis")]
public sealed class SampleReportTests(PostGisFixture fixture) : IAsyncLifetime
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (GeoDatabase Db, ServiceProvider Services, long RunId, string Home, long PlanId, long EarlierPlanId)? _shared;

    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is not null) return;
            var home = Directory.CreateTempSubdirectory("geo-report-").FullName;
            var db = await fixture.CreateDatabaseAsync();
            var services = new ServiceCollection().AddGeo(GeoSettings.FromEnvironment(home)).AddGeoDatabase(db).AddGeoReporting().BuildServiceProvider();
            await services.GetRequiredService<SampleImportService>().RunAsync(Path.Combine(RepoRoot.Path, "data", "sample"), null, "test");
            // An earlier run (2024) with its plan, then the run of the report (2025) with its own plan: section 11 follows up the first.
            var analyze = services.GetRequiredService<AnalyzeService>();
            var earlier = await analyze.RunAsync(new AnalyzeRequest("9999", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), CreatedBy: "test"));
            var planService = services.GetRequiredService<PlanService>();
            var earlierPlan = await planService.DraftAsync(new PlanDraftRequest(earlier.Run.Id, TopN: 2, CreatedBy: "test"));
            var run = await analyze.RunAsync(new AnalyzeRequest("9999", CreatedBy: "test"));
            var plan = await planService.DraftAsync(new PlanDraftRequest(run.Run.Id, TopN: 2, CreatedBy: "test"));
            _shared = (db, services, run.Run.Id, home, plan.Plan.Id, earlierPlan.Plan.Id);
        }
        finally
        {
            Gate.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static T Get<T>() where T : notnull => _shared!.Value.Services.GetRequiredService<T>();

    private static long RunId => _shared!.Value.RunId;

    private static string Out(string name) => Path.Combine(_shared!.Value.Home, name);

    private static XDocument Parse(string html) => XDocument.Parse(html.Replace("<!DOCTYPE html>", ""));

    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task Html_is_well_formed_and_has_the_twelve_sections_in_order()
    {
        var result = await Get<ReportService>().WriteAsync(new ReportRequest(RunId, Out("r.html")));
        var doc = Parse(await File.ReadAllTextAsync(result.Path));
        var sections = doc.Descendants(X + "section").Where(s => (string?)s.Attribute("class") == "chapter").ToList();
        Assert.Equal(ReportSections.All.Select(s => s.Id), sections.Select(s => (string?)s.Attribute("id")));
        for (var i = 0; i < sections.Count; i++)
            Assert.StartsWith($"{i + 1}. {ReportSections.All[i].Sv}", sections[i].Element(X + "h2")!.Value);
        // Ids are unique, as HTML requires.
        var ids = doc.Descendants().Select(e => (string?)e.Attribute("id")).Where(i => i is not null).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal("sv", (string?)doc.Root!.Attribute("lang"));
    }

    [Fact]
    public async Task The_plan_is_in_Bra_template_and_the_earlier_plan_is_followed_up()
    {
        var report = await Get<ReportBuilder>().BuildAsync(new ReportRequest(RunId, Out("p.html")));
        Assert.Equal(_shared!.Value.PlanId, report.Plan!.Id);
        Assert.Equal(_shared!.Value.EarlierPlanId, report.FollowUp!.Plan.Id);
        Assert.Equal(report.FollowUp.Plan.Rows.Count, report.FollowUp.Rows.Count);
        Assert.All(report.FollowUp.Rows, r => Assert.Contains(r.SuggestedStatus, new[] { "green", "yellow", "red" }));
        var doc = Parse(HtmlReportWriter.Write(report));
        var plan = doc.Descendants(X + "section").Single(s => (string?)s.Attribute("id") == "plan");
        var table = plan.Descendants(X + "table").Single();
        Assert.Equal(["Orsak (hypotes)", "Åtgärd", "Operativt mål", "Indikator och utgångsvärde", "När", "Vem", "Typ", "Status"],
            table.Descendants(X + "th").Select(th => th.Value));
        var rows = table.Element(X + "tbody")!.Elements(X + "tr").ToList();
        var problems = report.Plan.Rows.Select(r => (r.TargetKind, r.TargetId, r.CategoryGroup)).Distinct().Count();
        Assert.Equal(problems, rows.Count(r => (string?)r.Attribute("class") == "problem"));
        Assert.Equal(report.Plan.Rows.Count, rows.Count(r => r.Attribute("class") is null));
        // Every measure of the plan is named in its row.
        Assert.All(report.Plan.Rows, r => Assert.Contains(rows, tr => tr.Value.Contains(r.Measure, StringComparison.Ordinal)));
        var followUp = doc.Descendants(X + "section").Single(s => (string?)s.Attribute("id") == "follow-up");
        Assert.Equal(report.FollowUp.Rows.Count, followUp.Descendants(X + "tbody").Single().Elements(X + "tr").Count());
    }

    [Fact]
    public async Task Maps_have_one_path_per_area_and_per_significant_cell()
    {
        var report = await Get<ReportBuilder>().BuildAsync(new ReportRequest(RunId, Out("m.html")));
        var doc = Parse(HtmlReportWriter.Write(report));
        var where = doc.Descendants(X + "section").Single(s => (string?)s.Attribute("id") == "where");
        var svgs = where.Descendants(Svg + "svg").ToList();
        Assert.True(svgs.Count >= 2, "section 5 has an area map and a hotspot map");
        var areaPaths = svgs[0].Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "area").ToList();
        Assert.Equal(report.Where.Areas.Count, areaPaths.Count);
        Assert.Equal(report.Where.Areas.Select(a => a.Code).Order(StringComparer.Ordinal),
            areaPaths.Select(p => (string)p.Attribute("data-id")!).Order(StringComparer.Ordinal));
        Assert.Equal(60, areaPaths.Count);
        var cellPaths = svgs[1].Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "cell").ToList();
        Assert.Equal(report.Where.Cells.Count, cellPaths.Count);
        Assert.True(cellPaths.Count > 100);
    }

    [Fact]
    public async Task Small_counts_are_suppressed_for_the_coordinator_and_shown_to_the_analyst()
    {
        var coordinator = await Get<ReportBuilder>().BuildAsync(new ReportRequest(RunId, Out("c.json")));
        var analyst = await Get<ReportBuilder>().BuildAsync(new ReportRequest(RunId, Out("a.json"), Role: ReportRoles.Analyst));
        static IEnumerable<int> Counts(LagesbildReport r) =>
            r.Trends.SelectMany(t => t.Monthly.Append(t.Incidents).Append(t.IncidentsCompare))
                .Concat(r.When.Profiles.SelectMany(p => p.HourWeekday.Concat(p.MonthOfYear)))
                .Concat(r.Appendix.SelectMany(a => new[] { a.Incidents, a.IncidentsCompare }))
                .Where(n => n is not null).Select(n => n!.Value);
        Assert.DoesNotContain(Counts(coordinator), n => n is > 0 and < 5);
        Assert.Contains(Counts(analyst), n => n is > 0 and < 5);
        Assert.Equal(5, coordinator.Header.SuppressBelow);
        Assert.Null(analyst.Header.SuppressBelow);
        // An area suppressed in the table has no rate on the map either.
        foreach (var row in coordinator.Appendix.Where(a => a.Suppressed))
        {
            Assert.Null(row.RatePer1000);
            Assert.Null(coordinator.Where.Areas.Single(a => a.Code == row.Code).Value);
        }
        var html = HtmlReportWriter.Write(coordinator);
        Assert.Contains("&lt;5", html);
        var json = JsonReportWriter.Write(coordinator);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(JsonReportWriter.Format, parsed.RootElement.GetProperty("format").GetString());
        Assert.False(parsed.RootElement.GetProperty("report").GetProperty("where").TryGetProperty("boundary", out _));
    }

    [Fact]
    public async Task English_and_markdown_reports_have_every_section()
    {
        var en = await Get<ReportService>().WriteAsync(new ReportRequest(RunId, Out("r-en.html"), Lang: "en"));
        var doc = Parse(await File.ReadAllTextAsync(en.Path));
        Assert.Equal("en", (string?)doc.Root!.Attribute("lang"));
        var titles = doc.Descendants(X + "h2").Select(h => h.Value).ToList();
        foreach (var (_, _, english) in ReportSections.All) Assert.Contains(titles, t => t.EndsWith(english, StringComparison.Ordinal));

        var md = await Get<ReportService>().WriteAsync(new ReportRequest(RunId, Out("r.md"), Format: "md"));
        var lines = await File.ReadAllLinesAsync(md.Path);
        Assert.Equal(12, lines.Count(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(md.Path)!, "r_figures", "areas.svg")));
    }

    [Fact]
    public async Task Pdf_has_a_cover_and_each_section_on_its_own_page_with_extractable_text()
    {
        var pdf = await Get<ReportService>().WriteAsync(new ReportRequest(RunId, Out("r.pdf"), Format: "pdf"));
        var pages = int.Parse(Tool("pdfinfo", pdf.Path).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim());
        Assert.InRange(pages, 13, 60);
        var text = Tool("pdftotext", "-layout", pdf.Path, "-").Split('\f');
        Assert.Contains("Lägesbild", text[0]);
        var last = 0;
        for (var i = 0; i < ReportSections.All.Count; i++)
        {
            var title = $"{i + 1}. {ReportSections.All[i].Sv}";
            var page = Array.FindIndex(text, last + 1, p => p.Contains(title[..Math.Min(title.Length, 30)], StringComparison.Ordinal));
            Assert.True(page > last, $"section '{title}' starts on a page after section {i} (page {last + 1})");
            last = page;
        }
    }

    private static string Tool(string name, params string[] args)
    {
        var psi = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{name} failed: {p.StandardError.ReadToEnd()}");
        return output;
    }
}
