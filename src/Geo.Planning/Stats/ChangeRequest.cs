namespace Geo.Planning.Stats;

/// <summary>
/// Hot-spot change between a comparison period and a current period (<c>geo stats change</c>): the events of
/// <paramref name="Input"/> from <paramref name="From"/> to <paramref name="To"/> against those of
/// <paramref name="CompareInput"/> (or <paramref name="Input"/>) from <paramref name="CompareFrom"/> to
/// <paramref name="CompareTo"/>, counted on one grid.
/// </summary>
/// <param name="Input">Point events of the current period (GeoJSON points or CSV x,y).</param>
/// <param name="TimeField">Each event's date or time; required when a period is given.</param>
/// <param name="From">First day of the current period (inclusive); null: no lower limit.</param>
/// <param name="To">Last day of the current period (inclusive); null: no upper limit.</param>
/// <param name="CompareFrom">First day of the comparison period (inclusive).</param>
/// <param name="CompareTo">Last day of the comparison period (inclusive).</param>
/// <param name="CompareInput">Point events of the comparison period; null: the same file as <paramref name="Input"/>.</param>
/// <param name="Grid">The grid both periods are counted on (automatic cell size when none is given).</param>
/// <param name="Significance">Alpha and the multiple-testing correction of both the Gi* classes and the count-change test.</param>
public sealed record ChangeRequest(
    string Input, string? TimeField = null, DateOnly? From = null, DateOnly? To = null, DateOnly? CompareFrom = null, DateOnly? CompareTo = null,
    string? CompareInput = null, GridRequest? Grid = null, Significance? Significance = null);
