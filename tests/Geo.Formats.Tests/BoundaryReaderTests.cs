using Geo.Testing;
using NetTopologySuite.Geometries;
using Geo.Formats.Boundaries;

namespace Geo.Formats.Tests;

public class BoundaryTests
{
    private static readonly GeometryFactory Sweref = new(new PrecisionModel(), 3006);

    private static Polygon Square(double x, double y) => (Polygon)Sweref.ToGeometry(new Envelope(x, x + 1000, y, y + 1000));

    [SharedDataFact]
    public void PicksLuleaFromAllMunicipalitiesByItsCode()
    {
        var b = BoundaryReader.Read(SharedData.Path("sweden/kommuner_wgs84.geojson"), new BoundaryOptions("2580", TargetSrid: 3006));
        Assert.Equal("Luleå", b.Name);
        Assert.Equal("code", b.CodeProperty);
        Assert.Equal(3006, b.Boundary.SRID);
        // Luleå municipality is about 2,100 km² of land and sea areas in the generalised SCB layer.
        Assert.InRange(b.Boundary.Area / 1e6, 1500, 2600);
        Assert.True(b.Boundary.Covers(Sweref.CreatePoint(new Coordinate(829440.05, 7292327.40))));
        Assert.Contains(b.Notices, n => n.Contains("reprojected to EPSG:3006"));
    }

    [SharedDataFact]
    public void UnknownCodeListsAvailableCodes()
    {
        var e = Assert.Throws<InvalidDataException>(() => BoundaryReader.Read(SharedData.Path("sweden/kommuner_sweref99tm.geojson"), new BoundaryOptions("2589", TargetSrid: 3006)));
        Assert.Contains("no feature has code '2589'", e.Message);
        Assert.Contains("codes are in 'code', e.g. 0114", e.Message);
        Assert.Contains("closest: 2580", e.Message);
    }

    [Fact]
    public void UnionsPartsWithTheSameCodeInAKommunkodProperty()
    {
        var r = new MemoryReader("b.geojson", "id", "KnKod", "KnNamn") { HasGeometry = true, DeclaredSrid = 3006 }
            .Row("1,2580,Luleå", Square(0, 0))
            .Row("2,2581,Piteå", Square(5000, 0))
            .Row("3,2580,Luleå", Square(1000, 0));
        var b = BoundaryReader.Read(r, new BoundaryOptions("2580", TargetSrid: 3006));
        Assert.Equal("KnKod", b.CodeProperty);
        Assert.Equal("Luleå", b.Name);
        Assert.Equal(2_000_000, b.Boundary.Area, 1);
        Assert.Equal(1, b.Boundary.NumGeometries);
        Assert.Contains(b.Notices, n => n.Contains("2 parts, unioned"));
    }

    [Fact]
    public void SingleFeatureIsTakenWhateverItsCode()
    {
        var r = new MemoryReader("one.geojson", "name") { HasGeometry = true }.Row("Somewhere", Square(0, 0));
        var b = BoundaryReader.Read(r, new BoundaryOptions("9999", 3006, 3006));
        Assert.Null(b.CodeProperty);
        Assert.Equal(1_000_000, b.Boundary.Area, 1);
    }
}
