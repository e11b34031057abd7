using System.Text;
using Geo.Formats;
using NetTopologySuite.Geometries;
using Geo.Testing;

namespace Geo.Formats.Tests;

public sealed class GeoJsonReaderTests : IDisposable
{
    private const string AllGeometries = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","geometry":{"type":"Point","coordinates":[18.07,59.33]},"properties":{"n":1}},
          {"type":"Feature","geometry":{"type":"MultiPoint","coordinates":[[1,2],[3,4]]},"properties":{"n":2}},
          {"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],[3,4],[5,6]]},"properties":{"n":3}},
          {"type":"Feature","geometry":{"type":"MultiLineString","coordinates":[[[1,2],[3,4]],[[5,6],[7,8]]]},"properties":{"n":4}},
          {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[3,2],[3,3],[2,2]]]},"properties":{"n":5}},
          {"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]]},"properties":{"n":6}},
          {"type":"Feature","geometry":{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2,3]},{"type":"LineString","coordinates":[[1,2],[3,4]]}]},"properties":{"n":7}},
          {"type":"Feature","geometry":null,"properties":{"n":8}}
        ]}
        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Every_geometry_type_becomes_an_NTS_geometry()
    {
        var path = _dir.File("all.geojson", AllGeometries);
        using var reader = FeatureReaders.Open(path);
        Assert.True(reader.HasGeometry);
        Assert.Null(reader.DeclaredSrid);
        var rows = reader.Read().Select(r => (r.Row, r.Text(0), r.Geometry?.GeometryType, r.Geometry?.NumPoints ?? 0, r.GeometryError)).ToList();
        Assert.Equal(
            [
                (1L, "1", "Point", 1, null),
                (2L, "2", "MultiPoint", 2, null),
                (3L, "3", "LineString", 3, null),
                (4L, "4", "MultiLineString", 4, null),
                (5L, "5", "Polygon", 9, null),
                (6L, "6", "MultiPolygon", 8, null),
                (7L, "7", "GeometryCollection", 3, null),
                (8L, "8", null, 0, null),
            ],
            rows);
    }

    [Fact]
    public void Polygon_holes_and_coordinates_are_kept()
    {
        var path = _dir.File("all.geojson", AllGeometries);
        using var reader = FeatureReaders.Open(path);
        var polygon = (Polygon)reader.Read().Skip(4).First().Geometry!.Copy();
        Assert.Equal(1, polygon.NumInteriorRings);
        Assert.Equal(100 - 0.5, polygon.Area, 9);
        Assert.Equal(0, polygon.SRID);
    }

    [Fact]
    public void Properties_of_every_JSON_type_become_text()
    {
        const string json = """
            {"type":"Feature","id":42,"geometry":{"type":"Point","coordinates":[1,2]},
             "properties":{"s":"Luleå \"C\"","i":2580,"f":-1.50e3,"t":true,"b":false,"z":null,"o":{"a":[1,2]},"a":[1,"x"]}}
            """;
        var path = _dir.File("one.json", json);
        using var reader = FeatureReaders.Open(path);
        Assert.Equal(["s", "i", "f", "t", "b", "z", "o", "a", "id"], reader.Fields);
        var row = Assert.Single(TempDir.Rows(reader));
        string?[] expected = ["Luleå \"C\"", "2580", "-1.50e3", "true", "false", null, """{"a":[1,2]}""", """[1,"x"]""", "42"];
        Assert.Equal(expected, row);
    }

    [Fact]
    public void Fields_are_the_union_of_all_properties_in_order_of_first_appearance()
    {
        const string json = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","id":"a","properties":{"x":1},"geometry":null},
              {"type":"Feature","properties":null,"geometry":null},
              {"type":"Feature","properties":{"y":2,"x":3},"geometry":null}]}
            """;
        var path = _dir.File("u.geojson", json);
        using var reader = FeatureReaders.Open(path);
        Assert.Equal(["x", "y", "id"], reader.Fields);
        var rows = new List<(string?, string?, string?, bool)>();
        foreach (var r in reader.Read()) rows.Add((r.IsNull(0) ? null : r.Text(0), r.IsNull(1) ? null : r.Text(1), r.IsNull(2) ? null : r.Text(2), r.IsNull(9)));
        Assert.Equal([("1", null, "a", true), (null, null, null, true), ("3", "2", null, true)], rows);
    }

    [Fact]
    public void Feature_id_is_not_a_field_when_a_property_is_named_id()
    {
        const string json = """{"type":"FeatureCollection","features":[{"type":"Feature","id":7,"properties":{"id":"0180C3420"},"geometry":null}]}""";
        var path = _dir.File("id.geojson", json);
        using var reader = FeatureReaders.Open(path);
        Assert.Equal(["id"], reader.Fields);
        Assert.Equal([["0180C3420"]], TempDir.Rows(reader));
    }

    [Theory]
    [InlineData("urn:ogc:def:crs:EPSG::3006", 3006)]
    [InlineData("EPSG:3006", 3006)]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/3021", 3021)]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS84", 4326)]
    public void Legacy_crs_member_sets_DeclaredSrid_and_geometry_SRID(string name, int srid)
    {
        var json = $$$$"""
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[665740.7,6599291.3]}}],
             "crs":{"type":"name","properties":{"name":"{{{{name}}}}"}}}
            """;
        var path = _dir.File("crs.geojson", json);
        using var reader = FeatureReaders.Open(path);
        Assert.Equal(srid, reader.DeclaredSrid);
        Assert.Contains(reader.Notices, n => n.StartsWith($"CRS: EPSG:{srid}", StringComparison.Ordinal));
        Assert.Equal(srid, Assert.Single(reader.Read().Select(r => r.Geometry!.SRID).ToList()));
    }

    [Fact]
    public void Old_EPSG_code_crs_member_is_understood()
    {
        const string json = """{"type":"Feature","crs":{"type":"EPSG","properties":{"code":3006}},"properties":{},"geometry":null}""";
        var path = _dir.File("crs.json", json);
        using var reader = FeatureReaders.Open(path);
        Assert.Equal(3006, reader.DeclaredSrid);
    }

    [Fact]
    public void Bad_coordinates_set_GeometryError_and_reading_goes_on()
    {
        const string json = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"n":1},"geometry":{"type":"Point","coordinates":["x",2]}},
              {"type":"Feature","properties":{"n":2},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}},
              {"type":"Feature","properties":{"n":3},"geometry":{"type":"Blob","coordinates":[]}},
              {"type":"Feature","properties":{"n":4},"geometry":{"type":"LineString","coordinates":[[1]]}},
              {"type":"Feature","properties":{"n":5},"geometry":{"type":"Point","coordinates":[1,2]}}]}
            """;
        var path = _dir.File("bad.geojson", json);
        using var reader = FeatureReaders.Open(path);
        var rows = reader.Read().Select(r => (r.Text(0), r.Geometry is null, r.GeometryError)).ToList();
        Assert.Equal(5, rows.Count);
        Assert.Contains("finite number", rows[0].GeometryError);
        Assert.Contains("not closed", rows[1].GeometryError);
        Assert.Contains("unknown geometry type \"Blob\"", rows[2].GeometryError);
        Assert.Contains("at least two numbers", rows[3].GeometryError);
        Assert.Equal(("5", false, null), rows[4]);
    }

    [Fact]
    public void Broken_JSON_names_the_feature()
    {
        const string json = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"n":1},"geometry":null},
              {"type":"Feature","properties":{"n":2,},"geometry":null},
              {"type":"Feature","properties":{"n":3} "geometry":null}]}
            """;
        var path = _dir.File("broken.geojson", json);
        var e = Assert.Throws<InputFormatException>(() => FeatureReaders.Open(path));
        Assert.Equal(3, e.Row);
        Assert.Contains("broken.geojson, row 3: broken JSON in feature 3", e.Message);
    }

    [Fact]
    public void Truncated_JSON_names_the_feature()
    {
        const string json = """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"n":1},"geometry":null},{"type":"Feature","prop""";
        var path = _dir.File("cut.geojson", json);
        var e = Assert.Throws<InputFormatException>(() => FeatureReaders.Open(path));
        Assert.Equal(2, e.Row);
    }

    [Fact]
    public void Not_a_FeatureCollection_is_an_error()
    {
        var path = _dir.File("g.geojson", """{"type":"Point","coordinates":[1,2]}""");
        var e = Assert.Throws<InputFormatException>(() => FeatureReaders.Open(path));
        Assert.Contains("not a GeoJSON FeatureCollection or Feature", e.Message);
    }

    [Fact]
    public void Large_collection_streams_across_buffer_refills_and_gzip()
    {
        var sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (var i = 0; i < 5000; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append($$$"""{"type":"Feature","properties":{"i":{{{i}}},"name":"{{{new string('n', i % 50)}}}"},"geometry":{"type":"Point","coordinates":[{{{i}}}.5,{{{i}}}.25]}}""");
        }

        sb.Append("],\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3006\"}}}");
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        foreach (var path in new[] { _dir.File("big.geojson", bytes), _dir.Gzip("big.geojson.gz", bytes) })
        {
            using var reader = FeatureReaders.Open(path);
            Assert.Equal(3006, reader.DeclaredSrid);
            var count = 0;
            foreach (var row in reader.Read())
            {
                Assert.Equal(count + 1, row.Row);
                Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Text(0));
                Assert.Equal(count + 0.25, ((Point)row.Geometry!).Y);
                count++;
            }

            Assert.Equal(5000, count);
            Assert.Equal(reader.TotalBytes, reader.BytesRead);
        }
    }
}
