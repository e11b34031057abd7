namespace Geo.Storage;

/// <summary>A run's grid cells in sums (<see cref="DisclosureStore.CellTotalsAsync"/>).</summary>
/// <param name="Cells">How many cells.</param>
/// <param name="Incidents">Σ of the cells' counts.</param>
/// <param name="IncidentsCompare">Σ of their comparison-period counts; null when a cell has none.</param>
/// <param name="Small">How many counts are from 1 to k − 1.</param>
/// <param name="SmallCompare">How many comparison-period counts are from 1 to k − 1.</param>
public readonly record struct ReleaseCellTotals(int Cells, long Incidents, long? IncidentsCompare, int Small, int SmallCompare);
