namespace Geo.Reporting.Maps;

/// <summary>A choropleth of areas, classed by <see cref="ClassBreaks"/> (class="area" paths, one per area).</summary>
/// <param name="Areas">The areas with their values.</param>
/// <param name="ValueLabel">The legend's title: what the value is (e.g. "Våld per 1 000 invånare").</param>
/// <param name="Breaks">The classes; null applies the report's rule (<see cref="ClassBreaks.Default"/>: Jenks, 5 classes).</param>
/// <param name="Palette">The colours (at most <see cref="MapColours.MaxClasses"/> classes).</param>
/// <param name="Decimals">Decimals of the legend's numbers; null chooses enough to tell the breaks apart (0 to 3).</param>
/// <param name="NoValueLabel">The legend text of areas without a value; null: "Inget värde eller dolt (litet antal)" / "No value or suppressed (small count)".</param>
public sealed record AreaLayer(
    IReadOnlyList<MapArea> Areas,
    string ValueLabel,
    ClassBreaks? Breaks = null,
    SequentialPalette Palette = SequentialPalette.YlOrRd,
    int? Decimals = null,
    string? NoValueLabel = null) : MapLayer;
