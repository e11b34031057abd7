namespace Geo.Planning.Measures;

/// <summary>A code of one of the catalogue's value lists with its Swedish and English label.</summary>
public sealed record MeasureLabel(string Code, string LabelSv, string LabelEn)
{
    public string Label(string lang) => lang == "en" ? LabelEn : LabelSv;
}
