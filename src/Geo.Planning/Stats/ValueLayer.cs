using NetTopologySuite.Geometries;

namespace Geo.Planning.Stats;

/// <summary>
/// The analysed values of a layer, one location per row: polygons (their centroids for distance weights) or points
/// (GeoJSON points or CSV x,y), or the cells of a grid.
/// </summary>
/// <param name="File">The input file.</param>
/// <param name="Field">What the values are ("CRIME", "count of points", "sum of harm").</param>
/// <param name="Values">One value per location.</param>
/// <param name="Ids">The --id-field value of each row, or null.</param>
/// <param name="Polygons">Each row's polygon when every row is a polygon (for contiguity weights), else null.</param>
/// <param name="Points">Each location's point (polygon centroids, cell centres).</param>
/// <param name="Geometries">Each location's geometry as read, for GeoJSON output.</param>
/// <param name="DeclaredSrid">The CRS of the coordinates: the one the input declares, the one input in degrees was projected to, or --crs; null when not known.</param>
public sealed record ValueLayer(
    string File, string Field, double[] Values, string[]? Ids, IReadOnlyList<Geometry>? Polygons, IReadOnlyList<(double X, double Y)> Points,
    IReadOnlyList<Geometry> Geometries, int? DeclaredSrid)
{
    public int Count => Values.Length;

    /// <summary>How the rows were read: rows without a value left out, projection.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
