using Geo.Core.Taxonomy;

namespace Geo.Core.Tests.Taxonomy;

public class SuggestTests
{
    private static readonly CategoryTaxonomy Tax = CategoryTaxonomy.BuiltIn;

    [Theory]
    [InlineData("violence.asault", "violence.assault")]
    [InlineData("inbrot", "burglary")]
    [InlineData("Inbrott", "burglary")]
    [InlineData("theft.bicyle", "theft.bicycle")]
    [InlineData("cykelstold", "theft.bicycle")]
    [InlineData("skadegorelse", "vandalism")]
    [InlineData("  Misshandel ", "violence.assault")]
    [InlineData("burglary.residental", "burglary.residential")]
    [InlineData("trafic.dui", "traffic.dui")]
    [InlineData("grafiti", "vandalism.graffiti")]
    [InlineData("narkotika", "drugs")]
    [InlineData("rattfyleri", "traffic.dui")]
    [InlineData("klotter", "vandalism.graffiti")]
    [InlineData("grov misshandel", "violence.aggravated_assault")]
    public void Suggest_puts_the_intended_code_first(string typo, string expected)
    {
        var s = Tax.Suggest(typo);
        Assert.Equal(expected, s[0]);
    }

    [Fact]
    public void Suggest_returns_the_requested_number_of_distinct_known_codes()
    {
        var s = Tax.Suggest("theft", 5);
        Assert.Equal(5, s.Count);
        Assert.Equal(5, s.Distinct().Count());
        Assert.All(s, c => Assert.True(Tax.Contains(c)));
        Assert.Equal("theft", s[0]);
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("", "", 0)]
    [InlineData("stöld", "stöld", 0)]
    [InlineData("stöld", "stold", 1)]
    [InlineData("inbrot", "inbrott", 1)]
    [InlineData("saturday", "sunday", 3)]
    [InlineData("ab", "ba", 2)]
    public void Levenshtein_on_known_pairs(string a, string b, int expected)
    {
        Assert.Equal(expected, Geo.Core.Text.Levenshtein.Distance(a, b));
        Assert.Equal(expected, Geo.Core.Text.Levenshtein.Distance(b, a));
    }
}
