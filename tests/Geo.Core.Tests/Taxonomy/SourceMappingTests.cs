using Geo.Core.Taxonomy;

namespace Geo.Core.Tests.Taxonomy;

public class SourceMappingTests
{
    // BuiltIn is lazy: touching it parses every embedded mapping against the built-in taxonomy.
    private static IReadOnlyDictionary<string, SourceMapping> BuiltIn => SourceMapping.BuiltIn;

    [Fact]
    public void Every_built_in_mapping_loads()
    {
        Assert.Equal(
            new[] { "chicago", "manchester", "memphis", "polisen", "vancouver" },
            BuiltIn.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("polisen", 97)]
    [InlineData("vancouver", 11)]
    [InlineData("chicago", 36)]
    [InlineData("memphis", 1)]
    [InlineData("manchester", 14)]
    public void Built_in_mapping_has_its_rows_and_targets_existing_codes(string source, int rows)
    {
        var m = BuiltIn[source];
        Assert.Equal(source, m.Source);
        Assert.Equal(rows, m.Entries.Count);
        Assert.All(m.Entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Key));
            Assert.True(CategoryTaxonomy.BuiltIn.Contains(e.Value), $"{source}: '{e.Key}' -> unknown '{e.Value}'");
        });
    }

    [Theory]
    [InlineData("polisen", "Misshandel", "violence.assault")]
    [InlineData("polisen", "Misshandel, grov", "violence.aggravated_assault")]
    [InlineData("polisen", "Mord/dråp, försök", "violence.attempted_homicide")]
    [InlineData("polisen", "Stöld/inbrott", "theft")]
    [InlineData("polisen", "Trafikolycka", "traffic.accident")]
    [InlineData("polisen", "Sammanfattning natt", "other.summary")]
    [InlineData("polisen", "Rattfylleri", "traffic.dui")]
    [InlineData("polisen", "Övrigt", "other.unspecified")]
    [InlineData("polisen", "Lagen om hundar och katter ", "other.non_crime")] // as written in the feed, with a trailing space
    [InlineData("polisen", "  sammanfattning NATT", "other.summary")]
    [InlineData("vancouver", "Theft of Bicycle", "theft.bicycle")]
    [InlineData("vancouver", "Break and Enter Residential/Other", "burglary.residential")]
    [InlineData("chicago", "BATTERY", "violence.assault")]
    [InlineData("chicago", "ASSAULT", "violence.threat")]
    [InlineData("chicago", "battery", "violence.assault")]
    [InlineData("memphis", "personal robbery", "robbery.personal")]
    [InlineData("manchester", "Burglary", "burglary")]
    public void Maps_typical_codes_case_insensitively_and_trimmed(string source, string code, string expected)
    {
        Assert.True(BuiltIn[source].TryMap(code, out var category), $"{source}: '{code}' not mapped");
        Assert.Equal(expected, category);
    }

    [Fact]
    public void Unknown_code_does_not_map()
    {
        Assert.False(BuiltIn["polisen"].TryMap("Inte en händelsetyp", out _));
    }

    [Fact]
    public void Parse_rejects_a_category_outside_the_taxonomy_and_suggests()
    {
        var csv = "source_code,category\nMisshandel,violence.asault\n";
        var e = Assert.Throws<InvalidDataException>(() =>
            SourceMapping.Parse("x", new StringReader(csv), "x.csv", CategoryTaxonomy.BuiltIn));
        Assert.Contains("x.csv:2", e.Message);
        Assert.Contains("violence.assault", e.Message);
    }

    [Fact]
    public void Parse_rejects_a_source_code_listed_twice_ignoring_case_and_spaces()
    {
        var csv = "source_code,category\nBrand,fire\n\"brand \",fire.arson\n";
        var e = Assert.Throws<InvalidDataException>(() =>
            SourceMapping.Parse("x", new StringReader(csv), "x.csv", CategoryTaxonomy.BuiltIn));
        Assert.Contains("x.csv:3", e.Message);
    }

    [Fact]
    public void Parse_rejects_an_empty_source_code()
    {
        var csv = "source_code,category\n,fire\n";
        Assert.Throws<InvalidDataException>(() =>
            SourceMapping.Parse("x", new StringReader(csv), "x.csv", CategoryTaxonomy.BuiltIn));
    }

    [Fact]
    public void Parse_reads_quoted_codes_with_commas()
    {
        var csv = "# c\nsource_code,category\n\"Rån, försök\",robbery\n";
        var m = SourceMapping.Parse("x", new StringReader(csv), "x.csv", CategoryTaxonomy.BuiltIn);
        Assert.True(m.TryMap("rån, försök", out var c));
        Assert.Equal("robbery", c);
    }
}
