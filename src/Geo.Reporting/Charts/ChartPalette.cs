namespace Geo.Reporting.Charts;

/// <summary>
/// Colours safe for colour-blind readers: the Okabe–Ito qualitative palette for series and bars, and a reversed viridis
/// ramp (light yellow for few, dark purple for many) for sequential values.
/// </summary>
internal static class ChartPalette
{
    /// <summary>Okabe &amp; Ito (2008), without the yellow that vanishes on white paper.</summary>
    public static readonly string[] Series = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];

    /// <summary>The highlighted bar or sector.</summary>
    public const string Accent = "#D55E00";

    /// <summary>A plain bar or sector.</summary>
    public const string Base = "#0072B2";

    /// <summary>A comparison bar.</summary>
    public const string Muted = "#9AA5B1";

    /// <summary>Cells with the value 0.</summary>
    public const string Empty = "#F4F4F4";

    // viridis at 0, 1/8, …, 1 (matplotlib's table), listed from dark to light.
    private static readonly (int R, int G, int B)[] Viridis =
    [
        (0x44, 0x01, 0x54), (0x47, 0x2D, 0x7B), (0x3B, 0x52, 0x8B), (0x2C, 0x72, 0x8E), (0x21, 0x91, 0x8C),
        (0x28, 0xAE, 0x80), (0x5E, 0xC9, 0x62), (0xAD, 0xDC, 0x30), (0xFD, 0xE7, 0x25),
    ];

    /// <summary>The colour of <paramref name="t"/> in [0, 1]: 0 light yellow, 1 dark purple (reversed viridis, linear between its stops).</summary>
    public static string Sequential(double t)
    {
        t = Math.Clamp(double.IsNaN(t) ? 0 : t, 0, 1);
        var x = (1 - t) * (Viridis.Length - 1);
        var i = Math.Min((int)Math.Floor(x), Viridis.Length - 2);
        var f = x - i;
        var (r0, g0, b0) = Viridis[i];
        var (r1, g1, b1) = Viridis[i + 1];
        return $"#{Lerp(r0, r1, f):X2}{Lerp(g0, g1, f):X2}{Lerp(b0, b1, f):X2}";
    }

    /// <summary>True when text on <see cref="Sequential"/>(<paramref name="t"/>) should be white.</summary>
    public static bool DarkAt(double t) => t > 0.5;

    private static int Lerp(int a, int b, double f) => (int)Math.Round(a + (b - a) * f);
}
