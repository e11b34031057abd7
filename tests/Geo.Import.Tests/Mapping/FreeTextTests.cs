using Geo.Import.Mapping;

namespace Geo.Import.Tests.Mapping;

public class FreeTextTests
{
    [Theory]
    [InlineData("Misshandel med kniv på Norra Bantorget.", "6 words with sentence punctuation")]
    [InlineData("På Norrmalm och i närheten av en galleria grep ordningsvakter en man.", "12 words with sentence punctuation")]
    [InlineData("The victim was hit near the station! Two men ran off", "11 words with sentence punctuation")]
    [InlineData("Vittnet såg två personer springa mot stationen. Polis kallades", "9 words with sentence punctuation")]
    public void ProseIsFreeText(string value, string reason) => Assert.Equal(reason, FreeText.Check(value));

    [Theory]
    [InlineData("Centrum")]
    [InlineData("AGGRAVATED: HANDGUN")]
    [InlineData("RESIDENCE PORCH/HALLWAY")]
    [InlineData("Centrum, nära busshållplatsen.")] // too few words
    [InlineData("Budget Rent A Car Systems, Inc.")] // Title Case name
    [InlineData("J & B FOOD AND LIQUORS, INC.")] // capitals
    [InlineData("The American Legion William McKinley Post No. 231")]
    [InlineData("Mo-Fr 15:00-21:00; Sa 12:00-16:00")]
    [InlineData("80 Great Bridgewater Street, Manchester")]
    [InlineData("Films|Indoor sporting events|Live Music|Recorded Music|Performances of Dance|Similar to music or dance")]
    [InlineData("/aktuellt/handelser/2022/september/26/26-september-1421-morddrap-forsok-stockholm/")]
    [InlineData("polis beordras till en adress med anledning av en kvinna")] // prose without a sentence end: not caught (documented)
    public void OrdinaryValuesAreNotFreeText(string value) => Assert.Null(FreeText.Check(value));

    [Fact]
    public void LongerThanTheLimitIsFreeText()
    {
        Assert.Equal(200, FreeText.MaxLength);
        Assert.Null(FreeText.Check(new string('x', 200)));
        Assert.Equal("201 characters, more than 200", FreeText.Check(new string('x', 201)));
    }
}
