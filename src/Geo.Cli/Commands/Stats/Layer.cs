using System.Globalization;
using Geo.Formats;
using NetTopologySuite.Geometries;

namespace Geo.Cli.Commands.Stats;

/// <summary>
/// The analysed field, optional ids and the geometry of each row of a file (one location per row): polygons (their
/// centroids for distance weights) or points (GeoJSON points or CSV x,y).
/// </summary>
/// <param name="Geometries">Each row's geometry as read (points built from x,y for CSV), for GeoJSON output.</param>
/// <param name="DeclaredSrid">The CRS the input declares, if any (see <see cref="GeoJsonCrs"/>).</param>
internal sealed record Layer(
    string File, string Field, double[] Values, string[]? Ids, List<Geometry>? Polygons, List<(double X, double Y)> Points,
    List<Geometry> Geometries, int? DeclaredSrid)
{
    private static readonly GeometryFactory Factory = new();

    public static Layer Load(string path, string field, string? idField)
    {
        if (!System.IO.File.Exists(path)) throw new FileNotFoundException($"input file {path} not found.", path);
        using var reader = FeatureReaders.Open(path);
        var fi = InputFields.IndexOf(reader, field, "--field", path);
        var ii = idField is null ? -1 : InputFields.IndexOf(reader, idField, "--id-field", path);
        var (xi, yi) = reader.HasGeometry ? (-1, -1) : InputFields.XY(reader, path);
        var values = new List<double>();
        var ids = idField is null ? null : new List<string>();
        var polys = new List<Geometry>();
        var points = new List<(double, double)>();
        var geometries = new List<Geometry>();
        var allPolygons = reader.HasGeometry;
        foreach (var row in reader.Read())
        {
            values.Add(InputFields.Number(reader, row, fi, field, path));
            ids?.Add(WeightsSpec.Canon(row.Text(ii)));
            if (reader.HasGeometry)
            {
                if (row.GeometryError is { } err) throw new InvalidDataException($"{path} row {row.Row}: unparsable geometry: {err}");
                var g = row.Geometry ?? throw new InvalidDataException($"{path} row {row.Row}: the feature has no geometry.");
                if (g is Polygon or MultiPolygon) { polys.Add(g.Copy()); var c = g.Centroid; points.Add((c.X, c.Y)); }
                else if (g is Point pt) { allPolygons = false; points.Add((pt.X, pt.Y)); }
                else throw new InvalidDataException($"{path} row {row.Row}: {g.GeometryType} geometry; stats needs polygons or points.");
                geometries.Add(g.Copy());
            }
            else
            {
                var (x, y) = (InputFields.Number(reader, row, xi, reader.Fields[xi], path), InputFields.Number(reader, row, yi, reader.Fields[yi], path));
                points.Add((x, y));
                geometries.Add(Factory.CreatePoint(new Coordinate(x, y)));
            }
        }
        if (values.Count < 4) throw new ArgumentException($"{path} has {values.Count} rows; spatial statistics need at least 4.");
        if (allPolygons && polys.Count != values.Count) allPolygons = false;
        return new Layer(path, field, values.ToArray(), ids?.ToArray(), allPolygons ? polys : null, points, geometries, reader.DeclaredSrid);
    }
}
