using NetTopologySuite.Geometries;

namespace Geo.Reporting.Maps;

/// <summary>What <see cref="SvgMap.Render"/> draws.</summary>
/// <param name="Title">The map's title.</param>
/// <param name="Layers">The layers, drawn in this order (the first at the bottom).</param>
/// <param name="Lang">"sv" (default) or "en": the language of the built-in texts and of numbers (decimal comma in Swedish).</param>
/// <param name="Width">The SVG's width in pixels (the legend column included).</param>
/// <param name="Height">The SVG's least height in pixels; it grows when the legend needs more room.</param>
/// <param name="Caption">The attribution line under the map; null: the coordinate system ("Koordinatsystem: SWEREF 99 TM").</param>
/// <param name="Id">A prefix of the SVG's internal ids (patterns, clip path), distinct for each map inlined in one HTML page.</param>
/// <param name="Extent">The part of the map to show (metres, in the layers' CRS), e.g. a zoom on the town centre; null fits all layers. Geometries outside are clipped at the frame.</param>
public sealed record MapSpec(
    string Title,
    IReadOnlyList<MapLayer> Layers,
    string Lang = "sv",
    int Width = 900,
    int Height = 640,
    string? Caption = null,
    string Id = "map",
    Envelope? Extent = null);
