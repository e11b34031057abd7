using NetTopologySuite.Geometries;

namespace Geo.Storage.Model;

/// <summary>
/// A row of <c>run_hotspot</c>: a connected group of hot cells of a run, with its change, time profile, nearby resources
/// and coverage gap. JSON columns are JSON texts (see the migration for their shapes).
/// </summary>
public sealed class RunHotspotEntity : IRunResultRow
{
    public required string StudyAreaCode { get; set; }
    public long RunId { get; set; }
    public int HotspotId { get; set; }
    public int Cells { get; set; }
    public int Incidents { get; set; }
    public int? IncidentsCompare { get; set; }
    public double? RateRatio { get; set; }
    public double? RateRatioLower { get; set; }
    public double? RateRatioUpper { get; set; }
    public double? RateRatioP { get; set; }
    public string? ChangeClass { get; set; }
    public string? EmergingClass { get; set; }
    public string DominantCategories { get; set; } = "[]";
    /// <summary>7 × 24 counts, index day * 24 + hour (Monday = 0).</summary>
    public int[]? HourWeekday { get; set; }
    public string? Peak { get; set; }
    public string[] AreaCodes { get; set; } = [];
    public string NearestResources { get; set; } = "[]";
    public string ResourcesWithin { get; set; } = "[]";
    /// <summary><c>none</c>, <c>spatial</c> or <c>temporal</c>.</summary>
    public string CoverageGap { get; set; } = "none";
    public double? UncoveredShare { get; set; }
    public string UncoveredWindows { get; set; } = "[]";
    public required MultiPolygon Geom { get; set; }
}
