using Geo.Core.Domain;
using Geo.Import.Profiles;
using Geo.Testing;

namespace Geo.Import.Tests.Mapping;

/// <summary>NA, NULL, N/A and empty are missing values by default; a missing coordinate keeps the incident without location.</summary>
public class MissingValueTests
{
    private static RowResult<Incident> One(string row, MappingProfile? profile = null)
    {
        var reader = new MemoryReader("cincinnati.csv", "source_id", "occurred_at", "category", "lat", "lon").Row(row);
        using var src = Sources.OpenIncidents(reader, TestAreas.Options(profile));
        return Assert.Single(src.Rows().ToList());
    }

    [Theory]
    [InlineData("NA")]
    [InlineData("na")]
    [InlineData("NULL")]
    [InlineData("null")]
    [InlineData("N/A")]
    [InlineData(" n/a ")]
    [InlineData("")]
    public void AMissingCoordinateKeepsTheIncidentWithoutLocation(string missing)
    {
        var r = One($"1,2024-05-01,theft,{missing},{missing}");
        Assert.NotNull(r.Value);
        Assert.Null(r.Value.Location);
        var i = Assert.Single(r.Issues);
        Assert.Equal(("lat", RejectAction.KeptWithoutLocation), (i.Field, i.Action));
        Assert.Equal("lat is empty: location missing, kept without location", i.Reason);
    }

    [Fact]
    public void AProfilesNullValuesReplaceTheDefaults()
    {
        // A profile that lists no missing-value markers keeps "NA" as text: here an unparsable coordinate.
        var profile = new MappingProfile { Name = "p", IdColumn = "source_id", NullValues = [] };
        var r = One("1,2024-05-01,theft,NA,NA", profile);
        Assert.Null(r.Value);
        Assert.Equal("unparsable coordinate lat 'NA'", Assert.Single(r.Issues).Reason);
        var custom = One("1,2024-05-01,theft,-,-", profile with { NullValues = ["-"] });
        Assert.Equal(RejectAction.KeptWithoutLocation, Assert.Single(custom.Issues).Action);
    }

    [Fact]
    public void AMissingValueMarkerInAnAttributeIsLeftOut()
    {
        var reader = new MemoryReader("in.csv", "source_id", "occurred_at", "category", "x", "y", "district", "beat")
            .Row("1,2024-05-01,theft,830000,7290000,NULL,12");
        using var src = Sources.OpenIncidents(reader, TestAreas.Options() with { KeepAttributes = ["district", "beat"] });
        Assert.Equal("{\"beat\":\"12\"}", Assert.Single(src.Rows().ToList()).Value!.Attributes);
    }
}
