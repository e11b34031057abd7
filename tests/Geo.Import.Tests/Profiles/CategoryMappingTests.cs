using System.Globalization;
using Geo.Core.Crs;
using Geo.Core.Domain;
using Geo.Core.Taxonomy;
using Geo.Import.Pipeline;
using Geo.Import.Profiles;
using Geo.Import.Tests.Mapping;
using Geo.Import.Tests.Pipeline;
using Geo.Storage;
using Geo.Testing;

namespace Geo.Import.Tests.Profiles;

/// <summary>A profile's own category mapping file (relative to the profile), and --mapping FILE.csv with --profile NAME.</summary>
[Collection("postgis")]
public sealed class CategoryMappingTests(PostGisFixture fixture) : PipelineDatabaseTest(fixture, "geo-mapping-")
{
    private string Write(string relative, string text)
    {
        var path = Path.Combine(Dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string KommunExport() => Write("data/export.csv", "Nr,Datum,Typ,x,y\n1,2024-05-01 22:15,Klotter,830000,7290000\n2,2024-05-02 08:00,Fönsterkross,830000,7290000\n");

    private static string Profile(string categoryMapping) => $$"""
        { "kind": "incidents", "source": "kommun", "idColumn": "Nr", "dateColumn": "Datum", "categoryColumn": "Typ", "categoryMapping": "{{categoryMapping}}" }
        """;

    [Theory]
    [InlineData("kommun-typer.csv")]           // next to the profile
    [InlineData("mappings/kommun-typer.csv")]  // a folder below it
    [InlineData("../shared/kommun-typer.csv")] // a sibling folder
    public void ProfileNamesItsOwnMappingFileRelativeToItself(string categoryMapping)
    {
        Write(Path.Combine("profiles", categoryMapping), "source_code,category\nKlotter,vandalism.graffiti\nFönsterkross,vandalism.property_damage\n");
        var profile = ProfileCatalog.Load(Write("profiles/kommun.json", Profile(categoryMapping)));
        // The working directory is not the profile's folder: the path is resolved against the profile.
        Assert.NotEqual(Path.GetFullPath(Path.Combine(Dir, "profiles")), Directory.GetCurrentDirectory());

        using var src = Sources.OpenIncidents(KommunExport(), TestAreas.Options(profile));
        var rows = src.Rows().ToList();
        Assert.Equal(["vandalism.graffiti", "vandalism.property_damage"], rows.Select(r => r.Value!.Category));
        Assert.Equal(["Klotter", "Fönsterkross"], rows.Select(r => r.Value!.SourceCategory));
        Assert.Contains($"categories: column 'Typ' mapped with the kommun-typer mapping (2 codes; the profile's {categoryMapping})", src.Notices);
    }

    [Fact]
    public void AMissingMappingFileNamesWhereItWasLookedFor()
    {
        var profile = ProfileCatalog.Load(Write("profiles/kommun.json", Profile("saknas.csv")));
        var e = Assert.Throws<FileNotFoundException>(() => Sources.OpenIncidents(KommunExport(), TestAreas.Options(profile)));
        Assert.Contains("category mapping file 'saknas.csv' not found", e.Message);
        Assert.Contains(Path.Combine(Dir, "profiles", "saknas.csv"), e.Message);
    }

    [Fact]
    public void AnUnknownMappingNameListsTheBuiltInOnesAndSaysAFileWorksToo()
    {
        var profile = ProfileCatalog.Load(Write("profiles/kommun.json", Profile("kommun-typer")));
        var e = Assert.Throws<InvalidDataException>(() => Sources.OpenIncidents(KommunExport(), TestAreas.Options(profile)));
        Assert.Contains("unknown category mapping 'kommun-typer'", e.Message);
        Assert.Contains("Built-in mappings: ", e.Message);
        Assert.Contains("polisen", e.Message);
        Assert.Contains("a mapping CSV file (source_code,category) is also accepted: a path ending in .csv, relative to the profile's folder", e.Message);
    }

    [Fact]
    public void AMappingWithAFixedCategoryProfileIsAnnouncedAsUnused()
    {
        var profile = new MappingProfile { Name = "fast", IdColumn = "Nr", DateColumn = "Datum", FixedCategory = "vandalism.graffiti" };
        var mapping = CategoryMappings.Load(Write("egen.csv", "source_code,category\nKlotter,vandalism\n"), CategoryTaxonomy.BuiltIn);
        using var src = Sources.OpenIncidents(KommunExport(), TestAreas.Options(profile) with { Mapping = mapping });
        Assert.All(src.Rows().ToList(), r => Assert.Equal("vandalism.graffiti", r.Value!.Category));
        Assert.Contains("warning: the category mapping egen (--mapping) is not used: profile fast gives every row the category 'vandalism.graffiti'", src.Notices);
    }

    /// <summary>A file in the polisen feed's format with one event type of its own and one the built-in mapping knows.</summary>
    private string PolisenFile()
    {
        var (lon, lat) = CrsTransform.Create(3006, 4326).Apply(PipelineTestData.X0 + 5_000, PipelineTestData.Y0 + 5_000);
        var ll = string.Create(CultureInfo.InvariantCulture, $"{lat:F6},{lon:F6}");
        return Write("polisen.csv",
            "id,datetime,type,name,summary,location_name,lat,lon,url\n" +
            $"1,2024-05-01 10:00:00 +02:00,Egen händelse,\"1 maj 10:00, Egen händelse, Testkommun\",Något hände.,Testkommun,{ll},/a/1/\n" +
            $"2,2024-05-01 11:00:00 +02:00,Misshandel,\"1 maj 11:00, Misshandel, Testkommun\",Något annat hände.,Testkommun,{ll},/a/2/\n");
    }

    private Task<ImportSummary> ImportPolisen(string? mappingFile) =>
        new ImportRunner(Db).RunAsync(new ImportRequest(ImportKind.Incidents, PolisenFile(), PipelineTestData.Code,
            Profile: "polisen-events", MappingFile: mappingFile, MaxRejectRate: 0.5, RejectReportPath: Path.Combine(Dir, "polisen.rejects.csv")));

    [Fact]
    public async Task MappingFileWithABuiltInProfileReplacesTheProfilesMapping()
    {
        var mapping = Write("egen.csv", "source_code,category\nEgen händelse,vandalism.graffiti\n");
        var s = await ImportPolisen(mapping);
        Assert.Equal((2L, 1L, 1L), (s.Read, s.Loaded, s.Rejected));
        Assert.Contains("categories: column 'type' mapped with the egen mapping (1 codes; --mapping, instead of the profile's 'polisen')", s.Notices);
        // The profile still reads everything else: source, ids, lat/lon, area_centroid, its attributes.
        await using (var cmd = Db.DataSource.CreateCommand("SELECT source, source_id, category, source_category, location_precision, attributes->>'location_name' FROM incident"))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            Assert.True(await r.ReadAsync());
            Assert.Equal(("polisen", "1", "vandalism.graffiti", "Egen händelse", "area_centroid", "Testkommun"),
                (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)));
            Assert.False(await r.ReadAsync());
        }
        await using (var cmd = Db.DataSource.CreateCommand("SELECT mapping FROM import_batch"))
            Assert.Equal("polisen-events + egen.csv", (string)(await cmd.ExecuteScalarAsync())!);
        // The built-in mapping is replaced, not merged: 'Misshandel' is not in egen.csv.
        var report = await File.ReadAllTextAsync(s.RejectReport!);
        Assert.Contains("unmapped egen code 'Misshandel' in type", report);
    }

    [Fact]
    public async Task WithoutTheMappingFileTheProfilesOwnMappingApplies()
    {
        var s = await ImportPolisen(null);
        Assert.Equal((2L, 1L, 1L), (s.Read, s.Loaded, s.Rejected));
        await using (var cmd = Db.DataSource.CreateCommand("SELECT category FROM incident"))
            Assert.Equal("violence.assault", (string)(await cmd.ExecuteScalarAsync())!);
        Assert.Contains("unmapped polisen code 'Egen händelse' in type", await File.ReadAllTextAsync(s.RejectReport!));
    }
}
