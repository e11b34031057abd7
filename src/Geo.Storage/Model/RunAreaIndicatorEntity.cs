using NetTopologySuite.Geometries;

namespace Geo.Storage.Model;

/// <summary>
/// A row of <c>run_area_indicator</c>: the indicators of one area of a run's area set (or of the whole study area,
/// <see cref="AreaCode"/> <c>*</c> with <see cref="IsReference"/>) for one category group (<c>total</c> for all).
/// Shares are fractions in [0, 1]; profiles are flat integer arrays (hour × weekday: day * 24 + hour, Monday = 0).
/// </summary>
public sealed class RunAreaIndicatorEntity : IRunResultRow
{
    public required string StudyAreaCode { get; set; }
    public long RunId { get; set; }
    public required string AreaCode { get; set; }
    public required string CategoryGroup { get; set; }
    public string? AreaName { get; set; }
    public bool IsReference { get; set; }
    public int? Population { get; set; }
    public int Incidents { get; set; }
    public int? IncidentsCompare { get; set; }
    /// <summary>Column <c>rate_per_1000</c>.</summary>
    public double? RatePer1000 { get; set; }
    /// <summary>Column <c>rate_per_100000</c>.</summary>
    public double? RatePer100000 { get; set; }
    /// <summary>Column <c>rate_eb_per_1000</c>: the empirical-Bayes smoothed rate.</summary>
    public double? RateEbPer1000 { get; set; }
    public bool Unstable { get; set; }
    public double? LocationQuotient { get; set; }
    public double? ShareIncidents { get; set; }
    public double? SharePopulation { get; set; }
    public double? RelativeRate { get; set; }
    public double? RateRatio { get; set; }
    public double? RateRatioLower { get; set; }
    public double? RateRatioUpper { get; set; }
    public double? RateRatioP { get; set; }
    /// <summary><c>significant_rise</c>, <c>significant_fall</c>, <c>no_significant_change</c> or <c>undefined</c>.</summary>
    public string? ChangeClass { get; set; }
    public double? TrendMkS { get; set; }
    public double? TrendMkZ { get; set; }
    public double? TrendMkP { get; set; }
    public double? TrendPercentPerYear { get; set; }
    public double? TrendPercentPerYearLower { get; set; }
    public double? TrendPercentPerYearUpper { get; set; }
    /// <summary><c>rising</c>, <c>falling</c>, <c>no_trend</c> or <c>undefined</c>.</summary>
    public string? TrendClass { get; set; }
    public int[]? MonthlyCounts { get; set; }
    public int TimedHour { get; set; }
    public int UntimedHour { get; set; }
    public double? EveningShare { get; set; }
    public double? NightShare { get; set; }
    public double? WeekendShare { get; set; }
    /// <summary>7 × 24 counts, index day * 24 + hour (Monday = 0).</summary>
    public int[]? HourWeekday { get; set; }
    /// <summary>12 counts, January first.</summary>
    public int[]? MonthOfYear { get; set; }
    /// <summary>Column <c>hot_share_90</c>.</summary>
    public double? HotShare90 { get; set; }
    /// <summary>Column <c>hot_share_95</c>.</summary>
    public double? HotShare95 { get; set; }
    /// <summary>Column <c>hot_share_99</c>.</summary>
    public double? HotShare99 { get; set; }
    /// <summary>Column <c>top10_cells_share</c>.</summary>
    public double? Top10CellsShare { get; set; }
    public string? LisaClass { get; set; }
    public double? LisaP { get; set; }
    public double? RepeatShare { get; set; }
    public double? WithheldShare { get; set; }
    public double? ApproximateShare { get; set; }
    public double? AreaCentroidShare { get; set; }
    /// <summary>The time-precision mix as a JSON text.</summary>
    public string? TimePrecision { get; set; }
    /// <summary>The sources present as a JSON text.</summary>
    public string? Sources { get; set; }
    public string[]? SourcesMissing { get; set; }
    /// <summary>The nearest resource of each type (JSON array of type, name, owner, distance); on the area's total row only.</summary>
    public string? NearestResources { get; set; }
    /// <summary>The resources within the run's coverage distance (JSON array); on the area's total row only.</summary>
    public string? ResourcesWithin { get; set; }
    public MultiPolygon? Geom { get; set; }
}
