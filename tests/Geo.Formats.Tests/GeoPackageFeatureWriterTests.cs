using Geo.Core.Crs;
using Geo.Core.Geometries;
using Geo.Formats.GeoPackage;
using Geo.Testing;
using NetTopologySuite.Geometries;

namespace Geo.Formats.Tests;

/// <summary>GeoPackages written by <see cref="GeoPackageFeatureWriter"/> read back by Geo's reader and by GDAL's ogrinfo.</summary>
public sealed class GeoPackageFeatureWriterTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static GeoPackageField[] Fields => [new("name", "TEXT"), new("n", "INTEGER"), new("v", "REAL")];

    [Fact]
    public void Points_in_sweref99tm_read_back_exactly_and_ogrinfo_lists_layer_count_fields_and_crs()
    {
        var path = Path.Combine(_dir.Path, "points.gpkg");
        var f = GeometryServices.Factory(3006);
        using (var w = new GeoPackageFeatureWriter(path, "punkter", "POINT", 3006, CrsRegistry.Name(3006), CrsDefinition.Wkt(3006), Fields))
        {
            w.Write(f.CreatePoint(new Coordinate(812345.125, 7290000.5)), ["Östermalm", 3, 0.1]);
            w.Write(f.CreatePoint(new Coordinate(800000, 7000000)), [null, -7L, double.NaN]);
            w.Write(null, ["no geometry", 0, 2.5]);
            Assert.Equal(3, w.Count);
        }

        using (var reader = FeatureReaders.Open(path))
        {
            Assert.Equal(3006, reader.DeclaredSrid);
            Assert.Equal(["fid", "name", "n", "v"], reader.Fields);
            var rows = reader.Read().Select(r => (r.Geometry?.Copy(), Enumerable.Range(0, r.FieldCount).Select(i => r.IsNull(i) ? null : r.Text(i)).ToArray())).ToList();
            Assert.Equal(3, rows.Count);
            var p = Assert.IsType<Point>(rows[0].Item1);
            Assert.Equal((812345.125, 7290000.5, 3006), (p.X, p.Y, p.SRID));
            Assert.Equal<string?[]>(["1", "Östermalm", "3", "0.1"], rows[0].Item2);
            Assert.Equal<string?[]>(["2", null, "-7", null], rows[1].Item2); // NaN is written as null
            Assert.Null(rows[2].Item1);
        }

        var (exit, info, err) = Gdal.Run("ogrinfo", "-al", "-so", path);
        Assert.True(exit == 0, err);
        Assert.Equal("", err.Trim());
        Assert.Contains("Layer name: punkter", info, StringComparison.Ordinal);
        Assert.Contains("Geometry: Point", info, StringComparison.Ordinal);
        Assert.Contains("Feature Count: 3", info, StringComparison.Ordinal);
        Assert.Contains("Extent: (800000.000000, 7000000.000000) - (812345.125000, 7290000.500000)", info, StringComparison.Ordinal);
        Assert.Contains("ID[\"EPSG\",3006]]", info, StringComparison.Ordinal);
        foreach (var field in new[] { "name: String", "n: Integer64", "v: Real" }) Assert.Contains(field, info, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_crs_is_the_undefined_cartesian_srs_and_gdal_reads_the_file_without_complaint()
    {
        var path = Path.Combine(_dir.Path, "cells.gpkg");
        var f = GeometryServices.Factory();
        using (var w = new GeoPackageFeatureWriter(path, "cells", "MULTIPOLYGON", null, null, null, [new GeoPackageField("id", "INTEGER")]))
            for (var i = 0; i < 5; i++)
            {
                var x = i * 100.0;
                w.Write(f.CreateMultiPolygon([f.CreatePolygon([new(x, 0), new(x + 100, 0), new(x + 100, 100), new(x, 100), new(x, 0)])]), [i]);
            }
        using (var reader = FeatureReaders.Open(path))
        {
            Assert.Null(reader.DeclaredSrid);
            Assert.Equal(5, reader.Read().Count());
        }
        var (exit, info, err) = Gdal.Run("ogrinfo", "-ro", "-al", path);
        Assert.True(exit == 0, err);
        Assert.Equal("", err.Trim());
        Assert.Contains("Feature Count: 5", info, StringComparison.Ordinal);
        Assert.Contains("Geometry: Multi Polygon", info, StringComparison.Ordinal);
        Assert.Contains("MULTIPOLYGON (((400 0,500 0,500 100,400 100,400 0)))", info, StringComparison.Ordinal);
        Assert.Contains("id (Integer64) = 4", info, StringComparison.Ordinal);
        Assert.Equal(5, info.Split('\n').Count(l => l.Contains("OGRFeature(cells)", StringComparison.Ordinal)));
    }
}
