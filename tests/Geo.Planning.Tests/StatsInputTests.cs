using Geo.Core.Crs;
using Geo.Planning.Stats;
using Geo.Testing;

namespace Geo.Planning.Tests;

/// <summary>How <see cref="StatsFiles"/> reads the events of a statistic: degrees detected and projected, local times, filters, missing values.</summary>
public sealed class StatsInputTests : IDisposable
{
    private static readonly StatsFiles Files = new();
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(-84.51, 39.10, 32616)] // Cincinnati: zone 16N (−90° to −84°)
    [InlineData(-95.37, 29.76, 32615)] // Houston
    [InlineData(22.15, 65.58, 32634)]  // Luleå
    [InlineData(18.07, 59.33, 32634)]  // Stockholm: 18° E is the west edge of zone 34
    [InlineData(-75.57, 6.25, 32618)]  // Medellín
    [InlineData(151.21, -33.87, 32756)] // Sydney: south
    [InlineData(180, 0, 32660)]
    [InlineData(-180, -1, 32701)]
    public void Utm_zone_of_a_longitude_and_latitude(double lon, double lat, int srid)
    {
        Assert.Equal(srid, CrsRegistry.UtmZone(lon, lat));
        Assert.True(CrsRegistry.IsMetric(srid));
    }

    [Fact]
    public void Lon_lat_columns_are_projected_to_the_utm_zone_as_proj_does()
    {
        // PROJ (gdaltransform -s_srs EPSG:4326 -t_srs EPSG:32616) puts (-84.51, 39.10) at (715323.6466, 4330825.6512) and
        // (-84.51, 39.11) at (715293.2022, 4331935.5983); ProjNET's UTM agrees to a millimetre.
        var csv = _dir.File("ll.csv", "longitude,latitude\n-84.51,39.10\n-84.51,39.11\n-84.50,39.10\n");
        var p = Files.ReadPoints(csv, null, null);
        Assert.Equal(32616, p.DeclaredSrid);
        Assert.Contains(p.Notices, n => n.Contains("projected to EPSG:32616 (WGS 84 / UTM zone 16N), the UTM zone of the data", StringComparison.Ordinal));
        Assert.Equal(715323.6466, p.X[0], 0.001);
        Assert.Equal(4330825.6512, p.Y[0], 0.001);
        Assert.Equal(715293.2022, p.X[1], 0.001);
        Assert.Equal(4331935.5983, p.Y[1], 0.001);
    }

    [Fact]
    public void Small_metric_layers_are_not_taken_for_degrees_but_a_small_extent_in_degrees_is()
    {
        var metric = _dir.File("m.csv", "x,y\n0.5,0\n1,0\n0,1\n1,1\n");
        var p = Files.ReadPoints(metric, null, null);
        Assert.Null(p.DeclaredSrid);
        Assert.Empty(p.Notices);
        Assert.Equal(0.5, p.X[0]);

        var degrees = _dir.File("d.csv", "x,y\n12.56831,55.67612\n12.57102,55.67933\n12.56011,55.68204\n");
        p = Files.ReadPoints(degrees, null, null);
        Assert.Equal(32633, p.DeclaredSrid);
        Assert.Contains(p.Notices, n => n.Contains("spanning at most 10° and given to more than 3 decimals", StringComparison.Ordinal));

        // --crs labels an undeclared metric file; a geographic --crs is refused.
        p = Files.ReadPoints(metric, null, null, new EventInput(Crs: 3006));
        Assert.Equal(3006, p.DeclaredSrid);
        Assert.Equal(0.5, p.X[0]);
        Assert.Throws<ArgumentException>(() => Files.ReadPoints(metric, null, null, new EventInput(Crs: 4326)));
    }

    [Fact]
    public void Times_with_an_offset_are_converted_to_the_local_time_zone_and_others_kept_as_written()
    {
        var csv = _dir.File("t.csv",
            "x,y,when\n0,0,2024-01-01T02:00:00Z\n100,0,2024-03-31T00:30:00Z\n0,100,2024-06-30T22:30:00+00:00\n100,100,2024-07-01 08:15\n5,5,NA\n");
        var p = Files.ReadPoints(csv, null, "when");
        // Stockholm: CET (+1) in January, CEST (+2) from 31 March 01:00 UTC.
        Assert.Equal(new DateTime(2024, 1, 1, 3, 0, 0), p.Time![0]);
        Assert.Equal(new DateTime(2024, 3, 31, 1, 30, 0), p.Time[1]);
        Assert.Equal(new DateTime(2024, 7, 1, 0, 30, 0), p.Time[2]);
        Assert.Equal(new DateTime(2024, 7, 1, 8, 15, 0), p.Time[3]);
        Assert.Equal(4, p.Count);
        Assert.Contains("1 row without a value in field when (NA, NULL or empty) left out", p.Notices);

        p = Files.ReadPoints(csv, null, "when", new EventInput(TimeZone: "America/New_York"));
        Assert.Equal(new DateTime(2023, 12, 31, 21, 0, 0), p.Time![0]);
        Assert.Equal(new DateTime(2024, 3, 30, 20, 30, 0), p.Time[1]);
        Assert.Equal(new DateTime(2024, 7, 1, 8, 15, 0), p.Time[3]);
        var e = Assert.Throws<ArgumentException>(() => Files.ReadPoints(csv, null, "when", new EventInput(TimeZone: "Europe/Atlantis")));
        Assert.Contains("--time-zone Europe/Atlantis", e.Message);
    }

    [Fact]
    public void Filters_keep_matching_rows_and_count_them()
    {
        var csv = _dir.File("f.csv",
            "x,y,kategori,area,when\n0,0,violence.assault,north,2024-01-01\n1,0,violence,south,2024-01-02\n0,1,violent,north,2024-01-03\n" +
            "1,1,property.theft,north,2024-01-04\n2,2,VIOLENCE.robbery,North,2024-02-01\n3,3,,north,2024-02-02\n4,4,violence.threat,NORTH,2024-01-31\n");
        var p = Files.ReadPoints(csv, null, "when", new EventInput(Categories: ["violence"], Where: "area=north", From: new DateOnly(2024, 1, 1), To: new DateOnly(2024, 1, 31)));
        Assert.Equal(2, p.Count); // violence.assault and violence.threat in the north in January
        Assert.Equal(
        [
            "filter --category violence (field kategori; a code also matches its sub-codes): kept 4 of 7 rows",
            "filter --where area=north: kept 3 of 4 rows",
            "filter --from 2024-01-01 --to 2024-01-31 (local dates of field when): kept 2 of 3 rows with a time",
        ], p.Notices);
        Assert.Throws<ArgumentException>(() => Files.ReadPoints(csv, null, null, new EventInput(From: new DateOnly(2024, 1, 1))));
    }

    private string Squares(string name, double x0, double y0, double size, string? crs)
    {
        var features = new List<string>();
        for (var r = 0; r < 5; r++)
            for (var c = 0; c < 5; c++)
            {
                double a = x0 + c * size, b = y0 + r * size, e = x0 + (c + 1) * size, f = y0 + (r + 1) * size; // shared corners written identically
                features.Add(FormattableString.Invariant(
                    $"{{\"type\":\"Feature\",\"properties\":{{\"v\":{(r * 7 + c * c) % 9}}},\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[[{a},{b}],[{e},{b}],[{e},{f}],[{a},{f}],[{a},{b}]]]}}}}"));
            }
        var member = crs is null ? "" : $"\"crs\":{{\"type\":\"name\",\"properties\":{{\"name\":\"{crs}\"}}}},";
        return _dir.File(name, "{\"type\":\"FeatureCollection\"," + member + "\"features\":[" + string.Join(",\n", features) + "]}");
    }

    [Fact]
    public void Polygons_in_degrees_are_projected_and_keep_their_queen_contiguity()
    {
        // The same 5 x 5 lattice in metres and in degrees (a GeoJSON without crs, and one declaring EPSG:4326): the values
        // and the queen neighbours are the same, so Moran's I agrees to rounding.
        var metres = new MoranOperation(Files).Run(new MoranRequest(new LayerRequest(Squares("m.geojson", 500000, 6500000, 1000, "urn:ogc:def:crs:EPSG::3006"), "v"), "queen", Permutations: 0));
        Assert.DoesNotContain(metres.Notices, n => n.Contains("degrees", StringComparison.Ordinal));
        foreach (var crs in new string?[] { null, "urn:ogc:def:crs:EPSG::4326" })
        {
            var degrees = new MoranOperation(Files).Run(new MoranRequest(new LayerRequest(Squares("d.geojson", 18.0, 59.3, 0.01, crs), "v"), "queen", Permutations: 0));
            Assert.Equal(metres.Result.Statistic, degrees.Result.Statistic, 12);
            Assert.Equal(32634, degrees.Layer.DeclaredSrid);
            Assert.Contains(degrees.Notices, n => n.Contains(crs is null ? "a GeoJSON without crs member is WGS 84 (RFC 7946)" : "the file declares EPSG:4326", StringComparison.Ordinal));
            // A cell of 0.01° at 59.3° N is about 568 m wide and 1,114 m high (on UTM zone 34N, 3° west of its central
            // meridian, the scale factor is 0.99996): about 632,700 m².
            Assert.InRange(degrees.Layer.Polygons![0].Area, 625_000, 640_000);
        }

        // A layer declaring a metric CRS is reprojected to --crs.
        var moved = Files.ReadValues(Squares("m2.geojson", 500000, 6500000, 1000, "urn:ogc:def:crs:EPSG::3006"), "v", null, 32633);
        Assert.Equal(32633, moved.DeclaredSrid);
        Assert.Contains(moved.Notices, n => n.Contains("coordinates in EPSG:3006 (SWEREF99 TM, declared by the file); projected to EPSG:32633", StringComparison.Ordinal));
    }
}
