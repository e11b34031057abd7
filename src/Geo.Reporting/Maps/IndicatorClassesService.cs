using Geo.Planning.Places;

namespace Geo.Reporting.Maps;

/// <summary>
/// The class breaks of a map's choropleth: the indicator's values over a run's areas as the viewer may see them
/// (<see cref="PlaceService.IndicatorValuesAsync"/>; suppressed values are left out) divided by the report's own
/// <see cref="ClassBreaks"/> (quantiles, Fisher–Jenks natural breaks as R's classInt, or equal intervals).
/// </summary>
public sealed class IndicatorClassesService(PlaceService places)
{
    /// <summary>The method names, with the default first.</summary>
    public static IReadOnlyList<string> Methods { get; } = ["jenks", "quantile", "equal"];

    public const string DefaultIndicator = "ratePer1000";
    public const string DefaultMethod = "jenks";
    public const int MinClasses = 2;
    public const int MaxClasses = 9;

    /// <summary>
    /// Classes of <paramref name="indicator"/> (default rate per 1,000) by <paramref name="method"/> (default jenks) into
    /// <paramref name="classes"/> (default <see cref="ClassBreaks.DefaultClasses"/>, 2–9) for <paramref name="group"/>.
    /// </summary>
    public async Task<PlaceAnswer<IndicatorClasses>> ClassesAsync(long runId, string? indicator, string? method, int? classes, string? group,
        PlaceViewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var m = method ?? DefaultMethod;
        if (!Methods.Contains(m))
            return new PlaceError(PlaceError.BadRequest, $"method '{m}' is not known; use one of {string.Join(", ", Methods)}.");
        var k = classes ?? ClassBreaks.DefaultClasses;
        if (k is < MinClasses or > MaxClasses)
            return new PlaceError(PlaceError.BadRequest, $"classes must be a whole number from {MinClasses} to {MaxClasses}, not {k}.");
        var values = await places.IndicatorValuesAsync(runId, indicator ?? DefaultIndicator, group, viewer, ct).ConfigureAwait(false);
        if (values.Value is not { } v) return values.Error!;
        var kind = m switch { "quantile" => ClassMethod.Quantiles, "equal" => ClassMethod.EqualIntervals, _ => ClassMethod.Jenks };
        var breaks = ClassBreaks.Compute(kind, v.Values, k);
        var counts = new int[breaks.Classes];
        var leftOut = 0;
        foreach (var x in v.Values)
        {
            var c = x is { } d ? breaks.ClassOf(d) : -1;
            if (c < 0) leftOut++;
            else counts[c]++;
        }
        return new IndicatorClasses(v.Indicator, m, v.Group, breaks.Classes, breaks.Breaks, counts, leftOut,
            Notice(m, k, breaks.Classes, leftOut, method is null && classes is null, viewer.English));
    }

    private static string Notice(string method, int asked, int made, int leftOut, bool defaults, bool english)
    {
        var name = (method, english) switch
        {
            ("quantile", false) => "kvantiler",
            ("quantile", true) => "quantiles",
            ("equal", false) => "lika breda intervall",
            ("equal", true) => "equal intervals",
            (_, false) => "naturliga brytpunkter (Fisher–Jenks)",
            _ => "natural breaks (Fisher–Jenks)",
        };
        var text = english ? $"{made} {(made == 1 ? "class" : "classes")}, {name}" : $"{made} {(made == 1 ? "klass" : "klasser")}, {name}";
        if (made < asked)
            text += english ? $"; {asked} were asked for but the values allow only {made}" : $"; {asked} begärdes men värdena räcker bara till {made}";
        if (leftOut > 0)
            text += english ? $"; {leftOut} areas without a value (suppressed or undefined) are left out" : $"; {leftOut} områden utan värde (skyddade eller odefinierade) ingår inte";
        return (defaults ? english ? "Default: " : "Standard: " : "") + text + ".";
    }
}
