using System.Text.RegularExpressions;
using Geo.Core.Taxonomy;

namespace Geo.Core.Tests.Taxonomy;

public class CategoryTaxonomyTests
{
    private static readonly CategoryTaxonomy Tax = CategoryTaxonomy.BuiltIn;

    public static readonly string[] MainGroups =
    [
        "violence", "sexual", "theft", "burglary", "robbery", "vandalism", "fire", "drugs", "weapons",
        "disorder", "fraud", "traffic", "disturbance", "observation", "other",
    ];

    [Fact]
    public void Built_in_taxonomy_loads_with_a_sensible_size()
    {
        Assert.InRange(Tax.All.Count, 40, 75);
    }

    [Fact]
    public void Main_groups_are_exactly_the_documented_ones()
    {
        var actual = Tax.All.Where(c => c.IsMainGroup).Select(c => c.Code).Order(StringComparer.Ordinal);
        Assert.Equal(MainGroups.Order(StringComparer.Ordinal), actual);
    }

    [Theory]
    [InlineData("violence.assault")]
    [InlineData("violence.aggravated_assault")]
    [InlineData("violence.homicide")]
    [InlineData("violence.attempted_homicide")]
    [InlineData("violence.threat")]
    [InlineData("theft.vehicle")]
    [InlineData("theft.bicycle")]
    [InlineData("theft.shoplifting")]
    [InlineData("theft.from_vehicle")]
    [InlineData("burglary.residential")]
    [InlineData("burglary.commercial")]
    [InlineData("robbery.personal")]
    [InlineData("robbery.commercial")]
    [InlineData("vandalism.graffiti")]
    [InlineData("vandalism.property_damage")]
    [InlineData("drugs.possession")]
    [InlineData("drugs.dealing")]
    [InlineData("disorder.public_order")]
    [InlineData("disorder.drunkenness")]
    [InlineData("traffic.dui")]
    [InlineData("traffic.accident")]
    [InlineData("fire.arson")]
    [InlineData("other.summary")]
    [InlineData("other.non_crime")]
    [InlineData("observation.youth_gathering")]
    [InlineData("observation.unsafe_place")]
    [InlineData("observation.syringes")]
    public void Expected_sub_categories_exist(string code)
    {
        Assert.True(Tax.Contains(code), $"'{code}' missing; closest: {string.Join(", ", Tax.Suggest(code))}");
    }

    [Fact]
    public void Every_parent_exists_and_is_the_code_minus_its_last_segment()
    {
        foreach (var c in Tax.All)
        {
            var dot = c.Code.LastIndexOf('.');
            if (dot < 0)
            {
                Assert.Null(c.Parent);
                continue;
            }
            Assert.Equal(c.Code[..dot], c.Parent);
            Assert.True(Tax.Contains(c.Parent!), $"{c.Code}: parent {c.Parent} missing");
        }
    }

    [Fact]
    public void Codes_match_the_syntax()
    {
        var syntax = new Regex("^[a-z0-9_]+(\\.[a-z0-9_]+)*$");
        Assert.All(Tax.All, c => Assert.Matches(syntax, c.Code));
    }

    [Fact]
    public void Labels_are_non_empty_and_free_of_mojibake()
    {
        foreach (var c in Tax.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(c.LabelSv), $"{c.Code}: empty Swedish label");
            Assert.False(string.IsNullOrWhiteSpace(c.LabelEn), $"{c.Code}: empty English label");
            foreach (var label in new[] { c.LabelSv, c.LabelEn })
            {
                // UTF-8 read as Latin-1 turns å/ä/ö into "Ã¥", "Ã¤", "Ã¶"; a lost byte becomes U+FFFD.
                Assert.DoesNotContain("Ã", label);
                Assert.DoesNotContain("Â", label);
                Assert.DoesNotContain("\uFFFD", label);
            }
            Assert.True(c.LabelEn.All(char.IsAscii), $"{c.Code}: English label '{c.LabelEn}' is not ASCII");
        }
    }

    [Fact]
    public void Swedish_labels_use_swedish_letters()
    {
        // The file is read as UTF-8: the letters survive (guards against an ASCII-folded or re-encoded file).
        Assert.Equal("Stöld", Tax.Find("theft")!.LabelSv);
        Assert.Equal("Övrigt", Tax.Find("other")!.LabelSv);
        Assert.Equal("Mord och dråp", Tax.Find("violence.homicide")!.LabelSv);
        Assert.Contains(Tax.All, c => c.LabelSv.Contains('ä'));
    }

    [Fact]
    public void Main_group_of_a_deep_code_is_its_first_segment()
    {
        var c = Tax.Find("traffic.accident.injury")!;
        Assert.Equal("traffic", c.MainGroup);
        Assert.Equal("traffic.accident", c.Parent);
        Assert.False(c.IsMainGroup);
    }

    [Fact]
    public void Parse_rejects_a_duplicate_code()
    {
        var csv = "code,parent,label_sv,label_en\ntheft,,Stöld,Theft\ntheft,,Stöld,Theft\n";
        var e = Assert.Throws<InvalidDataException>(() => CategoryTaxonomy.Parse(new StringReader(csv), "t.csv"));
        Assert.Contains("twice", e.Message);
    }

    [Fact]
    public void Parse_rejects_an_unknown_parent()
    {
        var csv = "code,parent,label_sv,label_en\ntheft.bicycle,theft,Cykelstöld,Bicycle theft\n";
        var e = Assert.Throws<InvalidDataException>(() => CategoryTaxonomy.Parse(new StringReader(csv), "t.csv"));
        Assert.Contains("unknown parent", e.Message);
    }

    [Theory]
    [InlineData("Theft")]
    [InlineData("theft..bicycle")]
    [InlineData("theft.cykel-stöld")]
    [InlineData("theft bicycle")]
    public void Parse_rejects_codes_outside_the_syntax(string code)
    {
        var csv = $"code,parent,label_sv,label_en\n\"{code}\",,X,X\n";
        var e = Assert.Throws<InvalidDataException>(() => CategoryTaxonomy.Parse(new StringReader(csv), "t.csv"));
        Assert.Contains("t.csv:2", e.Message);
    }

    [Fact]
    public void Parse_reads_quoted_labels_and_skips_comments()
    {
        var csv = "# comment\ncode,parent,label_sv,label_en\nother,,Övrigt,Other\nother.x,other,\"A, B\",\"C, D\"\n";
        var t = CategoryTaxonomy.Parse(new StringReader(csv), "t.csv");
        Assert.Equal(2, t.All.Count);
        Assert.Equal("A, B", t.Find("other.x")!.LabelSv);
    }
}
