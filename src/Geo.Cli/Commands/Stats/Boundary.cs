using Geo.Formats;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace Geo.Cli.Commands.Stats;

/// <summary>The study-area boundary of the grid modes: the union of the polygons of --boundary FILE, or the points' convex hull.</summary>
internal static class Boundary
{
    public static (Geometry Boundary, string Description) Load(string? path, PointSet points)
    {
        if (path is null)
        {
            var coords = new Coordinate[points.Count];
            for (var i = 0; i < coords.Length; i++) coords[i] = new Coordinate(points.X[i], points.Y[i]);
            var hull = new GeometryFactory().CreateMultiPointFromCoords(coords).ConvexHull();
            if (hull.Area <= 0) throw new ArgumentException($"the points of {points.File} lie on a line; give --boundary FILE.");
            return (hull, $"the convex hull of the points ({hull.Area / 1e6:0.###} km²; no --boundary given)");
        }
        if (!File.Exists(path)) throw new FileNotFoundException($"boundary file {path} not found.", path);
        using var reader = FeatureReaders.Open(path);
        if (!reader.HasGeometry) throw new ArgumentException($"--boundary {path}: needs a GeoJSON (or GeoPackage) file with polygons.");
        if (points.DeclaredSrid is { } a && reader.DeclaredSrid is { } b && a != b)
            throw new ArgumentException($"--boundary {path} is in EPSG:{b} but {points.File} in EPSG:{a}; give both in the same CRS.");
        var parts = new List<Geometry>();
        foreach (var row in reader.Read())
        {
            if (row.GeometryError is { } err) throw new InvalidDataException($"{path} row {row.Row}: unparsable geometry: {err}");
            if (row.Geometry is null || row.Geometry.IsEmpty) continue;
            if (row.Geometry is not (Polygon or MultiPolygon))
                throw new InvalidDataException($"{path} row {row.Row}: {row.Geometry.GeometryType} geometry; a boundary needs polygons.");
            parts.Add(row.Geometry.IsValid ? row.Geometry.Copy() : NetTopologySuite.Geometries.Utilities.GeometryFixer.Fix(row.Geometry));
        }
        if (parts.Count == 0) throw new ArgumentException($"--boundary {path} holds no polygons.");
        var boundary = parts.Count == 1 ? parts[0] : UnaryUnionOp.Union(parts);
        return (boundary, $"{Path.GetFileName(path)} ({parts.Count} polygon feature{(parts.Count == 1 ? "" : "s")}, {boundary.Area / 1e6:0.###} km²)");
    }
}
