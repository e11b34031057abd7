using System.Text.Json;
using Geo.Core.Domain;
using Geo.Formats;
using Geo.Testing;

namespace Geo.Import.Tests.Mapping;

public class NativeIncidentTests
{
    private static MemoryReader Xy(params string[] rows)
    {
        var r = new MemoryReader("lulea_incidents.csv", "source_id", "occurred_at", "category", "x", "y");
        foreach (var row in rows) r.Row(row);
        return r;
    }

    [Fact]
    public void ReadsXyInTheStudyAreaCrsWithSourceFromTheFileName()
    {
        using var src = Sources.OpenIncidents(Xy("a1,2024-05-01T22:15:00+02:00,violence.assault,829440.05,7292327.40"), TestAreas.Options());
        var rows = TestAreas.ReadAll(src);
        var i = Assert.Single(rows).Value!;
        Assert.Equal(ImportOptions.DefaultSource, i.Source);
        Assert.Equal("a1", i.SourceId);
        Assert.Equal("violence.assault", i.Category);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 20, 15, 0, TimeSpan.Zero), i.OccurredAt.ToUniversalTime());
        Assert.Equal(TimePrecision.Minute, i.TimePrecision);
        Assert.Equal(3006, i.Location!.SRID);
        Assert.Equal(829440.05, i.Location.X, 6);
        Assert.Equal(LocationPrecision.Exact, i.LocationPrecision);
        Assert.Null(i.Attributes);
        Assert.Contains(src.Notices, n => n.Contains("source 'native' (default: no source column, profile or --source"));
        Assert.Contains(src.Notices, n => n.Contains("x/y columns without --crs → study area CRS EPSG:3006"));
        Assert.Contains("reader notice", src.Notices);
    }

    [Fact]
    public void LatLonIsReprojectedFromWgs84ToSwerefWithinOneCentimetre()
    {
        var r = new MemoryReader("f.csv", "source_id", "occurred_at", "category", "lat", "lon").Row("1,2024-05-01,theft,65.5842,22.1547");
        using var src = Sources.OpenIncidents(r, TestAreas.Options());
        var i = Assert.Single(TestAreas.ReadAll(src)).Value!;
        Assert.InRange(i.Location!.X, 829440.05 - 0.01, 829440.05 + 0.01);
        Assert.InRange(i.Location.Y, 7292327.40 - 0.01, 7292327.40 + 0.01);
        Assert.Equal(TimePrecision.Day, i.TimePrecision);
        Assert.Contains(src.Notices, n => n.Contains("lat/lon columns → EPSG:4326"));
    }

    [Fact]
    public void CrsOptionOverridesTheStudyAreaDefaultForXy()
    {
        // The Luleå point in WGS 84 UTM zone 34N.
        var (e, n) = Geo.Core.Crs.CrsTransform.Create(4326, 32634).Apply(22.1547, 65.5842);
        var r = Xy($"1,2024-05-01,theft,{e.ToString(System.Globalization.CultureInfo.InvariantCulture)},{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        using var src = Sources.OpenIncidents(r, TestAreas.Options() with { SourceSrid = 32634 });
        var i = Assert.Single(TestAreas.ReadAll(src)).Value!;
        Assert.Equal(829440.05, i.Location!.X, 0.02);
        Assert.Contains(src.Notices, x => x.Contains("EPSG:32634 (--crs)"));
    }

    [Fact]
    public void OptionalColumnsAndAttributesWithPersonalColumnsDropped()
    {
        var r = new MemoryReader("f.csv", "source_id", "occurred_at", "category", "x", "y", "source", "time_precision", "location_precision", "district", "Namn", "phone", "note")
            .Row("7,2024-05-01 22:00,vandalism.graffiti,830000,7290000,kommun-felanmalan,hour,address,Centrum,Anna Andersson,070-1234567,\"tagg\"")
            .Row("8,2024-05-01 22:00,vandalism.graffiti,830000,7290000,kommun-felanmalan,hour,address,Centrum,,,811228-9874");
        using var src = Sources.OpenIncidents(r, TestAreas.Options() with { KeepAttributes = ["district", "note"] });
        var rows = TestAreas.ReadAll(src);
        var i = rows[0].Value!;
        Assert.Equal("kommun-felanmalan", i.Source);
        Assert.Equal(TimePrecision.Hour, i.TimePrecision);
        Assert.Equal(LocationPrecision.Address, i.LocationPrecision);
        using var doc = JsonDocument.Parse(i.Attributes!);
        Assert.Equal("Centrum", doc.RootElement.GetProperty("district").GetString());
        Assert.False(doc.RootElement.TryGetProperty("Namn", out _));
        Assert.False(doc.RootElement.TryGetProperty("phone", out _));
        Assert.Contains(src.Notices, n => n.Contains("Namn, phone look personal"));
        // A personnummer-like value (valid Luhn check digit) is dropped from an innocent-looking column, with a masked warning.
        Assert.DoesNotContain("811228", rows[1].Value!.Attributes ?? "");
        var w = Assert.Single(rows[1].Issues);
        Assert.Equal(("note", "[removed: ######-####]", RejectAction.Warning), (w.Field, w.Value, w.Action));
        Assert.Contains(src.Notices, n => n.Contains("column 'note': 1 value(s) with personal data (personal identity number (personnummer)) not loaded"));
    }

    [Fact]
    public void SourceIdColumnIsRequiredInTheNativeFormat()
    {
        var r = new MemoryReader("no_id.csv", "id", "occurred_at", "category", "x", "y");
        var e = Assert.Throws<InputFormatException>(() => Sources.OpenIncidents(r, TestAreas.Options()));
        Assert.Contains("no_id.csv", e.Message);
        Assert.Contains("missing column 'source_id'", e.Message);
        Assert.True(r.Disposed);
    }

    [Fact]
    public void MissingOccurredAtColumnNamesTheFileTheColumnTheColumnsAndTheClosest()
    {
        var r = new MemoryReader("incidents.csv", "source_id", "occured", "category", "x", "y");
        var e = Assert.Throws<InputFormatException>(() => Sources.OpenIncidents(r, TestAreas.Options()));
        Assert.Equal("incidents.csv", e.File);
        Assert.Equal(0, e.Row);
        Assert.Contains("missing column 'occurred_at'", e.Message);
        Assert.Contains("the file has: source_id, occured, category, x, y", e.Message);
        Assert.Contains("closest: 'occured'", e.Message);
    }

    [Fact]
    public void MissingCoordinateColumnsAreAnError()
    {
        var r = new MemoryReader("incidents.csv", "source_id", "occurred_at", "category", "lat");
        var e = Assert.Throws<InputFormatException>(() => Sources.OpenIncidents(r, TestAreas.Options()));
        Assert.Contains("missing column 'lon'", e.Message);
    }

    [Fact]
    public void RowsAreMappedLazily()
    {
        var r = Xy("1,2024-05-01,theft,830000,7290000", "2,2024-05-01,theft,830000,7290000");
        using var src = Sources.OpenIncidents(r, TestAreas.Options());
        using var e = src.Rows().GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Equal(1, r.BytesRead);
    }
}
