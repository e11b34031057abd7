namespace Geo.Reporting.Maps;

/// <summary>
/// The classes of a choropleth of an indicator over a run's areas: <see cref="Breaks"/> (k + 1 ascending values, the
/// minimum, the inner breaks, the maximum; classes closed on the right as <see cref="ClassBreaks"/>), the number of areas
/// in each class and a notice in the viewer's language saying how the classes were made.
/// </summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Method"><c>quantile</c>, <c>jenks</c> or <c>equal</c>.</param>
/// <param name="Group">The category group.</param>
/// <param name="Classes">The number of classes made (fewer than asked when there are fewer distinct values; 0 without values).</param>
/// <param name="Breaks">Class breaks.</param>
/// <param name="Counts">Areas per class.</param>
/// <param name="LeftOut">Areas without a value (suppressed for the viewer or undefined), left out of the classes.</param>
/// <param name="Notice">How the classes were made, e.g. "5 klasser, naturliga brytpunkter (Fisher–Jenks)".</param>
public sealed record IndicatorClasses(string Indicator, string Method, string Group, int Classes, IReadOnlyList<double> Breaks, IReadOnlyList<int> Counts,
    int LeftOut, string Notice);
