namespace Geo.Storage;

/// <summary>A run's hotspot count in both periods.</summary>
public sealed record ReleaseHotspotRow(int HotspotId, int Incidents, int? IncidentsCompare);
