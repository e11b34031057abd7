using Geo.Analysis.Inference;

namespace Geo.Analysis.SpaceTime;

/// <summary>
/// Result of <see cref="CellTrends.Test"/>: per location the Mann–Kendall test of its series (null when not tested), the
/// corrected p-value (NaN when not tested), the class and why it was not tested ("no events", "constant series: 3 in
/// every step"; null when tested); and the test of the whole area's summed series, with why it is undefined (or null).
/// </summary>
public sealed record CellTrendResult(
    MannKendallResult?[] Trend,
    double[] PAdjusted,
    TrendClass[] Class,
    MannKendallResult Whole,
    double[] WholeSeries,
    double Alpha,
    Correction Correction,
    string?[] Undefined,
    string? WholeUndefined)
{
    /// <summary>Number of locations.</summary>
    public int Count => Class.Length;

    /// <summary>Locations tested (whose series is not constant).</summary>
    public int Tested => Trend.Count(t => t is not null);

    /// <summary>The class of the whole area's series at <see cref="Alpha"/> (no correction: one test).</summary>
    public TrendClass WholeClass => CellTrends.Classify(Whole, Whole.P, Alpha);
}
