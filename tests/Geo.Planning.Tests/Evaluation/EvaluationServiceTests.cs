using System.Globalization;
using System.Text.Json;
using Geo.Analysis.Evaluation;
using Geo.Planning.Evaluation;
using Geo.Planning.Runs;
using Geo.Planning.Samples;
using Geo.Storage;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Geo.Planning.Tests.Evaluation;

/// <summary>
/// <c>geo evaluate</c>'s application layer on the sample municipality against its planted truth
/// (data/sample/ground_truth.json): the emerging hotspot H1 (vandalism and disorder planted from 2023: none in 2022, 240
/// in 2024) evaluated 2022 against 2024 rises significantly, and the eight counts equal counts made independently here with
/// plain ST_DWithin queries; a given control area and a place file; and the errors a user can act on. The sample is loaded
/// and analysed once for the class (one database), as in <see cref="Runs.SampleRunTests"/>: a fresh database per test
/// (<see cref="PlanningDatabaseTest"/>) would import it for every test.
/// </summary>
[Collection("postgis")]
public sealed class EvaluationServiceTests(PostGisFixture fixture) : IAsyncLifetime
{
    private static readonly string Sample = Path.Combine(RepoRoot.Path, "data", "sample");
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (GeoDatabase Db, ServiceProvider Services, long RunId, int H1, MultiPolygon H1Geometry)? _shared;
    private readonly string _home = Directory.CreateTempSubdirectory("geo-evaluate-").FullName;

    private static readonly RunPeriod Y2022 = new(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));
    private static readonly RunPeriod Y2024 = new(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));

    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is not null) return;
            var db = await fixture.CreateDatabaseAsync();
            var services = new ServiceCollection().AddGeo(GeoSettings.FromEnvironment(_home)).AddGeoDatabase(db).BuildServiceProvider();
            await services.GetRequiredService<SampleImportService>().RunAsync(Sample, null, "test");
            var run = await services.GetRequiredService<AnalyzeService>().RunAsync(new AnalyzeRequest("9999", CreatedBy: "test"));
            var square = Planted("H1");
            var hotspots = await services.GetRequiredService<RunStore>().HotspotsAsync(run.Run.Id);
            var h1 = hotspots.Single(h => h.Geom.Intersection(square).Area > 0.5 * square.Area);
            _shared = (db, services, run.Run.Id, h1.HotspotId, h1.Geom);
        }
        finally
        {
            Gate.Release();
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_home, true);
        return Task.CompletedTask;
    }

    private static EvaluationService Service => _shared!.Value.Services.GetRequiredService<EvaluationService>();

    private static EvaluationPlace H1 => EvaluationPlace.Hotspot(_shared!.Value.RunId, _shared.Value.H1);

    /// <summary>A planted hotspot's square (ground_truth.json, EPSG:3006).</summary>
    private static Polygon Planted(string id)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample, "ground_truth.json")));
        var h = doc.RootElement.GetProperty("hotspots").EnumerateArray().Single(x => x.GetProperty("id").GetString() == id);
        return Runs.SampleRunTests.Square(h.GetProperty("polygon"));
    }

    /// <summary>
    /// The eight counts made independently: incidents of 9999 with a point that is not an area centroid, in the local
    /// calendar years written as Stockholm timestamps, in the treated place (distance 0, boundary included), its ring
    /// (within 250 m, not in it), and the default control (in the study area, farther than 500 m) and its ring (250–500 m).
    /// </summary>
    private static async Task<long[]> CountIndependentlyAsync(Geometry treated, string[]? categories)
    {
        const string sql = """
            WITH p AS (SELECT i.geom, extract(year FROM i.occurred_at AT TIME ZONE 'Europe/Stockholm') AS y
                       FROM incident i
                       WHERE i.study_area_code = '9999' AND i.geom IS NOT NULL AND i.location_precision <> 'area_centroid'
                         AND ($2::text[] IS NULL OR i.category = ANY ($2::text[]))),
                 b AS (SELECT boundary FROM study_area WHERE code = '9999')
            SELECT y,
                   count(*) FILTER (WHERE ST_DWithin(geom, $1, 0)),
                   count(*) FILTER (WHERE ST_DWithin(geom, $1, 250) AND NOT ST_DWithin(geom, $1, 0)),
                   count(*) FILTER (WHERE ST_Within(geom, b.boundary) AND NOT ST_DWithin(geom, $1, 500)),
                   count(*) FILTER (WHERE ST_Within(geom, b.boundary) AND ST_DWithin(geom, $1, 500) AND NOT ST_DWithin(geom, $1, 250))
            FROM p, b WHERE y IN (2022, 2024) GROUP BY y ORDER BY y
            """;
        await using var cmd = _shared!.Value.Db.DataSource.CreateCommand(sql);
        cmd.Parameters.Add(new NpgsqlParameter { Value = treated });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)categories ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text });
        await using var r = await cmd.ExecuteReaderAsync();
        var rows = new List<long[]>();
        while (await r.ReadAsync()) rows.Add([r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4)]);
        Assert.Equal(2, rows.Count);
        // treated, treated_buffer, control, control_buffer; before then after.
        return [rows[0][0], rows[1][0], rows[0][1], rows[1][1], rows[0][2], rows[1][2], rows[0][3], rows[1][3]];
    }

    private static long[] Counts(EvaluationResult r) =>
        [.. r.Regions.SelectMany(x => new[] { x.Before, x.After })];

    [Fact]
    public async Task The_emerging_hotspot_rises_significantly_and_the_counts_equal_an_independent_count()
    {
        var r = await Service.EvaluateAsync(new EvaluationRequest("9999", H1, null, null, Y2022, Y2024));
        Assert.Equal(["treated", "treated_buffer", "control", "control_buffer"], r.Regions.Select(x => x.Code));
        Assert.Equal(await CountIndependentlyAsync(_shared!.Value.H1Geometry, null), Counts(r));
        // H1 was planted from 2023 (none in 2022, 240 in 2024): a significant rise of the treated place against the rest.
        Assert.True(r.Region("treated").Change >= 150, $"treated {r.Region("treated").Before} → {r.Region("treated").After}");
        Assert.True(r.Wdd.Statistic > 0 && r.Wdd.Z > 1.96 && r.Wdd.P < 0.05, $"WDD {r.Wdd.Statistic}, z {r.Wdd.Z}");
        Assert.True(r.Wdd.Lower > 0);
        // The statistics are those of Geo.Analysis on these counts.
        var t = r.Region("treated");
        var c = r.Region("control");
        var expected = WeightedDisplacementDifference.Test(new(t.Before, t.After), new(c.Before, c.After),
            new(r.Region("treated_buffer").Before, r.Region("treated_buffer").After), new(r.Region("control_buffer").Before, r.Region("control_buffer").After));
        Assert.Equal(expected, r.Wdd);
        Assert.Equal(r.Regions.Sum(x => x.Before + x.After), r.Wdd.Variance);
        // A rise is no success: displacement and diffusion are not assessed.
        Assert.True(r.Wdq.SuccessMeasure > 0);
        Assert.Equal(DisplacementClass.NoSuccess, r.Interpretation.Class);
        Assert.StartsWith("Ökningen i det behandlade området", r.InterpretationSv);
        Assert.Contains("är signifikant (WDD ", r.InterpretationSv);
        Assert.Contains("förskjutning och spridning bedöms inte", r.InterpretationSv);
        Assert.StartsWith("The increase in the treated area", r.InterpretationEn);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"z {r.Wdd.Z:N2}"), r.InterpretationEn);
        // Announced defaults: buffer, control, categories and the periods (365 and 366 days: within 1 %, no warning).
        foreach (var code in new[] { "buffer", "control", "categories", "periods" }) Assert.Contains(r.Notices, n => n.Code == code);
        Assert.DoesNotContain(r.Notices, n => n.Code == "period_length");
        Assert.Contains("250 m", r.Notices.Single(n => n.Code == "buffer").TextSv);
        Assert.Contains("farther than 500 m", r.Notices.Single(n => n.Code == "control").TextEn);
    }

    [Fact]
    public async Task Categories_narrow_the_counts_and_a_place_file_counts_like_the_stored_polygon()
    {
        var square = Planted("H1");
        var file = Path.Combine(_home, "h1.geojson");
        var ring = string.Join(",", square.Coordinates.Select(c => string.Create(CultureInfo.InvariantCulture, $"[{c.X},{c.Y}]")));
        await File.WriteAllTextAsync(file, $$$"""
            {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3006"}},
             "features": [{"type": "Feature", "properties": {"name": "H1"}, "geometry": {"type": "Polygon", "coordinates": [[{{{ring}}}]]}}]}
            """);
        var r = await Service.EvaluateAsync(new EvaluationRequest("9999", EvaluationPlace.File(file), null, 250, Y2022, Y2024, ["vandalism", "disorder"]));
        var codes = r.Categories!.ToArray();
        Assert.All(codes, c => Assert.True(c is "vandalism" or "disorder" || c.StartsWith("vandalism.", StringComparison.Ordinal) || c.StartsWith("disorder.", StringComparison.Ordinal), c));
        Assert.Contains("vandalism.graffiti", codes);
        Assert.Equal(await CountIndependentlyAsync(square, codes), Counts(r));
        Assert.True(r.Wdd.Z > 1.96, $"z {r.Wdd.Z}");
        Assert.Contains("h1.geojson", r.TreatedEn);
        Assert.Equal(0.25, r.Region("treated").AreaKm2, 6);
    }

    [Fact]
    public async Task A_given_control_area_drops_what_lies_in_the_treated_buffer_and_counts_its_own_ring()
    {
        // The area holding the persistent hotspot H2, about 4 km from H1, as control.
        var deso = await _shared!.Value.Services.GetRequiredService<RunInputQueries>().AreasAsync("9999", "deso");
        var h2 = Planted("H2");
        var area = deso.Single(a => a.Geometry.Contains(h2.Centroid));
        var r = await Service.EvaluateAsync(new EvaluationRequest("9999", H1, EvaluationPlace.Area(area.Code), null, Y2022, Y2024));
        Assert.Contains(area.Code, r.ControlEn);
        var h1 = _shared.Value.H1Geometry;
        const string sql = """
            SELECT count(*) FILTER (WHERE ST_DWithin(geom, $2, 0) AND NOT ST_DWithin(geom, $1, 250)),
                   count(*) FILTER (WHERE ST_DWithin(geom, $2, 250) AND NOT ST_DWithin(geom, $2, 0) AND NOT ST_DWithin(geom, $1, 250))
            FROM incident WHERE study_area_code = '9999' AND geom IS NOT NULL AND location_precision <> 'area_centroid'
              AND occurred_at >= '2024-01-01 00:00 Europe/Stockholm' AND occurred_at < '2025-01-01 00:00 Europe/Stockholm'
            """;
        await using var cmd = _shared.Value.Db.DataSource.CreateCommand(sql);
        cmd.Parameters.Add(new NpgsqlParameter { Value = h1 });
        cmd.Parameters.Add(new NpgsqlParameter { Value = area.Geometry });
        await using var rd = await cmd.ExecuteReaderAsync();
        await rd.ReadAsync();
        Assert.Equal(rd.GetInt64(0), r.Region("control").After);
        Assert.Equal(rd.GetInt64(1), r.Region("control_buffer").After);
        Assert.True(r.Region("control").After > 0 && r.Region("control_buffer").After > 0);
        Assert.True(r.Wdd.Z > 1.96, $"z {r.Wdd.Z}");
    }

    [Fact]
    public async Task Errors_say_what_to_do()
    {
        var run = _shared!.Value.RunId;
        async Task<string> Error(EvaluationRequest request) => (await Assert.ThrowsAsync<ArgumentException>(() => Service.EvaluateAsync(request))).Message;

        Assert.Contains("overlap", await Error(new EvaluationRequest("9999", H1, null, null, Y2022, new RunPeriod(new DateOnly(2022, 6, 1), new DateOnly(2023, 5, 31)))));
        Assert.Contains("swap --before and --after", await Error(new EvaluationRequest("9999", H1, null, null, Y2024, Y2022)));
        Assert.Contains($"run {run} has no hotspot 999", await Error(new EvaluationRequest("9999", EvaluationPlace.Hotspot(run, 999), null, null, Y2022, Y2024)));
        Assert.Contains("run 987654 does not exist", await Error(new EvaluationRequest("9999", EvaluationPlace.Hotspot(987654, 1), null, null, Y2022, Y2024)));
        Assert.Contains("no area with code 'nowhere'", await Error(new EvaluationRequest("9999", EvaluationPlace.Area("nowhere"), null, null, Y2022, Y2024)));
        Assert.Contains("does not exist", await Error(new EvaluationRequest("0000", H1, null, null, Y2022, Y2024)));
        Assert.Contains("must be RUN:ID", Assert.Throws<ArgumentException>(() => EvaluationPlace.Hotspot("12")).Message);
        Assert.Contains("FROM..TO", Assert.Throws<ArgumentException>(() => EvaluationRequest.ParsePeriod("2022", "--before")).Message);
        Assert.Contains("--buffer", await Error(new EvaluationRequest("9999", H1, null, -5, Y2022, Y2024)));
        Assert.Contains("did you mean", await Error(new EvaluationRequest("9999", H1, null, null, Y2022, Y2024, ["vandalsim"])));
        // A control that contains the treated place.
        var deso = await _shared.Value.Services.GetRequiredService<RunInputQueries>().AreasAsync("9999", "deso");
        var square = Planted("H1");
        var around = deso.First(a => a.Geometry.Intersects(_shared.Value.H1Geometry) && a.Geometry.Intersection(_shared.Value.H1Geometry).Area > 0);
        Assert.Contains("overlaps the treated place", await Error(new EvaluationRequest("9999", H1, EvaluationPlace.Area(around.Code), null, Y2022, Y2024)));
        Assert.True(square.Area > 0);

        // Periods of different length are a warning, not an error.
        var r = await Service.EvaluateAsync(new EvaluationRequest("9999", H1, null, null, Y2022, new RunPeriod(new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30))));
        Assert.Contains("equal exposure", r.Notices.Single(n => n.Code == "period_length").TextEn);
        Assert.Contains("lika lång exponering", r.Notices.Single(n => n.Code == "period_length").TextSv);
    }
}
