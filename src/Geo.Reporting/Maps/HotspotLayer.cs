namespace Geo.Reporting.Maps;

/// <summary>Hotspot outlines (class="hotspot" paths, one per hotspot) with labels.</summary>
/// <param name="Hotspots">The outlines.</param>
/// <param name="Label">The legend text; null: "Hot spot-område" / "Hotspot area".</param>
public sealed record HotspotLayer(IReadOnlyList<HotspotOutline> Hotspots, string? Label = null) : MapLayer;
