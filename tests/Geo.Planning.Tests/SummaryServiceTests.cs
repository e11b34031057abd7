using System.Globalization;
using Geo.Core.Domain;
using Geo.Formats.Samples;
using Geo.Planning.Samples;
using Geo.Planning.Summaries;
using Geo.Storage;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Planning.Tests;

/// <summary>
/// The summary of the sample municipality loaded through the import pipeline, against the sample's CSV files read
/// independently (Geo.Testing's <see cref="TestCsv"/>): per source the count, the first and last date, the location and
/// time precision mixes and the incidents without a point.
/// </summary>
[Collection("postgis")]
public sealed class SummaryServiceTests(PostGisFixture fixture) : PlanningDatabaseTest(fixture, "geo-summary-")
{
    private static readonly string Sample = Path.Combine(RepoRoot.Path, "data", "sample");

    /// <summary>What a native incident CSV of the sample says about its rows.</summary>
    private sealed record Expected(long Incidents, DateOnly First, DateOnly Last, Dictionary<string, long> Location, long WithoutPoint, Dictionary<string, long> Time);

    private static Expected FromCsv(string file)
    {
        var csv = TestCsv.Read(Path.Combine(Sample, file));
        int at = csv["occurred_at"], x = csv["x"], y = csv["y"], lp = csv["location_precision"], tp = csv["time_precision"];
        // Local times without offset: their date is the date in the study area's zone.
        var dates = csv.Rows.Select(r => DateOnly.ParseExact(r[at][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        return new Expected(csv.Rows.Count, dates.Min(), dates.Max(),
            csv.Rows.GroupBy(r => r[lp]).ToDictionary(g => g.Key, g => (long)g.Count()),
            csv.Rows.LongCount(r => r[x].Length == 0 || r[y].Length == 0 || r[lp] == "withheld"),
            csv.Rows.GroupBy(r => r[tp]).ToDictionary(g => g.Key, g => (long)g.Count()));
    }

    [Fact]
    public async Task Every_source_of_the_sample_has_its_files_counts_dates_and_precisions()
    {
        var manifest = SampleManifest.Read(Sample);
        var loaded = await Services.GetRequiredService<SampleImportService>().RunAsync(Sample, null, "test");
        var summary = await Services.GetRequiredService<SummaryService>().GetAsync(loaded.StudyAreaCode);

        var incidentFiles = manifest.Imports.Where(i => i.Kind == ImportKind.Incidents).ToList();
        Assert.Equal(incidentFiles.Select(i => i.Source).Order(StringComparer.Ordinal), summary.Sources.Select(s => s.Source));
        foreach (var import in incidentFiles)
        {
            var expected = FromCsv(import.File);
            var actual = summary.Sources.Single(s => s.Source == import.Source);
            Assert.Equal(expected.Incidents, actual.Incidents);
            Assert.Equal((expected.First, expected.Last), (actual.FirstDate, actual.LastDate));
            foreach (var p in Enum.GetValues<LocationPrecision>())
                Assert.Equal(expected.Location.GetValueOrDefault(p.Code()), actual.ByLocationPrecision[p]);
            foreach (var p in Enum.GetValues<TimePrecision>())
                Assert.Equal(expected.Time.GetValueOrDefault(p.Code()), actual.ByTimePrecision[p]);
            Assert.Equal(expected.WithoutPoint, actual.WithoutPoint);
        }

        // What data/sample/README.md says of the police reports: 40,000 over 2021-2025, 1,502 of them withheld.
        var police = summary.Sources.Single(s => s.Source == "polisen-sample");
        Assert.Equal((40_000L, 1_502L, 1_502L), (police.Incidents, police.ByLocationPrecision[LocationPrecision.Withheld], police.WithoutPoint));
        Assert.Equal((new DateOnly(2021, 1, 1), new DateOnly(2025, 12, 31)), (police.FirstDate, police.LastDate));
        Assert.Equal(summary.Incidents, summary.Sources.Sum(s => s.Incidents));
        Assert.Equal(summary.WithoutLocation, summary.Sources.Sum(s => s.WithoutPoint));
    }
}
