using Geo.Core.Domain;
using Geo.Core.Taxonomy;
using Geo.Import.Profiles;

namespace Geo.Import.Tests.Profiles;

public class ProfileCatalogTests
{
    public static readonly TheoryData<string, ImportKind> Expected = new()
    {
        { "polisen-events", ImportKind.Incidents },
        { "vancouver-2020", ImportKind.Incidents },
        { "chicago-crimes-sample", ImportKind.Incidents },
        { "chicago-aggravated-assaults", ImportKind.Incidents },
        { "chicago-burglary-2016", ImportKind.Incidents },
        { "memphis-robberies", ImportKind.Incidents },
        { "manchester-burglaries", ImportKind.Incidents },
        { "chicago-police-stations", ImportKind.Resources },
        { "chicago-high-schools", ImportKind.Resources },
        { "chicago-rail-stations", ImportKind.Resources },
        { "chicago-l-stops", ImportKind.Resources },
        { "chicago-liquor-licences", ImportKind.Resources },
        { "manchester-licensed-premises", ImportKind.Resources },
        { "deso-stockholm", ImportKind.Areas },
        { "kommuner", ImportKind.Areas },
        { "tatorter", ImportKind.Areas },
        { "vancouver-neighbourhoods", ImportKind.Areas },
        { "manchester-wards", ImportKind.Areas },
        { "chicago-community-areas", ImportKind.Areas },
        { "chicago-police-districts", ImportKind.Areas },
        { "memphis-precincts", ImportKind.Areas },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void BuiltInProfileLoadsWithItsKind(string name, ImportKind kind)
    {
        var p = ProfileCatalog.Get(name);
        Assert.Equal(name, p.Name);
        Assert.Equal(kind, p.Kind);
        Assert.False(string.IsNullOrWhiteSpace(p.Description));
    }

    [Fact]
    public void EveryBuiltInProfileIsListed() =>
        Assert.Equal(Expected.Select(x => (string)x[0]).Order(), ProfileCatalog.BuiltIn.Keys.Order());

    [Fact]
    public void CategoriesTypesCrsAndZonesOfBuiltInProfilesExist()
    {
        foreach (var p in ProfileCatalog.BuiltIn.Values)
        {
            if (p.FixedCategory is { } c) Assert.True(CategoryTaxonomy.BuiltIn.Contains(c), $"{p.Name}: {c}");
            if (p.CategoryMapping is { } m) Assert.True(SourceMapping.BuiltIn.ContainsKey(m), $"{p.Name}: mapping {m}");
            if (p.FixedType is { } t) Assert.True(ResourceTypes.IsKnown(t), $"{p.Name}: {t}");
            if (p.Crs is { } crs) Assert.True(Geo.Core.Crs.CrsRegistry.Parse(crs) > 0);
            if (p.TimeZone is { } tz) Assert.NotNull(TimeZoneInfo.FindSystemTimeZoneById(tz));
            if (p.Kind == ImportKind.Incidents) Assert.True(p.FixedCategory is not null || p.CategoryMapping is not null, p.Name);
        }
    }

    [Fact]
    public void BuiltInProfilesKeepNoPersonalColumnAndNoFreeText()
    {
        foreach (var p in ProfileCatalog.BuiltIn.Values)
        {
            foreach (var a in p.Attributes ?? []) Assert.False(Geo.Import.Mapping.PersonalData.IsPersonalColumn(a), $"{p.Name}: {a}");
            Assert.Null(p.FreeTextAttributes);
        }
    }

    [Fact]
    public void PolisenProfileKeepsNoFreeText()
    {
        var p = ProfileCatalog.Get("polisen-events");
        Assert.Equal(["location_name", "url"], p.Attributes!);
        Assert.Equal(LocationPrecision.AreaCentroid, p.LocationPrecision);
    }

    [Fact]
    public void UserProfileWithUnknownPropertyIsRefusedWithTheLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"geo-profile-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\n  \"kind\": \"incidents\",\n  \"dateColum\": \"d\"\n}");
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => ProfileCatalog.Load(path));
            Assert.Contains("dateColum", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
