using NetTopologySuite.Geometries;

namespace Geo.Storage.Model;

/// <summary>A row of <c>run_cell</c>: one grid cell of a run with its counts, Gi* result and hotspot.</summary>
public sealed class RunCellEntity : IRunResultRow
{
    public required string StudyAreaCode { get; set; }
    public long RunId { get; set; }
    public int CellId { get; set; }
    public int Col { get; set; }
    public int Row { get; set; }
    /// <summary>The share of the cell inside the study area, in [0, 1].</summary>
    public double AreaShare { get; set; }
    public int Incidents { get; set; }
    public int? IncidentsCompare { get; set; }
    public double? GiZ { get; set; }
    public double? GiP { get; set; }
    /// <summary>Signed confidence of the Gi* call: 99, 95, 90 hot, −90, −95, −99 cold, 0 not significant, null undefined.</summary>
    public short? GiConfidence { get; set; }
    public string? EmergingClass { get; set; }
    public int? HotspotId { get; set; }
    public double? Density { get; set; }
    public required Polygon Geom { get; set; }
}
