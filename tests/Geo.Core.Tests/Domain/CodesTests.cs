using Geo.Core.Domain;

namespace Geo.Core.Tests.Domain;

public sealed class CodesTests
{
    private enum Colour { Red, Green, Blue }

    [Fact]
    public void Every_value_has_its_own_code_whatever_the_enum_order()
    {
        Assert.Equal("street_segment", LocationPrecision.StreetSegment.Code());
        Assert.Equal("study_area", ImportKind.StudyArea.Code());
        Assert.Equal(["minute", "hour", "day", "month", "year"], Codes.TimePrecision.Codes);
        Assert.True(Codes.LocationPrecision.TryParse(" Area_Centroid ", out var p));
        Assert.Equal(LocationPrecision.AreaCentroid, p);
        Assert.Equal(ImportKind.Areas, Codes.ImportKind.Parse("areas"));
    }

    [Fact]
    public void A_missing_or_repeated_value_or_code_is_refused_when_the_map_is_made()
    {
        Assert.Contains("without a code: Blue", Assert.Throws<ArgumentException>(() => new CodeMap<Colour>([(Colour.Red, "red"), (Colour.Green, "green")])).Message);
        Assert.Contains("used twice", Assert.Throws<ArgumentException>(() => new CodeMap<Colour>([(Colour.Red, "r"), (Colour.Green, "r"), (Colour.Blue, "b")])).Message);
        Assert.Contains("two codes", Assert.Throws<ArgumentException>(() => new CodeMap<Colour>([(Colour.Red, "r"), (Colour.Red, "s"), (Colour.Green, "g"), (Colour.Blue, "b")])).Message);
    }

    [Fact]
    public void An_unknown_code_names_the_known_ones()
    {
        var e = Assert.Throws<FormatException>(() => Codes.TimePrecision.Parse("week"));
        Assert.Contains("minute, hour, day, month, year", e.Message);
        Assert.False(Codes.TimePrecision.TryParse("Minute2", out _));
    }
}
