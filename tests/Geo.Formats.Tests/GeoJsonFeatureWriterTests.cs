using System.Text.Json;
using Geo.Formats;
using Geo.Formats.GeoJson;
using NetTopologySuite.Geometries;
using Geo.Testing;

namespace Geo.Formats.Tests;

public sealed class GeoJsonFeatureWriterTests : IDisposable
{
    private static readonly GeometryFactory Factory = new();
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Features_round_trip_through_the_reader_with_exact_coordinates_and_properties()
    {
        var square = Factory.CreatePolygon([new(0, 0), new(250, 0), new(250, 250), new(0, 250), new(0, 0)]);
        var holed = Factory.CreatePolygon(Factory.CreateLinearRing([new(0, 0), new(10, 0), new(10, 10), new(0, 10), new(0, 0)]),
            [Factory.CreateLinearRing([new(2, 2), new(3, 2), new(3, 3), new(2, 2)])]);
        var multi = Factory.CreateMultiPolygon([square, (Polygon)holed.Copy()]);
        var point = Factory.CreatePoint(new Coordinate(830171.79, 7290315.08));
        // A clipped cell can come out as a collection with a sliver line: only its polygons are written.
        var collection = Factory.CreateGeometryCollection([square, Factory.CreateLineString([new(0, 0), new(1, 1)])]);
        var path = Path.Combine(_dir.Path, "out.geojson");
        GeoJsonFeatureWriter.Write(path, null,
        [
            (square, [("id", 0), ("z", 2.5), ("class", "hot")]),
            (holed, [("id", 1), ("z", double.NaN), ("class", "not-significant")]),
            (multi, [("id", 2), ("z", null), ("class", "cold")]),
            (point, [("id", 3), ("z", 0.1 + 0.2), ("class", "å")]),
            (collection, [("id", 4), ("z", -1e-300), ("class", "x")]),
        ]);

        using var reader = FeatureReaders.Open(path);
        Assert.Null(reader.DeclaredSrid);
        var rows = reader.Read().Select(r => (Id: r.Text(reader.Fields.ToList().IndexOf("id")), Z: r.Text(reader.Fields.ToList().IndexOf("z")),
            Class: r.Text(reader.Fields.ToList().IndexOf("class")), Geometry: r.Geometry!.Copy())).ToList();
        Assert.Equal(5, rows.Count);
        Assert.True(rows[0].Geometry.EqualsExact(square));
        Assert.True(rows[1].Geometry.EqualsExact(holed));
        Assert.True(rows[2].Geometry.EqualsExact(multi));
        Assert.True(rows[3].Geometry.EqualsExact(point));
        Assert.Equal("MultiPolygon", rows[4].Geometry.GeometryType);
        Assert.True(rows[4].Geometry.GetGeometryN(0).EqualsExact(square));
        Assert.Equal("2.5", rows[0].Z);
        Assert.Equal("", rows[1].Z);   // NaN is written as null
        Assert.Equal("0.30000000000000004", rows[3].Z); // shortest round-trip number
        Assert.Equal("å", rows[3].Class);
    }

    [Fact]
    public void A_legacy_crs_member_is_written_only_when_given()
    {
        var crs = JsonDocument.Parse("""{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3006"}}""").RootElement;
        var path = Path.Combine(_dir.Path, "crs.geojson");
        GeoJsonFeatureWriter.Write(path, crs, [(Factory.CreatePoint(new Coordinate(1, 2)), [("id", 1)])]);
        using (var reader = FeatureReaders.Open(path)) Assert.Equal(3006, reader.DeclaredSrid);
        var plain = Path.Combine(_dir.Path, "plain.geojson");
        GeoJsonFeatureWriter.Write(plain, null, [(Factory.CreatePoint(new Coordinate(1, 2)), [("id", 1)])]);
        Assert.DoesNotContain("\"crs\"", File.ReadAllText(plain));
    }

    [Fact]
    public void Ring_orientation_is_left_as_given_and_features_stream_one_at_a_time()
    {
        var clockwise = Factory.CreatePolygon([new(0, 0), new(0, 10), new(10, 10), new(10, 0), new(0, 0)]);
        var path = Path.Combine(_dir.Path, "cw.geojson");
        using (var w = GeoJsonFeatureWriter.Create(path, name: "cells"))
        {
            w.Write(clockwise, [("id", 0)]);
            w.Write(null, [("id", 1), ("flag", true)]);
            Assert.Equal(2, w.Count);
        }
        var text = File.ReadAllText(path);
        Assert.Contains("[[[0,0],[0,10],[10,10],[10,0],[0,0]]]", text);
        Assert.Contains("\"name\":\"cells\"", text);
        using var reader = FeatureReaders.Open(path);
        var rows = reader.Read().Select(r => r.Geometry?.Copy()).ToList();
        Assert.True(rows[0]!.EqualsExact(clockwise));
        Assert.Null(rows[1]);
    }
}
