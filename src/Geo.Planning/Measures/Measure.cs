namespace Geo.Planning.Measures;

/// <summary>
/// One measure of the catalogue (<c>data/measures/measures.json</c>): what it is in Swedish and English, situational or
/// social with its Cornish &amp; Clarke technique or social-prevention category, the problems it fits (category main
/// groups, place types, times), who is responsible, one-off or ordinary work, its horizon, the indicator it should move
/// and its evidence in the EMMIE dimensions. Field reference: <c>data/measures/README.md</c>.
/// </summary>
public sealed record Measure(
    string Id,
    string NameSv,
    string NameEn,
    string DescriptionSv,
    string DescriptionEn,
    MeasureKind Kind,
    string Technique,
    IReadOnlyList<string> Groups,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Times,
    IReadOnlyList<string> Actors,
    MeasureWork Work,
    MeasureHorizon Horizon,
    string Indicator,
    IReadOnlyList<MeasureEvidence> Evidence)
{
    public string Name(string lang) => lang == "en" ? NameEn : NameSv;

    public string Description(string lang) => lang == "en" ? DescriptionEn : DescriptionSv;
}
