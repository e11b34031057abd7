using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Geo.Core.Domain;
using Geo.Planning.Tiles;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Geo.Api.Tests.Tiles;

/// <summary>
/// The vector tiles (GET /tiles/{runId}/{layer}/{z}/{x}/{y}.mvt) decoded back and compared with independent SQL over the
/// stored run: layer names, feature counts, stored values, roles, suppression of small counts, ETag/304, the cache and
/// the problem details of bad requests.
/// </summary>
[Collection("api")]
public sealed class TilesTests(ApiFixture fixture)
{
    private const string Margin = "ST_TileEnvelope(@z, @x, @y, margin => 64.0 / 4096)";

    // Independent counts of what a tile must hold: every row whose geometry in EPSG:3857 meets the tile with its buffer.
    private static readonly Dictionary<string, string> CountSql = new()
    {
        [TileLayers.Boundary] = $"SELECT count(*) FROM study_area WHERE code = @sa AND ST_Intersects(ST_Transform(boundary, 3857), {Margin})",
        [TileLayers.Areas] = $"SELECT count(*) FROM run_area_indicator WHERE run_id = @run AND category_group = @group AND NOT is_reference AND ST_Intersects(ST_Transform(geom, 3857), {Margin})",
        [TileLayers.Cells] = $"SELECT count(*) FROM run_cell WHERE run_id = @run AND (gi_confidence <> 0 OR hotspot_id IS NOT NULL OR emerging_class <> 'no_pattern') AND ST_Intersects(ST_Transform(geom, 3857), {Margin})",
        [TileLayers.Density] = $"SELECT count(*) FROM run_cell WHERE run_id = @run AND density > 0 AND ST_Intersects(ST_Transform(geom, 3857), {Margin})",
        [TileLayers.Hotspots] = $"SELECT count(*) FROM run_hotspot WHERE run_id = @run AND ST_Intersects(ST_Transform(geom, 3857), {Margin})",
        [TileLayers.Resources] = $"SELECT count(*) FROM resource WHERE study_area_code = @sa AND ST_Intersects(ST_Transform(geom, 3857), {Margin})",
        [TileLayers.Incidents] = $"""
            SELECT count(*) FROM incident i JOIN analysis_run r ON r.id = @run JOIN study_area s ON s.code = r.study_area_code
            WHERE i.study_area_code = r.study_area_code AND i.geom IS NOT NULL
              AND (i.occurred_at AT TIME ZONE s.time_zone)::date BETWEEN r.period_from AND r.period_to
              AND (cardinality(r.categories) = 0 OR i.category = ANY (r.categories))
              AND ST_Intersects(ST_Transform(i.geom, 3857), {Margin})
            """,
    };

    public static TheoryData<string> Layers => [.. TileLayers.All];

    [Theory]
    [MemberData(nameof(Layers))]
    public async Task A_tile_decodes_to_its_layer_with_as_many_features_as_SQL_finds(string layer)
    {
        var (x, y) = await CentreTileAsync(12);
        var bytes = await TileBytesAsync(Roles.Analyst, $"/tiles/{fixture.RunId}/{layer}/12/{x}/{y}.mvt");
        var expected = await CountAsync(CountSql[layer], 12, x, y, "total");
        Assert.True(expected > 0, $"the sample's centre tile should hold {layer} features");
        var layers = MvtReader.Read(bytes);
        var l = Assert.Single(layers);
        Assert.Equal(layer, l.Name);
        Assert.Equal(4096u, l.Extent);
        Assert.Equal(2u, l.Version);
        Assert.Equal(expected, l.Features.Count);
    }

    [Fact]
    public async Task Area_features_carry_the_stored_indicators()
    {
        var (x, y) = await CentreTileAsync(12);
        var stored = new Dictionary<string, (int Incidents, double? Rate, long? Population)>();
        await using (var db = await OpenAsync())
        await using (var cmd = new NpgsqlCommand("SELECT area_code, incidents, rate_per_1000, population FROM run_area_indicator WHERE run_id = @run AND category_group = 'total' AND NOT is_reference", db))
        {
            cmd.Parameters.AddWithValue("run", fixture.RunId);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
                stored[r.GetString(0)] = (r.GetInt32(1), r.IsDBNull(2) ? null : r.GetDouble(2), r.IsDBNull(3) ? null : r.GetInt32(3));
        }
        var features = Layer(await TileBytesAsync(Roles.Analyst, $"/tiles/{fixture.RunId}/areas/12/{x}/{y}.mvt")).Features;
        Assert.NotEmpty(features);
        Assert.Contains(features, f => f.Number("rate_per_1000") is not null);
        foreach (var f in features)
        {
            var code = f.Text("code")!;
            var s = stored[code];
            Assert.Equal(s.Incidents, f.Number("incidents"));
            Assert.Equal(s.Rate, f.Number("rate_per_1000"));
            Assert.Equal(s.Population, f.Number("population") is { } p ? (long)p : null);
            Assert.Equal(false, f.Properties["suppressed"]);
            Assert.Equal(3, f.GeometryType);
        }
    }

    [Fact]
    public async Task Hotspot_features_carry_the_stored_ids_counts_and_priority_ranks()
    {
        var stored = new Dictionary<long, (int Incidents, string Gap, int? Rank)>();
        await using (var db = await OpenAsync())
        await using (var cmd = new NpgsqlCommand("""
            SELECT h.hotspot_id, h.incidents, h.coverage_gap,
                   (SELECT min(p.rank) FROM run_priority p WHERE p.run_id = h.run_id AND p.target_kind = 'hotspot' AND p.target_id = h.hotspot_id::text)
            FROM run_hotspot h WHERE h.run_id = @run
            """, db))
        {
            cmd.Parameters.AddWithValue("run", fixture.RunId);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) stored[r.GetInt32(0)] = (r.GetInt32(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetInt32(3));
        }
        Assert.NotEmpty(stored);
        var seen = new HashSet<long>();
        foreach (var (x, y) in await CoveringAsync(10))
        {
            var bytes = await TileBytesAsync(Roles.Analyst, $"/tiles/{fixture.RunId}/hotspots/10/{x}/{y}.mvt");
            if (bytes.Length == 0) continue;
            foreach (var f in Layer(bytes).Features)
            {
                var id = (long)f.Number("hotspot_id")!.Value;
                Assert.Equal(stored[id].Incidents, f.Number("incidents"));
                Assert.Equal(stored[id].Gap, f.Text("coverage_gap"));
                Assert.Equal(stored[id].Rank, f.Number("priority_rank") is { } rank ? (int)rank : null);
                seen.Add(id);
            }
        }
        Assert.Equal(stored.Keys.Order(), seen.Order());
    }

    [Fact]
    public async Task Coordinator_and_partner_tiles_never_carry_a_small_count_and_the_analysts_do()
    {
        var k = 5;
        string? smallGroup;
        await using (var db = await OpenAsync())
        await using (var cmd = new NpgsqlCommand("SELECT min(category_group) FROM run_area_indicator WHERE run_id = @run AND NOT is_reference AND incidents BETWEEN 1 AND 4", db))
        {
            cmd.Parameters.AddWithValue("run", fixture.RunId);
            smallGroup = await cmd.ExecuteScalarAsync() as string;
        }
        var requests = new List<(string Role, string Layer, string Group)>
        {
            (Roles.Coordinator, TileLayers.Cells, "total"), (Roles.Partner, TileLayers.Areas, "total"),
            (Roles.Partner, TileLayers.Hotspots, "total"), (Roles.Coordinator, TileLayers.Hotspots, "total"),
        };
        if (smallGroup is not null)
            requests.AddRange([(Roles.Partner, TileLayers.Areas, smallGroup), (Roles.Coordinator, TileLayers.Areas, smallGroup)]);
        var suppressedSeen = 0;
        foreach (var (x, y) in await CoveringAsync(10))
            foreach (var (role, layer, group) in requests)
            {
                var bytes = await TileBytesAsync(role, $"/tiles/{fixture.RunId}/{layer}/10/{x}/{y}.mvt?group={group}");
                if (bytes.Length == 0) continue;
                foreach (var f in Layer(bytes).Features)
                {
                    var n = f.Number("incidents");
                    Assert.False(n is >= 1 and < 5, $"{role} got {layer} incidents = {n} in tile 10/{x}/{y}");
                    var suppressed = Assert.IsType<bool>(f.Properties["suppressed"]);
                    Assert.Equal(suppressed, n is null);
                    if (!suppressed) continue;
                    suppressedSeen++;
                    foreach (var hidden in new[] { "rate_per_1000", "rate_eb_per_1000", "rate_ratio", "trend_pct", "trend_class", "priority_rank", "priority_score", "change_class" })
                        Assert.False(f.Properties.ContainsKey(hidden), $"{role} got {hidden} of a suppressed {layer} feature");
                }
            }
        Assert.True(suppressedSeen > 0, "the sample has cells with 1..4 incidents: some features must be marked suppressed");

        var analystSmall = 0;
        foreach (var (x, y) in await CoveringAsync(10))
        {
            var bytes = await TileBytesAsync(Roles.Analyst, $"/tiles/{fixture.RunId}/cells/10/{x}/{y}.mvt");
            if (bytes.Length == 0) continue;
            foreach (var f in Layer(bytes).Features)
            {
                if (f.Number("incidents") is >= 1 and < 5) analystSmall++;
                Assert.Equal(false, f.Properties["suppressed"]);
            }
        }
        Assert.True(analystSmall > 0, "the analyst sees the small counts");
        Assert.Equal(k, fixture.Factory.Services.GetRequiredService<GeoApiOptions>().SuppressBelow);
    }

    [Fact]
    public async Task Incident_points_are_for_analysts_only()
    {
        var (x, y) = await CentreTileAsync(12);
        var url = $"/tiles/{fixture.RunId}/incidents/12/{x}/{y}.mvt";
        var features = Layer(await TileBytesAsync(Roles.Analyst, url)).Features;
        Assert.NotEmpty(features);
        Assert.All(features, f =>
        {
            Assert.Equal(1, f.GeometryType);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", f.Text("date"));
            Assert.NotEqual("withheld", f.Text("location_precision"));
            var (px, py) = f.FirstVertex();
            Assert.InRange(px, -64, 4096 + 64);
            Assert.InRange(py, -64, 4096 + 64);
        });
        foreach (var role in new[] { Roles.Coordinator, Roles.Partner })
            await AssertProblemAsync(role, url, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("cells")]
    [InlineData("density")]
    [InlineData("resources")]
    public async Task A_partner_gets_403_for_coordinator_layers(string layer)
    {
        var (x, y) = await CentreTileAsync(12);
        var url = $"/tiles/{fixture.RunId}/{layer}/12/{x}/{y}.mvt";
        await AssertProblemAsync(Roles.Partner, url, HttpStatusCode.Forbidden);
        Assert.NotEmpty(await TileBytesAsync(Roles.Coordinator, url));
    }

    [Fact]
    public async Task A_tile_has_a_strong_etag_and_long_cache_control_and_if_none_match_gives_304()
    {
        var (x, y) = await CentreTileAsync(11);
        var url = $"/tiles/{fixture.RunId}/areas/11/{x}/{y}.mvt";
        using var client = fixture.Client(Roles.Partner);
        using var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/vnd.mapbox-vector-tile", first.Content.Headers.ContentType?.MediaType);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal(TileService.ETagOf(await first.Content.ReadAsByteArrayAsync()), etag.Tag);
        Assert.Equal("private, max-age=86400, immutable", first.Headers.NonValidated["Cache-Control"].ToString());
        Assert.Equal(TimeSpan.FromDays(1), first.Headers.CacheControl?.MaxAge);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);

        using var other = new HttpRequestMessage(HttpMethod.Get, url);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123\""));
        using var third = await client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task A_cached_tile_is_the_same_bytes_without_a_second_query()
    {
        var tiles = fixture.Factory.Services.GetRequiredService<TileService>();
        var (x, y) = await CentreTileAsync(13);
        var url = $"/tiles/{fixture.RunId}/cells/13/{x}/{y}.mvt";
        var first = await TileBytesAsync(Roles.Coordinator, url);
        var before = tiles.CacheStatistics;
        var second = await TileBytesAsync(Roles.Coordinator, url);
        var after = tiles.CacheStatistics;
        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.Equal(before.Misses, after.Misses);
        Assert.True(after.Hits > before.Hits);
        Assert.True(after.Bytes > 0);

        // The analyst's view of the same tile is another cache entry with the small counts in it.
        var analyst = await TileBytesAsync(Roles.Analyst, url);
        Assert.NotEqual(first, analyst);
    }

    [Fact]
    public async Task A_tile_without_features_is_204()
    {
        using var client = fixture.Client(Roles.Analyst);
        using var response = await client.GetAsync($"/tiles/{fixture.RunId}/cells/10/0/0.mvt");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/tiles/{run}/nope/10/574/262.mvt", HttpStatusCode.NotFound, "layer")]
    [InlineData("/tiles/{run}/areas/23/0/0.mvt", HttpStatusCode.BadRequest, "Zoom")]
    [InlineData("/tiles/{run}/areas/abc/0/0.mvt", HttpStatusCode.BadRequest, "zoom")]
    [InlineData("/tiles/{run}/areas/10/1024/262.mvt", HttpStatusCode.BadRequest, "x=1024")]
    [InlineData("/tiles/{run}/areas/10/-1/262.mvt", HttpStatusCode.BadRequest, "x='-1'")]
    [InlineData("/tiles/{run}/areas/10/574/1024.mvt", HttpStatusCode.BadRequest, "y=1024")]
    [InlineData("/tiles/{run}/areas/10/574/x'or'1.mvt", HttpStatusCode.BadRequest, "y=")]
    [InlineData("/tiles/{run}/areas/10/574/262.mvt?group=nope", HttpStatusCode.BadRequest, "group 'nope'")]
    [InlineData("/tiles/{run}/areas/10/574/262.mvt?group=total';DROP TABLE run_cell;--", HttpStatusCode.BadRequest, "group")]
    [InlineData("/tiles/999999999/areas/10/574/262.mvt", HttpStatusCode.NotFound, "run 999999999")]
    [InlineData("/tiles/1;select/areas/10/574/262.mvt", HttpStatusCode.BadRequest, "run id")]
    public async Task Bad_requests_get_problem_details_naming_what_is_wrong(string url, HttpStatusCode status, string mentions)
    {
        var body = await AssertProblemAsync(Roles.Analyst, url.Replace("{run}", fixture.RunId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), status);
        Assert.Contains(mentions, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tile_needs_a_key()
    {
        using var client = fixture.Client(null);
        using var response = await client.GetAsync($"/tiles/{fixture.RunId}/boundary/10/574/262.mvt");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static MvtLayer Layer(byte[] bytes) => Assert.Single(MvtReader.Read(bytes));

    private async Task<byte[]> TileBytesAsync(string role, string url)
    {
        using var client = fixture.Client(role);
        using var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.NoContent) return [];
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<JsonElement> AssertProblemAsync(string role, string url, HttpStatusCode status)
    {
        using var client = fixture.Client(role);
        using var response = await client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
        return body;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var db = new NpgsqlConnection(fixture.ConnectionString);
        await db.OpenAsync();
        return db;
    }

    private async Task<long> CountAsync(string sql, int z, int x, int y, string group)
    {
        await using var db = await OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, db);
        cmd.Parameters.AddWithValue("sa", ApiFixture.StudyArea);
        cmd.Parameters.AddWithValue("run", fixture.RunId);
        cmd.Parameters.AddWithValue("group", group);
        cmd.Parameters.AddWithValue("z", z);
        cmd.Parameters.AddWithValue("x", x);
        cmd.Parameters.AddWithValue("y", y);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>The study area's box in WGS 84: min lon, min lat, max lon, max lat.</summary>
    private async Task<double[]> BoxAsync()
    {
        await using var db = await OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b)
            FROM (SELECT ST_Transform(boundary, 4326)::box2d AS b FROM study_area WHERE code = @sa) s
            """, db);
        cmd.Parameters.AddWithValue("sa", ApiFixture.StudyArea);
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync());
        return [r.GetDouble(0), r.GetDouble(1), r.GetDouble(2), r.GetDouble(3)];
    }

    private async Task<(int X, int Y)> CentreTileAsync(int z)
    {
        var b = await BoxAsync();
        return TileGrid.TileOf((b[0] + b[2]) / 2, (b[1] + b[3]) / 2, z);
    }

    private async Task<List<(int X, int Y)>> CoveringAsync(int z)
    {
        var b = await BoxAsync();
        return [.. TileGrid.Covering(b[0], b[1], b[2], b[3], z)];
    }
}
