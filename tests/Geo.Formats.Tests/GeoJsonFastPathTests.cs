using System.Text;
using System.Text.Json;
using Geo.Core.Geometries;
using Geo.Formats.GeoJson;
using Geo.Testing;
using NetTopologySuite.Geometries;

namespace Geo.Formats.Tests;

/// <summary>
/// The GeoJSON reader's fast path (features read straight from the tokens) must give exactly what the exact
/// <see cref="JsonDocument"/> path gives, and must give up on every feature that path words a problem for or reads
/// differently (duplicate members: the last one counts there).
/// </summary>
public sealed class GeoJsonFastPathTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Unusual_but_valid_features_read_as_the_exact_path_reads_them()
    {
        const string json = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"a":1,"a":2,"\u0062":"x\ty","o":{"k" : [1, 2]}},"bbox":[0,0,1,1],
               "geometry":{"bbox":[0,0,1,1],"type":"Polygon","coordinates":[[[0,0,9],[4,0,9,8],[4,3,9],[0,0,9]]]}},
              {"type":"Feature","properties":{"a":1},"properties":{"b":"last"},"geometry":null},
              {"type":"Feature","properties":{"a":3},"geometry":{"coordinates":[[1,2],[3,4]],"type":"LineString"}},
              {"type":"Feature","properties":{"a":4},"geometry":{"type":"Point","coordinates":[1,2]},"geometry":{"type":"Point","coordinates":[5,6]}},
              {"type":"Feature","properties":{"a":5,"b":"\ud800"},"geometry":{"type":"Point","coordinates":[]}}
            ]}
            """;
        using var reader = FeatureReaders.Open(_dir.File("odd.geojson", json));
        Assert.Equal(["a", "b", "o"], reader.Fields);
        var rows = reader.Read().Select(r => (
            Values: Enumerable.Range(0, 3).Select(i => r.IsNull(i) ? null : r.Text(i)).ToArray(),
            Wkt: r.Geometry?.AsText(), r.GeometryError, Problem: r.TextProblem(1))).ToList();
        Assert.Equal(new string?[] { "2", "x\ty", """{"k" : [1, 2]}""" }, rows[0].Values);
        Assert.Equal("POLYGON ((0 0, 4 0, 4 3, 0 0))", rows[0].Wkt);
        Assert.Equal(new string?[] { null, "last", null }, rows[1].Values);
        Assert.Null(rows[1].Wkt);
        Assert.Equal("LINESTRING (1 2, 3 4)", rows[2].Wkt);
        Assert.Equal("POINT (5 6)", rows[3].Wkt);
        Assert.Equal("POINT EMPTY", rows[4].Wkt);
        Assert.Equal("\\ud800", rows[4].Values[1]);
        Assert.Contains("unpaired UTF-16 surrogate", rows[4].Problem);
        Assert.All(rows, r => Assert.Null(r.GeometryError));
    }

    [Theory]
    [InlineData("""{"type":"Feature","properties":{"a":1,"b":"t"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}""", true)]
    [InlineData("""{"type":"Feature","id":"f1","properties":{"a":[1,{"x":2}]},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]]]}}""", true)]
    [InlineData("""{"type":"Feature","properties":null,"geometry":{"type":"MultiLineString","coordinates":[[[0,0],[1,0]]]}}""", true)]
    [InlineData("""{"type":"Feature","properties":{"a":1},"properties":{"a":2},"geometry":null}""", false)]
    [InlineData("""{"type":"Feature","id":1,"id":2,"geometry":null}""", false)]
    [InlineData("""{"type":"Feature","geometry":null,"geometry":null}""", false)]
    [InlineData("""{"type":"Feature","geometry":{"coordinates":[1,2],"type":"Point"}}""", false)]
    [InlineData("""{"type":"Feature","geometry":{"type":"Point","type":"Point","coordinates":[1,2]}}""", false)]
    [InlineData("""{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2],"coordinates":[3,4]}}""", false)]
    [InlineData("""{"type":"Feature","geometry":{"type":"GeometryCollection","geometries":[]}}""", false)]
    [InlineData("""{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}}""", false)]
    [InlineData("""{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}}""", false)]
    [InlineData("""{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[]]}}""", false)]
    [InlineData("""{"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0]]}}""", false)]
    [InlineData("""{"type":"Feature","geometry":{"type":"Point","coordinates":[1e999,2]}}""", false)]
    [InlineData("""{"type":"Feature","geometry":{"type":"Point","coordinates":["1",2]}}""", false)]
    [InlineData("""{"type":"Feature","geometry":{"type":"Point","coordinates":[1]}}""", false)]
    [InlineData("""{"type":"Feature","geometry":{"type":"Point"}}""", false)]
    [InlineData("""{"type":"Feature","geometry":{"type":"Circle","coordinates":[1,2]}}""", false)]
    [InlineData("""{"type":"Feature","geometry":"POINT (1 2)"}""", false)]
    [InlineData("""{"type":"Feature","properties":{"a":"\udc00"},"geometry":null}""", false)]
    [InlineData("""{"type":"Feature","properties":{"a":1,},"geometry":{"type":"Point","coordinates":[1,2]} x""", false)]
    [InlineData("""[1,2]""", false)]
    public void Fast_path_reads_only_the_ordinary_case(string feature, bool read)
    {
        var fast = new GeoJsonFastFeature(new Dictionary<string, int>(StringComparer.Ordinal) { ["a"] = 0, ["b"] = 1 }, 2,
            GeometryServices.Factory());
        var data = Encoding.UTF8.GetBytes(feature);
        var reader = new Utf8JsonReader(data, new JsonReaderOptions { AllowTrailingCommas = true });
        Assert.True(reader.Read());
        Assert.Equal(read, fast.TryRead(ref reader, data, new string?[3], out var geometry));
        if (read) Assert.NotNull(geometry);
    }

    [Fact]
    public void Fast_path_gives_up_when_the_buffered_data_ends_inside_the_feature()
    {
        const string feature = """{"type":"Feature","properties":{"a":1},"geometry":{"type":"Point","coordinates":[1,2]}}""";
        var fast = new GeoJsonFastFeature(new Dictionary<string, int> { ["a"] = 0 }, -1, GeometryServices.Factory());
        for (var cut = 1; cut <= feature.Length; cut++)
        {
            var data = Encoding.UTF8.GetBytes(feature[..cut]);
            var reader = new Utf8JsonReader(data, isFinalBlock: false, default);
            Assert.True(reader.Read());
            Assert.Equal(cut == feature.Length, fast.TryRead(ref reader, data, new string?[1], out _));
        }
    }
}
