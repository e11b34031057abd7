using NetTopologySuite.Geometries;

namespace Geo.Sample;

/// <summary>
/// A hotspot planted in the sample: extra police-reported incidents of <see cref="Categories"/> placed uniformly in
/// <see cref="Polygon"/> (a square aligned to the 250 m grid, EPSG:3006) during <see cref="Periods"/>.
/// </summary>
/// <param name="Id">H1, H2, …</param>
/// <param name="Trend">emerging, persistent, diminishing or former.</param>
/// <param name="Polygon">Square in EPSG:3006 with corners on multiples of 250 m.</param>
/// <param name="Categories">Categories of the extra incidents (drawn uniformly).</param>
/// <param name="Periods">Active periods with their rates.</param>
/// <param name="BackgroundPerYear">Expected background incidents per year in the polygon (all three files, from the population density).</param>
/// <param name="Multiplier">Peak (background + extra) / background in the polygon.</param>
/// <param name="PlantedPerYear">Extra incidents actually written per calendar year (from the first year).</param>
/// <param name="ExpectedClassQuarterly">The ArcGIS emerging-hot-spot class expected on a quarterly space-time cube.</param>
/// <param name="ExpectedClassYearly">The class expected on a yearly cube.</param>
/// <param name="TimeProfile">The planted time profile of the extra incidents and the share that fell in its window.</param>
public sealed record PlantedHotspot(
    string Id,
    string Trend,
    Polygon Polygon,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ActivePeriod> Periods,
    double BackgroundPerYear,
    double Multiplier,
    IReadOnlyList<int> PlantedPerYear,
    string ExpectedClassQuarterly,
    string ExpectedClassYearly,
    PlantedTimeProfile TimeProfile);
