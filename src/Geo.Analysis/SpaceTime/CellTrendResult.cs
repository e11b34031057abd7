using Geo.Analysis.Inference;

namespace Geo.Analysis.SpaceTime;

/// <summary>
/// Result of <see cref="CellTrends.Test"/>: per location the Mann–Kendall test of its series (null when not tested), the
/// corrected p-value (NaN when not tested) and the class; and the test of the whole area's summed series.
/// </summary>
public sealed record CellTrendResult(
    MannKendallResult?[] Trend,
    double[] PAdjusted,
    TrendClass[] Class,
    MannKendallResult Whole,
    double[] WholeSeries,
    double Alpha,
    Correction Correction)
{
    /// <summary>Number of locations.</summary>
    public int Count => Class.Length;

    /// <summary>Locations tested (with at least one event in some step).</summary>
    public int Tested => Trend.Count(t => t is not null);

    /// <summary>The class of the whole area's series at <see cref="Alpha"/> (no correction: one test).</summary>
    public TrendClass WholeClass => CellTrends.Classify(Whole, Whole.P, Alpha);
}
