using Geo.Import.Profiles;
using NetTopologySuite.Geometries;
using Geo.Testing;

namespace Geo.Import.Tests.Mapping;

public class ResourceTests
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    [Fact]
    public void NativeResourceCsvWithOptionalColumns()
    {
        var r = new MemoryReader("fritid.csv", "source_id", "type", "name", "lat", "lon", "owner_agency", "opening_hours", "capacity", "notes", "district")
            .Row("g1,youth_centre,Gården,65.5842,22.1547,kommun,Mo-Fr 15:00-21:00,60,Ny lokal 2024,Centrum")
            .Row("g2,youth_center,Gården 2,65.5842,22.1547,,,,,")
            .Row("g3,school,Skolan,65.5842,22.1547,,,many,,");
        using var src = Sources.OpenResources(r, TestAreas.Options() with { KeepAttributes = ["district"] });
        var rows = src.Rows().ToList();
        var g = rows[0].Value!;
        Assert.Equal((ImportOptions.DefaultSource, "g1", "youth_centre", "Gården", "kommun", "Mo-Fr 15:00-21:00", 60, "Ny lokal 2024"),
            (g.Source, g.SourceId, g.Type, g.Name, g.OwnerAgency, g.OpeningHours, g.Capacity, g.Notes));
        Assert.Equal(829440.05, ((Point)g.Geometry).X, 0.01);
        Assert.Equal("{\"district\":\"Centrum\"}", g.Attributes);

        Assert.Null(rows[1].Value);
        var i = Assert.Single(rows[1].Issues);
        Assert.Equal(("fritid.csv", 2L, "type", "youth_center"), (i.File, i.Row, i.Field, i.Value));
        Assert.StartsWith("unknown resource type 'youth_center' in type; closest: youth_centre", i.Reason);

        Assert.Null(rows[2].Value!.Capacity);
        Assert.Equal(RejectAction.Warning, Assert.Single(rows[2].Issues).Action);
    }

    [Fact]
    public void OpeningHoursOutsideTheSupportedSubsetAreKeptWithAWarningNamingTheResourceAndTheText()
    {
        var r = new MemoryReader("fritid.csv", "source_id", "type", "name", "lat", "lon", "opening_hours")
            .Row("g1,youth_centre,Gården,65.5842,22.1547,Mo-Th 15:00-21:00; Fr 15:00-23:00; Sa 18:00-23:00")
            .Row("g2,youth_centre,Gården 2,65.5842,22.1547,Mo-Fr 15:00-21:00; PH off");
        using var src = Sources.OpenResources(r, TestAreas.Options());
        var rows = src.Rows().ToList();
        Assert.Empty(rows[0].Issues);
        Assert.Equal("Mo-Fr 15:00-21:00; PH off", rows[1].Value!.OpeningHours);
        var i = Assert.Single(rows[1].Issues);
        Assert.Equal(("fritid.csv", 2L, "opening_hours", "Mo-Fr 15:00-21:00; PH off", RejectAction.Warning), (i.File, i.Row, i.Field, i.Value, i.Action));
        Assert.StartsWith("opening hours of resource g2 cannot be read (", i.Reason);
        Assert.Contains("PH", i.Reason);
        Assert.EndsWith("kept as text; geo analyze counts it as closed", i.Reason);
    }

    [Fact]
    public void ResourceWithoutLocationIsRejected()
    {
        var r = new MemoryReader("r.csv", "source_id", "type", "name", "x", "y").Row("1,camera,K1,,");
        using var src = Sources.OpenResources(r, TestAreas.Options());
        var row = Assert.Single(src.Rows().ToList());
        Assert.Null(row.Value);
        Assert.Equal(RejectAction.Rejected, Assert.Single(row.Issues).Action);
    }

    [Fact]
    public void GeoJsonPolygonResourceIsReprojectedAndAnInvalidOneReportedAsRepaired()
    {
        // A bow-tie around Luleå centre: self-intersecting.
        var bowtie = Wgs84.CreatePolygon([new(22.15, 65.58), new(22.16, 65.59), new(22.16, 65.58), new(22.15, 65.59), new(22.15, 65.58)]);
        var r = new MemoryReader("areas.geojson", "source_id", "type", "name") { HasGeometry = true }
            .Row("f1,field_work_area,Centrum", bowtie)
            .Row("f2,field_work_area,Broken", null, "unexpected token at byte 120");
        using var src = Sources.OpenResources(r, TestAreas.Options());
        var rows = src.Rows().ToList();
        var f = rows[0].Value!;
        Assert.Equal(3006, f.Geometry.SRID);
        Assert.InRange(f.Geometry.EnvelopeInternal.MinX, 820_000, 840_000);
        var i = Assert.Single(rows[0].Issues);
        Assert.Equal(RejectAction.Repaired, i.Action);
        Assert.StartsWith("invalid polygon (Self-intersection at ", i.Reason);
        Assert.EndsWith("): repaired with ST_MakeValid", i.Reason);
        Assert.Contains(src.Notices, n => n.Contains("GeoJSON without a crs member → EPSG:4326 per RFC 7946"));

        Assert.Null(rows[1].Value);
        Assert.Equal(("geometry", "unexpected token at byte 120"), (rows[1].Issues[0].Field, rows[1].Issues[0].Value));
    }

    [Fact]
    public void ProfileTypeMappingAndFixedOwner()
    {
        var p = new MappingProfile
        {
            Name = "poi", Kind = Geo.Core.Domain.ImportKind.Resources, IdColumn = "id", NameColumn = "n", TypeColumn = "kind",
            TypeMapping = new() { ["Fritidsgård"] = "youth_centre" }, FixedOwner = "kommun", LatLonTextColumn = "loc",
        };
        var r = new MemoryReader("poi.csv", "id", "n", "kind", "loc").Add(["1", "Gården", "fritidsgård", "Storgatan 1 (65.5842, 22.1547)"]);
        using var src = Sources.OpenResources(r, TestAreas.Options(p));
        var v = Assert.Single(src.Rows().ToList()).Value!;
        Assert.Equal(("youth_centre", "kommun"), (v.Type, v.OwnerAgency));
        Assert.Equal(7292327.40, ((Point)v.Geometry).Y, 0.01);
    }

    [Fact]
    public void ProfileOfTheWrongKindIsRefused()
    {
        var r = new MemoryReader("poi.csv", "id");
        var e = Assert.Throws<ArgumentException>(() => Sources.OpenResources(r, TestAreas.Options(ProfileCatalog.Get("polisen-events"))));
        Assert.Contains("reads incidents, not resources", e.Message);
    }
}
