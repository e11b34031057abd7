using Geo.Analysis.Density;

namespace Geo.Planning.Stats;

/// <summary>Events per resident: the kernel density of events over that of the population (<c>geo stats dual-kde</c>).</summary>
/// <param name="Incidents">The events and the grid, bandwidth, kernel, boundary and edge correction of both surfaces.</param>
/// <param name="Population">Population points or polygons (their centroids) with a count of residents.</param>
/// <param name="PopulationField">The field with each point's or polygon's residents.</param>
/// <param name="Per">The rate is given per this many residents (default 1,000).</param>
/// <param name="MinResidents">Cells whose smoothed population is below this many residents per cell get no rate (default 1).</param>
public sealed record DualKdeRequest(KdeRequest Incidents, string Population, string PopulationField, double Per = 1000, double MinResidents = 1);
