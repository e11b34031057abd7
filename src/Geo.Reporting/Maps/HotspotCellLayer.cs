namespace Geo.Reporting.Maps;

/// <summary>Hotspot cells filled by class (class="cell" paths, one per cell); the legend lists the classes present.</summary>
/// <param name="Cells">The cells (usually only the significant or classified ones).</param>
/// <param name="Title">The legend's title; null: "Hot spots (Gi*)" for Gi* codes, "Mönster över tid" / "Pattern over time" for emerging codes.</param>
public sealed record HotspotCellLayer(IReadOnlyList<HotspotCell> Cells, string? Title = null) : MapLayer;
