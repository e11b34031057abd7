namespace Geo.Reporting.Charts;

/// <summary>One bar of a <see cref="BarChart"/>.</summary>
/// <param name="Label">The bar's name on the axis, e.g. "Kommunen", "Länet", "Sverige", "Liknande kommuner".</param>
/// <param name="Value">The bar's length; NaN draws no bar (a value that is missing or suppressed).</param>
/// <param name="Highlight">True to draw the bar in the accent colour (the municipality or the group in question).</param>
/// <param name="ValueText">The label printed after the bar instead of the formatted value, e.g. "&lt;5" or "saknas".</param>
public sealed record BarItem(string Label, double Value, bool Highlight = false, string? ValueText = null);
