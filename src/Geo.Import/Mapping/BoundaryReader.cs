using Geo.Core.Crs;
using Geo.Core.Text;
using Geo.Import.Formats;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using NetTopologySuite;

namespace Geo.Import.Mapping;

/// <summary>
/// Reads a study-area boundary from a GeoJSON or GeoPackage: the only feature, or the features whose code-like
/// property equals the code; unions the parts, repairs an invalid result (NTS <see cref="GeometryFixer"/>) and
/// reprojects it.
/// </summary>
internal static class BoundaryReader
{
    /// <summary>Property names that hold a municipality or area code, most specific first.</summary>
    internal static readonly string[] CodeProperties =
    [
        "kommunkod", "kom_kod", "kommun_kod", "kommunkod_txt", "knkod", "kn_kod", "kod", "code", "kommun", "municipality_code",
        "lan_kod", "lanskod", "deso", "desokod", "regso", "regsokod", "id", "fid", "objectid",
    ];

    /// <summary>Property names that hold a display name.</summary>
    internal static readonly string[] NameProperties =
    [
        "kommunnamn", "kom_namn", "kommun_namn", "knnamn", "kn_namn", "namn", "name", "lan_namn", "lansnamn",
    ];

    public static BoundaryResult Read(IFeatureReader reader, string code, int? sourceSrid, int targetSrid)
    {
        var notices = new List<string>(reader.Notices);
        if (!reader.HasGeometry)
            throw new ImportFormatException(reader.FileName, 0, "a boundary needs a GeoJSON or GeoPackage file with polygon geometries.");
        var columns = new ColumnSet(reader);
        var codeCandidates = CodeProperties.Select(n => columns.Find(n)).Where(i => i >= 0).Distinct().ToList();
        for (var i = 0; i < columns.Names.Count; i++)
        {
            if (!codeCandidates.Contains(i)) codeCandidates.Add(i);
        }
        var nameColumn = columns.Find(NameProperties);
        var wanted = code.Trim();

        var features = new List<(long Row, Geometry Geometry, string?[] Values)>();
        var hits = new List<int>[columns.Names.Count];
        foreach (var row in reader.Read())
        {
            if (row.GeometryError is { } err) throw new ImportFormatException(reader.FileName, row.Row, $"unparsable geometry: {err}");
            if (row.Geometry is null || row.Geometry.IsEmpty) continue;
            var values = new string?[columns.Names.Count];
            for (var i = 0; i < values.Length; i++) values[i] = row.IsNull(i) ? null : row.Text(i).Trim();
            var index = features.Count;
            features.Add((row.Row, row.Geometry.Copy(), values));
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is { } v && CodeEquals(v, wanted)) (hits[i] ??= []).Add(index);
            }
        }
        if (features.Count == 0) throw new ImportFormatException(reader.FileName, 0, "the file holds no features with a geometry.");

        List<int> chosen;
        string? codeProperty = null;
        if (features.Count == 1)
        {
            chosen = [0];
            notices.Add("the file holds one feature: taken as the boundary");
        }
        else
        {
            var column = codeCandidates.FirstOrDefault(i => hits[i] is { Count: > 0 }, -1);
            if (column < 0)
            {
                var shown = codeCandidates.Count > 0 ? codeCandidates[0] : -1;
                var examples = shown < 0 ? "" : string.Join(", ", features.Select(f => f.Values[shown]).Where(v => v is not null).Distinct().Take(8));
                var closest = shown < 0 ? "" : "; closest: " + string.Join(", ", Levenshtein.Closest(wanted, features.Select(f => f.Values[shown]!).Where(v => v is not null)));
                throw new InvalidDataException(
                    $"{reader.FileName}: no feature has code '{wanted}' ({features.Count} features; codes are in '{(shown < 0 ? "?" : columns.Name(shown))}', e.g. {examples}{closest}).");
            }
            codeProperty = columns.Name(column);
            chosen = hits[column];
            notices.Add($"boundary: feature(s) whose '{codeProperty}' is {wanted}" + (chosen.Count > 1 ? $" ({chosen.Count} parts, unioned)" : ""));
        }

        var name = nameColumn >= 0 ? chosen.Select(i => features[i].Values[nameColumn]).FirstOrDefault(v => !string.IsNullOrEmpty(v)) : null;
        var geometry = chosen.Count == 1 ? features[chosen[0]].Geometry : UnaryUnionOp.Union(chosen.Select(i => features[i].Geometry).ToList());
        if (geometry is not (Polygon or MultiPolygon))
        {
            var polys = PolygonExtracter.GetPolygons(geometry);
            if (polys.Count == 0) throw new InvalidDataException($"{reader.FileName}: the boundary for '{wanted}' is a {geometry.GeometryType}, not a polygon.");
            geometry = UnaryUnionOp.Union(polys);
        }
        if (!geometry.IsValid)
        {
            geometry = GeometryFixer.Fix(geometry);
            notices.Add("warning: the boundary was not a valid polygon: repaired (NTS GeometryFixer)");
        }

        var srid = sourceSrid ?? reader.DeclaredSrid ?? CrsRegistry.Wgs84;
        notices.Add(sourceSrid is not null ? $"source CRS EPSG:{srid} (--crs)"
            : reader.DeclaredSrid is not null ? $"source CRS EPSG:{srid} (file declares EPSG:{srid})"
            : "source CRS EPSG:4326 (no crs member → EPSG:4326 per RFC 7946)");
        var projected = CrsTransform.Create(srid, targetSrid).Apply(geometry);
        var factory = NtsGeometryServices.Instance.CreateGeometryFactory(targetSrid);
        var multi = projected switch
        {
            MultiPolygon m => factory.CreateMultiPolygon(Enumerable.Range(0, m.NumGeometries).Select(i => (Polygon)m.GetGeometryN(i)).ToArray()),
            Polygon p => factory.CreateMultiPolygon([p]),
            _ => throw new InvalidDataException($"{reader.FileName}: the boundary is not polygonal after reprojection."),
        };
        multi.SRID = targetSrid;
        if (srid != targetSrid) notices.Add($"reprojected to EPSG:{targetSrid}");
        return new BoundaryResult(multi, name, codeProperty, notices);
    }

    /// <summary>Equal as text, or as whole numbers ("0114" = "114").</summary>
    private static bool CodeEquals(string value, string code) =>
        string.Equals(value, code, StringComparison.OrdinalIgnoreCase)
        || (long.TryParse(value, out var a) && long.TryParse(code, out var b) && a == b);
}
