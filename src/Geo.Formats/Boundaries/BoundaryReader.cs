using Geo.Core.Crs;
using Geo.Core.Geometries;
using Geo.Core.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.OverlayNG;

namespace Geo.Formats.Boundaries;

/// <summary>
/// The one boundary reader of Geo (study areas, the sample generator, the grids of <c>geo stats</c>): reads a GeoJSON or
/// GeoPackage, takes the only feature, the features whose code-like property equals a code, or every polygon feature;
/// repairs invalid parts (NTS <see cref="GeometryFixer"/>), unions them (OverlayNG) and optionally reprojects.
/// </summary>
public static class BoundaryReader
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

    /// <summary>Opens <paramref name="path"/> and reads the boundary.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InputFormatException">The file has no geometries, or a geometry cannot be read.</exception>
    /// <exception cref="InvalidDataException">No feature has the code, or the chosen features are not polygons.</exception>
    public static BoundaryResult Read(string path, BoundaryOptions options)
    {
        using var reader = FeatureReaders.Open(path);
        return Read(reader, options);
    }

    /// <summary>Reads the boundary from an opened reader (disposed by the caller).</summary>
    public static BoundaryResult Read(IFeatureReader reader, BoundaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        var notices = new List<string>(reader.Notices);
        if (!reader.HasGeometry)
            throw new InputFormatException(reader.FileName, 0, "a boundary needs a GeoJSON or GeoPackage file with polygon geometries.");
        var columns = new ColumnSet(reader);
        var nameColumn = columns.Find(NameProperties);
        var features = new List<(long Row, Geometry Geometry, string?[] Values)>();
        foreach (var row in reader.Read())
        {
            if (row.GeometryError is { } err) throw new InputFormatException(reader.FileName, row.Row, $"unparsable geometry: {err}");
            if (row.Geometry is null || row.Geometry.IsEmpty) continue;
            var values = new string?[columns.Names.Count];
            for (var i = 0; i < values.Length; i++) values[i] = row.IsNull(i) ? null : row.Text(i).Trim();
            features.Add((row.Row, row.Geometry.Copy(), values));
        }
        if (features.Count == 0) throw new InputFormatException(reader.FileName, 0, "the file holds no features with a geometry.");

        var (chosen, codeProperty) = Choose(reader.FileName, options.Code, columns, features, notices);
        var name = nameColumn >= 0 ? chosen.Select(i => features[i].Values[nameColumn]).FirstOrDefault(v => !string.IsNullOrEmpty(v)) : null;
        var parts = new List<Geometry>();
        // One feature that is already a valid polygon or multipolygon (parts with disjoint interiors) is its own union:
        // the union of a detailed coastline with hundreds of islands costs seconds and changes nothing.
        var whole = chosen.Count == 1 && features[chosen[0]].Geometry is Polygon or MultiPolygon && features[chosen[0]].Geometry.IsValid
            ? features[chosen[0]].Geometry : null;
        foreach (var i in whole is null ? chosen : [])
        {
            var polygons = PolygonExtracter.GetPolygons(features[i].Geometry);
            if (polygons.Count == 0)
                throw new InvalidDataException($"{reader.FileName} row {features[i].Row}: {features[i].Geometry.GeometryType} geometry; a boundary needs polygons.");
            foreach (var p in polygons)
            {
                if (p.IsValid) { parts.Add(p); continue; }
                parts.Add(GeometryFixer.Fix(p));
                notices.Add($"warning: the polygon of row {features[i].Row} was not valid: repaired (NTS GeometryFixer)");
            }
        }
        var geometry = whole ?? (parts.Count == 1 ? parts[0] : OverlayNGRobust.Union(parts[0].Factory.BuildGeometry(parts)));
        if (chosen.Count > 1) notices.Add($"{chosen.Count} features unioned");

        var targetSrid = options.TargetSrid;
        var srid = options.SourceSrid ?? reader.DeclaredSrid;
        if (targetSrid is { } target)
        {
            if (srid is null) CheckAssumedWgs84(reader, geometry);
            srid ??= CrsRegistry.Wgs84;
            notices.Add(options.SourceSrid is not null ? $"source CRS EPSG:{srid} (given)"
                : reader.DeclaredSrid is not null ? $"source CRS EPSG:{srid} (the file declares it)"
                : "source CRS EPSG:4326 (no crs member → EPSG:4326 per RFC 7946)");
            if (srid != target)
            {
                geometry = CrsTransform.Create(srid.Value, target).Apply(geometry);
                notices.Add($"reprojected to EPSG:{target}");
            }
        }
        var factory = GeometryServices.Factory(targetSrid ?? srid ?? 0);
        var multi = geometry switch
        {
            MultiPolygon m => factory.CreateMultiPolygon(Enumerable.Range(0, m.NumGeometries).Select(i => (Polygon)m.GetGeometryN(i)).ToArray()),
            Polygon p => factory.CreateMultiPolygon([p]),
            _ => factory.CreateMultiPolygon(PolygonExtracter.GetPolygons(geometry).Cast<Polygon>().ToArray()),
        };
        if (multi.IsEmpty) throw new InvalidDataException($"{reader.FileName}: the boundary is empty after repair and union.");
        return new BoundaryResult(multi, name, codeProperty, chosen.Count, notices);
    }

    /// <summary>
    /// Without a given or declared CRS the coordinates are taken as WGS 84 (RFC 7946) — but only when the file's CRS is not
    /// known to be something else (<see cref="IFeatureReader.CrsProblem"/>) and the coordinates are degrees; otherwise a
    /// projected boundary would be reprojected as if its metres were degrees (a 100 m square became 280,592,032 km²).
    /// </summary>
    private static void CheckAssumedWgs84(IFeatureReader reader, Geometry geometry)
    {
        const string hint = "give the CRS of the boundary's coordinates with --crs EPSG:NNNN (e.g. --crs EPSG:3006 for SWEREF 99 TM)";
        if (reader.CrsProblem is { } problem) throw new InputFormatException(reader.FileName, 0, $"{problem}: {hint}.");
        var e = geometry.EnvelopeInternal;
        if (Math.Abs(e.MinX) > 180 || Math.Abs(e.MaxX) > 180 || Math.Abs(e.MinY) > 90 || Math.Abs(e.MaxY) > 90)
            throw new InputFormatException(reader.FileName, 0, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the file declares no CRS, which means WGS 84 longitude/latitude, but the boundary's coordinates (x {e.MinX:0.###} to {e.MaxX:0.###}, y {e.MinY:0.###} to {e.MaxY:0.###}) are not degrees: {hint}."));
    }

    private static (List<int> Chosen, string? CodeProperty) Choose(string fileName, string? code, ColumnSet columns,
        List<(long Row, Geometry Geometry, string?[] Values)> features, List<string> notices)
    {
        if (features.Count == 1)
        {
            notices.Add("the file holds one feature: taken as the boundary");
            return ([0], null);
        }
        if (code is null) return ([.. Enumerable.Range(0, features.Count)], null);

        var wanted = code.Trim();
        var candidates = CodeProperties.Select(n => columns.Find(n)).Where(i => i >= 0).Distinct().ToList();
        for (var i = 0; i < columns.Names.Count; i++)
            if (!candidates.Contains(i)) candidates.Add(i);
        foreach (var column in candidates)
        {
            var hits = Enumerable.Range(0, features.Count).Where(k => features[k].Values[column] is { } v && CodeEquals(v, wanted)).ToList();
            if (hits.Count == 0) continue;
            notices.Add($"boundary: feature(s) whose '{columns.Name(column)}' is {wanted}" + (hits.Count > 1 ? $" ({hits.Count} parts, unioned)" : ""));
            return (hits, columns.Name(column));
        }
        var shown = candidates.Count > 0 ? candidates[0] : -1;
        var values = shown < 0 ? [] : features.Select(f => f.Values[shown]).OfType<string>().Distinct().ToList();
        var closest = values.Count == 0 ? "" : "; closest: " + string.Join(", ", Levenshtein.Closest(wanted, values));
        throw new InvalidDataException(
            $"{fileName}: no feature has code '{wanted}' ({features.Count} features; codes are in '{(shown < 0 ? "?" : columns.Name(shown))}', " +
            $"e.g. {string.Join(", ", values.Take(8))}{closest}).");
    }

    /// <summary>Equal as text, or as whole numbers ("0114" = "114").</summary>
    private static bool CodeEquals(string value, string code) =>
        string.Equals(value, code, StringComparison.OrdinalIgnoreCase)
        || (long.TryParse(value, out var a) && long.TryParse(code, out var b) && a == b);
}
