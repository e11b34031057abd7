namespace Geo.Planning.Evaluation;

/// <summary>One of the four regions of an evaluation with its counts before and after.</summary>
/// <param name="Code">treated, treated_buffer, control or control_buffer.</param>
/// <param name="LabelSv">The region in Swedish.</param>
/// <param name="LabelEn">The region in English.</param>
/// <param name="AreaKm2">Its area in km² (the buffers as polygons; the counts use exact distances).</param>
/// <param name="Before">Incidents in the period before.</param>
/// <param name="After">Incidents in the period after.</param>
public sealed record EvaluationRegion(string Code, string LabelSv, string LabelEn, double AreaKm2, long Before, long After)
{
    /// <summary>The label in <paramref name="lang"/> (sv or en).</summary>
    public string Label(string lang) => lang == "en" ? LabelEn : LabelSv;

    /// <summary>After − before.</summary>
    public long Change => After - Before;
}
