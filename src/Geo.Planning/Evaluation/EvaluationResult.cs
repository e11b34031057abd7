using System.Text.Json.Serialization;
using Geo.Analysis.Evaluation;
using Geo.Planning.Runs;
using NetTopologySuite.Geometries;

namespace Geo.Planning.Evaluation;

/// <summary>
/// The evaluation of a measure at a place: the four regions with their counts before and after, the weighted
/// displacement difference (WDD) and quotient (WDQ), their interpretation in words (Swedish and English) and the
/// announced defaults and warnings.
/// </summary>
/// <param name="StudyAreaCode">The study area.</param>
/// <param name="TreatedSv">The treated place in Swedish words.</param>
/// <param name="TreatedEn">The treated place in English words.</param>
/// <param name="ControlSv">The control in Swedish words.</param>
/// <param name="ControlEn">The control in English words.</param>
/// <param name="BufferMetres">The width of the displacement buffers.</param>
/// <param name="Before">The period before.</param>
/// <param name="After">The period after.</param>
/// <param name="Categories">The category codes counted, or null for all.</param>
/// <param name="Regions">treated, treated_buffer, control, control_buffer, in this order.</param>
/// <param name="Wdd">The weighted displacement difference test.</param>
/// <param name="Wdq">The weighted displacement quotient with its success and buffer displacement measures.</param>
/// <param name="Interpretation">The class (displacement, diffusion, …) along Bowers &amp; Johnson.</param>
/// <param name="InterpretationSv">The result in a Swedish sentence.</param>
/// <param name="InterpretationEn">The result in an English sentence.</param>
/// <param name="Notices">The defaults chosen and the warnings, in Swedish and English.</param>
/// <param name="TreatedGeometry">The treated place (study area's SRID).</param>
/// <param name="ControlGeometry">The control area as counted (study area's SRID; the default control clipped to the study area).</param>
public sealed record EvaluationResult(
    string StudyAreaCode,
    string TreatedSv,
    string TreatedEn,
    string ControlSv,
    string ControlEn,
    double BufferMetres,
    RunPeriod Before,
    RunPeriod After,
    IReadOnlyList<string>? Categories,
    IReadOnlyList<EvaluationRegion> Regions,
    WeightedDisplacementDifferenceResult Wdd,
    WeightedDisplacementQuotientResult Wdq,
    DisplacementInterpretation Interpretation,
    string InterpretationSv,
    string InterpretationEn,
    IReadOnlyList<RunNotice> Notices,
    [property: JsonIgnore] Geometry TreatedGeometry,
    [property: JsonIgnore] Geometry ControlGeometry)
{
    /// <summary>The region with this code (treated, treated_buffer, control, control_buffer).</summary>
    public EvaluationRegion Region(string code) => Regions.Single(r => r.Code == code);

    /// <summary>The interpretation in <paramref name="lang"/> (sv or en).</summary>
    public string InterpretationText(string lang) => lang == "en" ? InterpretationEn : InterpretationSv;

    /// <summary>The treated place in <paramref name="lang"/>.</summary>
    public string TreatedText(string lang) => lang == "en" ? TreatedEn : TreatedSv;

    /// <summary>The control in <paramref name="lang"/>.</summary>
    public string ControlText(string lang) => lang == "en" ? ControlEn : ControlSv;
}
