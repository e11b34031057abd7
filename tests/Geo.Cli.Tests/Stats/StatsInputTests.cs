using System.Globalization;
using System.Text.Json;
using Geo.Core.Crs;
using Geo.Formats.Boundaries;
using Geo.Formats.GeoJson;
using Geo.Testing;
using static Geo.Cli.Tests.Stats.StatsSampleData;

namespace Geo.Cli.Tests.Stats;

/// <summary>
/// The input side of <c>geo stats</c> on files, through the real command: longitude/latitude recognised and projected,
/// row filters, local time steps with partial steps dropped, NA/NULL/empty values counted, usage errors exit 2.
/// </summary>
public sealed class StatsInputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The sample's police reports with a location to the centimetre that is not a whole metre (a few hundred reports sit
    /// on whole metres, some of them exactly on a 250 m cell edge, where a 1e-9 m round-trip error may move them across),
    /// as (x, y) in SWEREF 99 TM and as (lon, lat) in WGS 84.
    /// </summary>
    private (string Metric, string LonLat, int Count) RoundTripFiles()
    {
        var police = TestCsv.Read(Police);
        int xi = police["x"], yi = police["y"];
        var toWgs = CrsTransform.Create(CrsRegistry.Sweref99Tm, CrsRegistry.Wgs84);
        var metric = new List<string> { "x,y" };
        var lonLat = new List<string> { "lon,lat" };
        foreach (var r in police.Rows)
        {
            if (r[xi].Length == 0) continue;
            var (x, y) = (double.Parse(r[xi], CultureInfo.InvariantCulture), double.Parse(r[yi], CultureInfo.InvariantCulture));
            if (Math.Round(x * 100) % 100 == 0 || Math.Round(y * 100) % 100 == 0) continue;
            metric.Add(I($"{x:R},{y:R}"));
            var (lon, lat) = toWgs.Apply(x, y);
            lonLat.Add(I($"{lon:R},{lat:R}"));
        }
        var m = Path.Combine(_dir.Path, "metric.csv");
        var l = Path.Combine(_dir.Path, "lonlat.csv");
        File.WriteAllLines(m, metric);
        File.WriteAllLines(l, lonLat);
        return (m, l, metric.Count - 1);
    }

    private static double[] Z(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateArray().Select(r => r.GetProperty("z").GetDouble()).ToArray();

    [Fact]
    public async Task Lon_lat_points_and_a_degree_boundary_give_the_same_gistar_as_the_projected_points()
    {
        var (metric, lonLat, count) = RoundTripFiles();
        Assert.True(count > 25_000, $"{count} points");
        var (exit, stdout, stderr) = await RunGeo("stats", "gistar", "--input", metric, "--cell-size", "250", "--boundary", Boundary, "--json");
        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("degrees", stderr);
        var expected = Z(stdout);

        // The same points in degrees, projected back to SWEREF 99 TM with --crs: the same cells, counts and Gi* z. ProjNET's
        // round trip moves a point by about 1e-9 m, so no point changes cell and the z-scores agree to rounding (1e-9).
        (exit, stdout, stderr) = await RunGeo("stats", "gistar", "--input", lonLat, "--crs", "EPSG:3006", "--cell-size", "250", "--boundary", Boundary, "--json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("coordinates in degrees (WGS 84; columns named longitude/latitude); projected to EPSG:3006 (SWEREF99 TM) as --crs asks", stderr);
        var got = Z(stdout);
        Assert.Equal(expected.Length, got.Length);
        for (var i = 0; i < got.Length; i++) Assert.True(Math.Abs(expected[i] - got[i]) < 1e-9, $"cell {i}: {expected[i]} vs {got[i]}");

        // The boundary in degrees too (a GeoJSON without crs member: WGS 84 per RFC 7946), projected the same way.
        var degreeBoundary = Path.Combine(_dir.Path, "boundary_wgs84.geojson");
        var b = BoundaryReader.Read(Boundary, new BoundaryOptions(TargetSrid: CrsRegistry.Wgs84)).Boundary;
        using (var w = GeoJsonFeatureWriter.Create(degreeBoundary)) w.Write(b, [("name", "sample")]);
        Assert.DoesNotContain("\"crs\"", File.ReadAllText(degreeBoundary));
        (exit, stdout, stderr) = await RunGeo("stats", "gistar", "--input", lonLat, "--crs", "EPSG:3006", "--cell-size", "250", "--boundary", degreeBoundary, "--json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("projected from EPSG:4326 (no crs member: WGS 84 per RFC 7946) to EPSG:3006", stderr);
        got = Z(stdout);
        Assert.Equal(expected.Length, got.Length);
        for (var i = 0; i < got.Length; i++) Assert.True(Math.Abs(expected[i] - got[i]) < 1e-9, $"cell {i}: {expected[i]} vs {got[i]}");
    }

    [Fact]
    public async Task Lon_lat_without_crs_goes_to_the_utm_zone_of_the_data_and_a_geojson_without_crs_is_wgs84()
    {
        var (_, lonLat, count) = RoundTripFiles();
        // Today's failure: "the convex hull of the points (0 km²)" and "the grid has 1 cells".
        var (exit, _, stderr) = await RunGeo("stats", "gistar", "--input", lonLat, "--cell-size", "250", "--boundary", Boundary, "--json");
        Assert.True(exit == 0, stderr);
        // The sample municipality lies at about 22° E, 65.6° N: UTM zone 34N (18° E to 24° E).
        Assert.Contains("projected to EPSG:32634 (WGS 84 / UTM zone 34N), the UTM zone of the data; give --crs to choose", stderr);
        Assert.Contains("boundary.geojson (1 polygon feature, 1056.15 km²); projected from EPSG:3006 to EPSG:32634 as the points", stderr);
        Assert.Matches(@"grid: cell size 250 m \(given\); 17\d{3} square cells", stderr);

        // Points as a GeoJSON without crs member, without a boundary: the convex hull in km², not degrees².
        var geojson = Path.Combine(_dir.Path, "points.geojson");
        var lines = File.ReadAllLines(lonLat).Skip(1).Select(l => $"{{\"type\":\"Feature\",\"properties\":{{}},\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{l}]}}}}");
        File.WriteAllText(geojson, "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",\n", lines) + "]}");
        (exit, _, stderr) = await RunGeo("stats", "moran", "--input", geojson, "--cell-size", "500", "--permutations", "0", "--json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("coordinates in degrees (WGS 84; a GeoJSON without crs member is WGS 84 (RFC 7946)); projected to EPSG:32634", stderr);
        Assert.Matches(@"the convex hull of the points \(\d{3,4}(\.\d+)? km²", stderr);
        Assert.Contains($"{count} points in points.geojson", stderr);
    }

    [Fact]
    public async Task Category_and_where_filters_keep_the_rows_they_say()
    {
        var police = TestCsv.Read(Police);
        int ci = police["category"], pi = police["location_precision"];
        var violence = police.Rows.Count(r => r[ci].StartsWith("violence.", StringComparison.Ordinal));
        var violenceExact = police.Rows.Count(r => r[ci].StartsWith("violence.", StringComparison.Ordinal) && r[pi] == "exact");
        Assert.InRange(violence, 1000, police.Rows.Count - 1000);
        var (exit, _, stderr) = await RunGeo("stats", "gistar", "--input", Police, "--cell-size", "250", "--boundary", Boundary,
            "--category", "violence,NO.SUCH.CODE", "--where", "location_precision=EXACT", "--json");
        Assert.True(exit == 0, stderr);
        Assert.Contains($"filter --category violence,NO.SUCH.CODE (field category; a code also matches its sub-codes): kept {violence} of {police.Rows.Count} rows", stderr);
        Assert.Contains($"filter --where location_precision=EXACT: kept {violenceExact} of {violence} rows", stderr);
        Assert.Contains($"{violenceExact} points in incidents_police.csv", stderr);

        // kde reads the same filters; a category field of another name is named with --category-field.
        (exit, _, stderr) = await RunGeo("stats", "kde", "--input", Police, "--category", "violence", "--category-field", "CATEGORY", "--json");
        Assert.True(exit == 0, stderr);
        Assert.Contains($"kept {violence} of {police.Rows.Count} rows", stderr);

        // No category field: a usage error naming the file and the fields.
        var csv = _dir.File("nocat.csv", "x,y,type\n0,0,a\n100,0,b\n0,100,a\n100,100,b\n");
        (exit, _, stderr) = await RunGeo("stats", "gistar", "--input", csv, "--cell-size", "50", "--category", "a");
        Assert.Equal(2, exit);
        Assert.Contains("nocat.csv has no field named category or kategori; name the field with --category-field NAME (fields: x, y, type)", stderr);
        // Filters apply to point events on a grid.
        (exit, _, stderr) = await RunGeo("stats", "moran", "--input", csv, "--field", "x", "--where", "type=a");
        Assert.Equal(2, exit);
        Assert.Contains("add --cell-size", stderr);
    }

    /// <summary>
    /// Twelve months of events in local time (the 1st to the last day of each month), and five events given in UTC with Z
    /// at 02:00 on 1 January 2024: 21:00 on 31 December 2023 in New York, 03:00 on 1 January in Stockholm.
    /// </summary>
    private string MonthsWithUtcNewYear()
    {
        var lines = new List<string> { "x,y,when,harm" };
        var k = 0;
        for (var m = 1; m <= 12; m++)
        {
            var days = DateTime.DaysInMonth(2024, m);
            foreach (var d in new[] { 1, 10, 20, days })
                for (var e = 0; e < 3 + m % 4; e++, k++)
                    lines.Add(I($"{k % 4 * 50 + 10 + e},{k / 4 % 4 * 50 + 10},2024-{m:00}-{d:00} 12:00,{(k % 7 == 0 ? "NA" : k % 11 == 0 ? "" : k % 13 == 0 ? "NULL" : "1")}"));
        }
        for (var e = 0; e < 5; e++) lines.Add(I($"{10 + e},{10},2024-01-01T02:00:00Z,1"));
        return _dir.File("months.csv", string.Join("\n", lines) + "\n");
    }

    [Fact]
    public async Task Utc_times_land_on_the_local_day_and_a_partly_covered_first_month_is_dropped()
    {
        var csv = MonthsWithUtcNewYear();
        // In New York the five UTC events fall on 31 December 2023: a 13th month covered for 1 of 31 days.
        var (exit, _, stderr) = await RunGeo("stats", "trend", "--input", csv, "--time-field", "when", "--cell-size", "50",
            "--time-zone", "America/New_York", "--partial-steps", "keep");
        Assert.True(exit == 0, stderr);
        Assert.Contains("times: 5 carry a UTC offset or Z: converted to America/New_York local time; ", stderr);
        Assert.Contains("time: the first month step (2023-12-01 to 2023-12-31) is only partly covered by the data: 2023-12-31 to 2023-12-31, 1 of 31 days, 5 events; kept", stderr);
        Assert.Contains("time: 13 month steps from 2023-12-01 to 2024-12-31", stderr);
        Assert.Matches(@"first 5, last \d+\)", stderr);

        // The default drops that month with its events, and says so.
        (exit, _, stderr) = await RunGeo("stats", "trend", "--input", csv, "--time-field", "when", "--cell-size", "50", "--time-zone", "America/New_York");
        Assert.True(exit == 0, stderr);
        Assert.Contains("1 of 31 days, 5 events; dropped with its events (--partial-steps keep keeps it)", stderr);
        Assert.Contains("time: 12 month steps from 2024-01-01 to 2024-12-31", stderr);

        // In Stockholm (the default zone) they are 03:00 on 1 January: twelve whole months, nothing partial.
        (exit, _, stderr) = await RunGeo("stats", "emerging", "--input", csv, "--time-field", "when", "--cell-size", "50");
        Assert.True(exit == 0, stderr);
        Assert.Contains("converted to Europe/Stockholm local time (the default; give --time-zone IANA to choose)", stderr);
        Assert.DoesNotContain("partly covered", stderr);
        Assert.Contains("time: 12 month steps from 2024-01-01 to 2024-12-31", stderr);
    }

    [Fact]
    public async Task From_and_to_bound_the_steps_and_a_partly_covered_last_step_is_dropped()
    {
        var csv = MonthsWithUtcNewYear();
        var all = File.ReadAllLines(csv).Length - 1;
        var (exit, _, stderr) = await RunGeo("stats", "trend", "--input", csv, "--time-field", "when", "--cell-size", "50",
            "--from", "2024-02-01", "--to", "2024-11-15");
        Assert.True(exit == 0, stderr);
        var kept = File.ReadAllLines(csv).Skip(1).Count(l =>
        {
            var d = l.Split(',')[2][..10];
            return string.CompareOrdinal(d, "2024-02-01") >= 0 && string.CompareOrdinal(d, "2024-11-15") <= 0;
        });
        Assert.Contains($"filter --from 2024-02-01 --to 2024-11-15 (local dates of field when): kept {kept} of {all} rows with a time", stderr);
        Assert.Contains("time: the last month step (2024-11-01 to 2024-11-30) is only partly covered by --to: 2024-11-01 to 2024-11-15, 15 of 30 days", stderr);
        Assert.Contains("time: 9 month steps from 2024-02-01 to 2024-10-31", stderr);

        // Dates are local: 2024-01-01T02:00Z is 31 December in New York, so --from 2024-01-01 leaves those five out.
        (exit, _, stderr) = await RunGeo("stats", "kde", "--input", csv, "--time-field", "when", "--from", "2024-01-01", "--to", "2024-01-01",
            "--time-zone", "America/New_York", "--json");
        Assert.True(exit == 0, stderr);
        var firstOfJanuary = File.ReadAllLines(csv).Skip(1).Count(l => l.Contains(",2024-01-01 12:00,", StringComparison.Ordinal));
        Assert.Contains($"kept {firstOfJanuary} of {all} rows with a time", stderr);
        (exit, _, stderr) = await RunGeo("stats", "kde", "--input", csv, "--time-field", "when", "--from", "2024-01-01", "--to", "2024-01-01", "--json");
        Assert.True(exit == 0, stderr);
        Assert.Contains($"kept {firstOfJanuary + 5} of {all} rows with a time", stderr);
    }

    [Fact]
    public async Task NA_NULL_and_empty_values_are_left_out_and_counted_and_text_still_fails()
    {
        var csv = MonthsWithUtcNewYear();
        var rows = File.ReadAllLines(csv).Skip(1).Select(l => l.Split(',')[3]).ToList();
        var missing = rows.Count(v => v is "NA" or "NULL" or "");
        Assert.True(missing > 10 && rows.Contains("NA") && rows.Contains("NULL") && rows.Contains(""));
        var (exit, _, stderr) = await RunGeo("stats", "trend", "--input", csv, "--time-field", "when", "--field", "harm", "--cell-size", "50");
        Assert.True(exit == 0, stderr);
        Assert.Contains($"{missing} rows without a value in field harm (NA, NULL or empty) left out", stderr);

        // A value layer (points with a rate): the rows without a value are left out of the statistic.
        var lines = new List<string> { "x,y,rate" };
        for (var i = 0; i < 20; i++) lines.Add(I($"{i % 5 * 100},{i / 5 * 100},{(i is 3 or 7 ? "NA" : i == 11 ? "null" : i == 12 ? " " : (i * 7 % 10).ToString(CultureInfo.InvariantCulture))}"));
        var rates = _dir.File("rates.csv", string.Join("\n", lines) + "\n");
        string stdout;
        (exit, stdout, stderr) = await RunGeo("stats", "lisa", "--input", rates, "--field", "rate", "--weights", "knn:3", "--json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("4 rows without a value in field rate (NA, NULL or empty) left out", stderr);
        Assert.Equal(16, JsonDocument.Parse(stdout).RootElement.GetArrayLength());

        // A time field with NA.
        var times = _dir.File("times.csv", "x,y,when\n0,0,2024-01-01\n100,0,NA\n0,100,2024-02-01\n100,100,2024-03-01\n100,0,2024-04-01\n");
        (exit, _, stderr) = await RunGeo("stats", "trend", "--input", times, "--time-field", "when", "--cell-size", "50", "--partial-steps", "keep");
        Assert.True(exit == 0, stderr);
        Assert.Contains("1 row without a value in field when (NA, NULL or empty) left out", stderr);

        // Real text is still an error naming the file, row and field.
        var bad = _dir.File("bad.csv", "x,y,rate\n0,0,1\n100,0,2\n0,100,lots\n100,100,4\n50,50,5\n");
        (exit, _, stderr) = await RunGeo("stats", "lisa", "--input", bad, "--field", "rate", "--weights", "knn:2");
        Assert.Equal(2, exit);
        Assert.Contains("bad.csv row 3: field rate has \"lots\", not a number", stderr);
    }

    [Theory]
    [InlineData("gistar", "--cell-size", "50", "--category-field", "when")]
    [InlineData("gistar", "--no-such-option")]
    [InlineData("gistar", "--permutations", "many")]
    [InlineData("kde", "--kernel", "triangle")]
    [InlineData("trend", "--time-field", "when", "--partial-steps", "sometimes")]
    [InlineData("trend", "--time-field", "when", "--step", "day")]
    [InlineData("trend", "--time-field", "when", "--time-zone", "Mars/Olympus_Mons")]
    [InlineData("trend", "--time-field", "when", "--from", "2024-13-01")]
    [InlineData("gistar", "--cell-size", "50", "--crs", "EPSG:4326")]
    [InlineData("gistar", "--cell-size", "50", "--crs", "EPSG:99999")]
    [InlineData("gistar", "--cell-size", "50", "--where", "=a")]
    [InlineData("kde", "--from", "2024-01-01")]
    public async Task Usage_errors_exit_with_2(string command, params string[] options)
    {
        var csv = _dir.File("events.csv", "x,y,when\n0,0,2024-01-05\n100,0,2024-02-05\n0,100,2024-03-05\n100,100,2024-04-05\n");
        var (exit, _, stderr) = await RunGeo(["stats", command, "--input", csv, .. options]);
        Assert.True(exit == 2, $"exit {exit}: {stderr}");
        Assert.NotEmpty(stderr.Trim());
    }
}
