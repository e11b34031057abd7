using Geo.Formats.Boundaries;
using Geo.Testing;
using NetTopologySuite.Geometries;

namespace Geo.Formats.Tests;

/// <summary>A boundary is reprojected from WGS 84 only when its coordinates can be degrees and its file says nothing else.</summary>
public sealed class BoundaryCrsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Polygon Square(double x, double y, double size) =>
        (Polygon)new GeometryFactory().ToGeometry(new Envelope(x, x + size, y, y + size));

    [Fact]
    public void MetreCoordinatesWithoutACrsAreRefusedInsteadOfTakenAsDegrees()
    {
        // Taken as degrees, this 100 m square became 280,592,032 km².
        var reader = new MemoryReader("omrade.geojson", "name") { HasGeometry = true }.Row("Centrum", Square(830_000, 7_290_000, 100));
        var e = Assert.Throws<InputFormatException>(() => BoundaryReader.Read(reader, new BoundaryOptions(TargetSrid: 3006)));
        Assert.Equal("omrade.geojson", e.File);
        Assert.Contains("the file declares no CRS, which means WGS 84 longitude/latitude, but the boundary's coordinates (x 830000 to 830100, y 7290000 to 7290100) are not degrees", e.Message);
        Assert.Contains("--crs EPSG:NNNN", e.Message);
        // Given the CRS, it is the 100 m square it is.
        Assert.Equal(10_000, BoundaryReader.Read(reader, new BoundaryOptions(SourceSrid: 3006, TargetSrid: 3006)).Boundary.Area, 3);
    }

    [Fact]
    public void AGeoPackageWithAnUndefinedSrsIsRefused()
    {
        var path = System.IO.Path.Combine(_dir.Path, "b.gpkg");
        using (var gpkg = new GeoPackageWriter(path))
        {
            gpkg.AddLayer("b", "POLYGON", 0, "name TEXT");
            gpkg.Insert("b", null, GeoPackageWriter.Blob(Square(20, 65, 0.1), 0), "Somewhere");
        }
        var e = Assert.Throws<InputFormatException>(() => BoundaryReader.Read(path, new BoundaryOptions(TargetSrid: 3006)));
        Assert.Contains("the GeoPackage layer 'b' has srs_id 0 (undefined geographic CRS), which is not an EPSG code: give the CRS", e.Message);
        Assert.True(BoundaryReader.Read(path, new BoundaryOptions(SourceSrid: 4326, TargetSrid: 3006)).Boundary.Area > 1e7);
    }

    [Fact]
    public void DegreesWithoutACrsAreStillWgs84()
    {
        var reader = new MemoryReader("b.geojson", "name") { HasGeometry = true }.Row("Luleå", Square(22.0, 65.5, 0.2));
        var b = BoundaryReader.Read(reader, new BoundaryOptions(TargetSrid: 3006));
        Assert.Contains("source CRS EPSG:4326 (no crs member → EPSG:4326 per RFC 7946)", b.Notices);
    }
}
