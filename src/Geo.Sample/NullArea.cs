using NetTopologySuite.Geometries;

namespace Geo.Sample;

/// <summary>
/// A polygon where nothing is planted and no risk facility lies within 1 km: incidents there are only the plain
/// population-proportional background (rural, low and homogeneous). A hotspot statistic should flag almost nothing here.
/// </summary>
/// <param name="Id">N1, N2, …</param>
/// <param name="Polygon">Square in EPSG:3006 with corners on multiples of 250 m.</param>
/// <param name="BackgroundPerYear">Expected incidents per year in the polygon (all three files).</param>
public sealed record NullArea(string Id, Polygon Polygon, double BackgroundPerYear);
