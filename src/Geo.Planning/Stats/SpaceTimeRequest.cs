using Geo.Analysis.SpaceTime;

namespace Geo.Planning.Stats;

/// <summary>Point events with a time on a grid, summarised per calendar time step (<c>geo stats trend|emerging</c>).</summary>
/// <param name="Input">Point events: GeoJSON points or CSV with x,y columns.</param>
/// <param name="TimeField">The field with each event's date or time.</param>
/// <param name="Field">Numeric weight of each event: the cube holds sums of it; null: counts.</param>
/// <param name="Step">Calendar time step.</param>
/// <param name="Grid">The grid (automatic cell size when none is given).</param>
/// <param name="Significance">Alpha and the multiple-testing correction.</param>
/// <param name="Events">The working CRS, the row filters (--from/--to bound the time steps) and the time zone.</param>
/// <param name="PartialSteps">Whether a first or last step only partly covered by the data (or by --from/--to) is dropped or kept.</param>
public sealed record SpaceTimeRequest(
    string Input, string TimeField, string? Field = null, TimeStep Step = TimeStep.Month, GridRequest? Grid = null, Significance? Significance = null,
    EventInput? Events = null, PartialSteps PartialSteps = PartialSteps.Drop);
