namespace Geo.Planning.Causes;

/// <summary>A text in Swedish and English.</summary>
public sealed record FactText(string Sv, string En)
{
    /// <summary>The text in <paramref name="lang"/> ("en" gives English, anything else Swedish).</summary>
    public string In(string lang) => lang == "en" ? En : Sv;
}
