namespace Geo.Planning.Places;

/// <summary>A grid cell of a run: incidents (null when suppressed), Gi* z and signed confidence, emerging class, hotspot and density.</summary>
public sealed record CellRow(
    int CellId,
    int Col,
    int Row,
    int? Incidents,
    bool Suppressed,
    double? GiZ,
    short? GiConfidence,
    string? EmergingClass,
    int? HotspotId,
    double? Density);
