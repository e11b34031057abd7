using Geo.Planning.Reference;

namespace Geo.Planning.Tests;

/// <summary>How the reference table matches the police feed's location names to SCB's municipalities and the counties.</summary>
public sealed class PlaceNameIndexTests
{
    private static readonly string[] Municipalities = ["Upplands Väsby", "Upplands-Bro", "Stockholm", "Gotland", "Malung-Sälen", "Luleå", "Östra Göinge", "Ale", "Åre"];
    private static readonly string[] Counties = ["Stockholms län", "Gotlands län", "Dalarnas län", "Norrbottens län", "Skåne län"];
    private readonly PlaceNameIndex _index = new(Municipalities, Counties);

    [Theory]
    [InlineData("Upplands väsby", "Upplands Väsby")]
    [InlineData("Upplands-bro", "Upplands-Bro")]
    [InlineData("UPPLANDS BRO", "Upplands-Bro")]
    [InlineData("  Luleå ", "Luleå")]
    [InlineData("Lulea", "Luleå")]              // without Swedish letters, one candidate
    [InlineData("Östra göinge", "Östra Göinge")]
    [InlineData("Malung", "Malung-Sälen")]      // alias
    [InlineData("Stockholm", "Stockholm")]      // the municipality, not the county
    [InlineData("Stockholms kommun", "Stockholm")]
    [InlineData("Gotland", "Gotland")]
    [InlineData("Are", "Åre")]                  // "Ale" is another municipality, but "are" folds only to Åre
    [InlineData("Lule\u0061\u030A", "Luleå")]   // decomposed å (NFD)
    public void Municipality_names_match_after_normalising(string feed, string expected)
    {
        var m = _index.Match(feed);
        Assert.Equal(PlaceKind.Municipality, m.Kind);
        Assert.Equal(expected, Municipalities[m.Index]);
    }

    [Theory]
    [InlineData("Norrbottens län", "Norrbottens län")]
    [InlineData("NORRBOTTENS LÄN", "Norrbottens län")]
    [InlineData("Norrbotten län", "Norrbottens län")]
    [InlineData("Norrbotten", "Norrbottens län")]
    [InlineData("Gotlands län", "Gotlands län")]
    [InlineData("Stockholms län", "Stockholms län")]
    [InlineData("Skåne län", "Skåne län")]
    [InlineData("Skane lan", "Skåne län")]
    public void County_names_match_with_or_without_the_genitive_s(string feed, string expected)
    {
        var m = _index.Match(feed);
        Assert.Equal(PlaceKind.County, m.Kind);
        Assert.Equal(expected, Counties[m.Index]);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData("Atlantis län")]
    [InlineData("Sverige")]
    public void Unknown_names_match_nothing(string feed) => Assert.Equal(PlaceKind.None, _index.Match(feed).Kind);
}
