namespace Geo.Reporting.Maps;

/// <summary>Colour-blind-safe sequential palettes for choropleths, light (low) to dark (high) except viridis (dark to light).</summary>
public enum SequentialPalette
{
    /// <summary>ColorBrewer YlOrRd (yellow–orange–red): the report's default for rates.</summary>
    YlOrRd,

    /// <summary>ColorBrewer Blues.</summary>
    Blues,

    /// <summary>Viridis (perceptually uniform, dark purple to yellow).</summary>
    Viridis,
}
