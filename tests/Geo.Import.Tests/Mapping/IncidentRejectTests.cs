using Geo.Core.Domain;
using Geo.Core.Taxonomy;
using Geo.Import.Profiles;
using Geo.Testing;

namespace Geo.Import.Tests.Mapping;

public class IncidentRejectTests
{
    private static RowResult<Incident> One(MemoryReader r, ImportOptions? options = null)
    {
        using var src = Sources.OpenIncidents(r, options ?? TestAreas.Options());
        return Assert.Single(src.Rows().ToList());
    }

    private static MemoryReader Xy(string row) =>
        new MemoryReader("in.csv", "source_id", "occurred_at", "category", "x", "y").Row(row);

    private static MemoryReader LatLon(string row) =>
        new MemoryReader("in.csv", "source_id", "occurred_at", "category", "lat", "lon").Row(row);

    private static Reject Issue(RowResult<Incident> r, RejectAction action) => Assert.Single(r.Issues, i => i.Action == action);

    [Theory]
    [InlineData("1,2024-05-01,theft,,7290000", "x")]
    [InlineData("1,2024-05-01,theft,830000,", "y")]
    public void EmptyCoordinatesKeepTheIncidentWithoutLocation(string row, string field)
    {
        var r = One(Xy(row));
        Assert.NotNull(r.Value);
        Assert.Null(r.Value.Location);
        Assert.Equal(LocationPrecision.Withheld, r.Value.LocationPrecision);
        var i = Issue(r, RejectAction.KeptWithoutLocation);
        Assert.Equal(("in.csv", 1L, field), (i.File, i.Row, i.Field));
        Assert.Contains($"{field} is empty", i.Reason);
    }

    [Fact]
    public void ExplicitlyWithheldLocationIsKept()
    {
        var r = One(new MemoryReader("in.csv", "source_id", "occurred_at", "category", "x", "y", "location_precision")
            .Row("1,2024-05-01,theft,830000,7290000,withheld"));
        Assert.Null(r.Value!.Location);
        Assert.Equal(LocationPrecision.Withheld, r.Value.LocationPrecision);
        var i = Issue(r, RejectAction.KeptWithoutLocation);
        Assert.Equal(("location_precision", "withheld"), (i.Field, i.Value));
    }

    [Fact]
    public void ProfileWithheldValueIsKeptWithoutLocation()
    {
        var profile = new MappingProfile { Name = "t", XColumn = "X", YColumn = "Y", IdColumn = "id", DateColumn = "d", CategoryColumn = "c", WithheldCoordinateValues = [0] };
        var r = One(new MemoryReader("v.csv", "id", "d", "c", "X", "Y").Row("9,2020-01-01,violence,0.0,0.0"), TestAreas.Options(profile));
        Assert.Null(r.Value!.Location);
        var i = Issue(r, RejectAction.KeptWithoutLocation);
        Assert.Equal(("X", "0"), (i.Field, i.Value));
        Assert.Contains("X = 0 means the location is withheld (profile t)", i.Reason);
    }

    [Fact]
    public void UnparsableCoordinateIsRejected()
    {
        var r = One(Xy("1,2024-05-01,theft,83O000,7290000"));
        Assert.Null(r.Value);
        var i = Issue(r, RejectAction.Rejected);
        Assert.Equal(("in.csv", 1L, "x", "83O000"), (i.File, i.Row, i.Field, i.Value));
        Assert.Equal("unparsable coordinate x '83O000'", i.Reason);
    }

    [Fact]
    public void PointBeyondTheToleranceIsRejectedWithTheDistance()
    {
        // The box ends at E 840,000: 841,234 is 1,234 m outside.
        var r = One(Xy("1,2024-05-01,theft,841234,7290000"));
        Assert.Null(r.Value);
        var i = Issue(r, RejectAction.Rejected);
        Assert.Equal("x,y", i.Field);
        Assert.Equal("841234, 7290000", i.Value);
        Assert.EndsWith("outside study area 2580 by 1,234 m", i.Reason);
    }

    [Fact]
    public void PointWithinTheToleranceIsLoadedWithAWarning()
    {
        var r = One(Xy("1,2024-05-01,theft,840060,7290000"));
        Assert.NotNull(r.Value!.Location);
        var i = Issue(r, RejectAction.Warning);
        Assert.Contains("outside study area 2580 by 60 m, within the 100 m tolerance", i.Reason);
    }

    [Fact]
    public void ToleranceComesFromTheOptions()
    {
        var r = One(Xy("1,2024-05-01,theft,840060,7290000"), TestAreas.Options(tolerance: 50));
        Assert.Null(r.Value);
    }

    [Fact]
    public void SwappedLatLonIsFixedWithAWarningAndAnnouncedWithACount()
    {
        var reader = new MemoryReader("in.csv", "source_id", "occurred_at", "category", "lat", "lon")
            .Row("1,2024-05-01,theft,22.1547,65.5842")
            .Row("2,2024-05-01,theft,65.5842,22.1547")
            .Row("3,2024-05-01,theft,22.1547,65.5842");
        using var src = Sources.OpenIncidents(reader, TestAreas.Options());
        var rows = src.Rows().ToList();
        Assert.All(rows, r => Assert.Equal(829440.05, r.Value!.Location!.X, 0.01));
        var i = Assert.Single(rows[0].Issues);
        Assert.Equal(RejectAction.Warning, i.Action);
        Assert.Equal(("lat,lon", "22.1547, 65.5842"), (i.Field, i.Value));
        Assert.StartsWith("lat and lon look swapped: lat 22.1547, lon 65.5842", i.Reason);
        Assert.Empty(rows[1].Issues);
        Assert.Contains(src.Notices, n => n.Contains("lat and lon looked swapped in 2 row(s)"));
    }

    [Fact]
    public void LatLonOutsideBothWaysIsRejected()
    {
        var r = One(LatLon("1,2024-05-01,theft,59.3293,18.0686"));
        Assert.Null(r.Value);
        Assert.Contains("outside study area 2580 by", Issue(r, RejectAction.Rejected).Reason);
    }

    [Fact]
    public void UnparsableDateIsRejectedNamingTheFormatsTried()
    {
        var r = One(Xy("1,31.12.2024,theft,830000,7290000"));
        var i = Issue(r, RejectAction.Rejected);
        Assert.Equal(("occurred_at", "31.12.2024"), (i.Field, i.Value));
        Assert.StartsWith("unparsable date '31.12.2024' in occurred_at; tried ISO 8601", i.Reason);
        Assert.Contains("M/d/yyyy h:mm:ss tt", i.Reason);
    }

    [Fact]
    public void UnknownCategoryIsRejectedWithTheClosestCodes()
    {
        var r = One(Xy("1,2024-05-01,violence.asault,830000,7290000"));
        var i = Issue(r, RejectAction.Rejected);
        Assert.Equal(("category", "violence.asault"), (i.Field, i.Value));
        Assert.StartsWith("unknown category 'violence.asault' in category; closest: violence.assault", i.Reason);
    }

    [Fact]
    public void UnmappedSourceCodeIsRejectedWithTheClosestMappedCodes()
    {
        var mapping = new SourceMapping("kommun", [new("Klotter", "vandalism.graffiti"), new("Skadegörelse", "vandalism"), new("Stöld", "theft")]);
        var r = One(Xy("1,2024-05-01,Klottre,830000,7290000"), TestAreas.Options() with { Mapping = mapping });
        var i = Issue(r, RejectAction.Rejected);
        Assert.Equal("Klottre", i.Value);
        Assert.StartsWith("unmapped kommun code 'Klottre' in category; closest mapped codes: Klotter", i.Reason);
        var ok = One(Xy("1,2024-05-01, klotter ,830000,7290000"), TestAreas.Options() with { Mapping = mapping });
        Assert.Equal(("vandalism.graffiti", "klotter"), (ok.Value!.Category, ok.Value.SourceCategory));
    }

    [Fact]
    public void SeveralProblemsOfOneRowAreAllReported()
    {
        var r = One(Xy(",yesterday,nonsense,x,7290000"));
        Assert.Null(r.Value);
        Assert.Equal(["source_id", "occurred_at", "category", "x"], r.Issues.Select(i => i.Field));
        Assert.All(r.Issues, i => Assert.Equal(RejectAction.Rejected, i.Action));
    }

    [Fact]
    public void LongValuesAreTruncatedTo200Characters()
    {
        var r = One(Xy("1," + new string('9', 500) + ",theft,830000,7290000"));
        Assert.Equal(200, Issue(r, RejectAction.Rejected).Value.Length);
    }
}
