using System.Globalization;

namespace Geo.Reporting.Maps;

/// <summary>A scale bar: a round length (1, 2 or 5 × 10^k metres), its length in pixels and its label ("5 km", "200 m").</summary>
internal sealed record ScaleBar(double Metres, double Pixels, string Label)
{
    /// <summary>The longest round length that fits in <paramref name="maxPixels"/> at <paramref name="pixelsPerMetre"/>.</summary>
    public static ScaleBar Choose(double pixelsPerMetre, double maxPixels, MapText text)
    {
        var maxMetres = maxPixels / pixelsPerMetre;
        var pow = Math.Pow(10, Math.Floor(Math.Log10(maxMetres)));
        var metres = pow;
        foreach (var m in new[] { 5, 2, 1 })
            if (m * pow <= maxMetres * (1 + 1e-12)) { metres = m * pow; break; }
        var label = metres >= 1000
            ? text.Number(metres / 1000, 0) + " km"
            : metres >= 1 ? metres.ToString("0", CultureInfo.InvariantCulture) + " m" : text.Number(metres, 2) + " m";
        return new ScaleBar(metres, metres * pixelsPerMetre, label);
    }
}
