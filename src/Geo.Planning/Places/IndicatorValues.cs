namespace Geo.Planning.Places;

/// <summary>The values of an indicator over a run's areas for one category group as the viewer may see them (null where suppressed or undefined), by area code.</summary>
/// <param name="Indicator">The indicator's name (see <see cref="PlaceService.Indicators"/>).</param>
/// <param name="Group">The category group.</param>
/// <param name="Values">One value per area, by area code.</param>
/// <param name="Suppressed">How many areas' values are hidden because their count is suppressed for the viewer.</param>
public sealed record IndicatorValues(string Indicator, string Group, IReadOnlyList<double?> Values, int Suppressed);
