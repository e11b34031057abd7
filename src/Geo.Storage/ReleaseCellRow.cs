namespace Geo.Storage;

/// <summary>A run's grid cell count in both periods and the hotspot it belongs to.</summary>
public readonly record struct ReleaseCellRow(int CellId, int? HotspotId, int Incidents, int? IncidentsCompare);
