using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Geo.Core.Crs;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace Geo.Testing;

/// <summary>
/// The real-data inputs of the spdep <c>localG</c> comparison (tests/Geo.Analysis.Tests/RealData): study-area boundary
/// and event points in a metric CRS, read from <c>../shared/data</c>. Shared by the test and by the bench command
/// <c>spdep-grids</c> that exports the grids for R, so both build the very same grid (Geo.Testing does not reference
/// Geo.Analysis, so the two lines <c>HotspotGrid.Build</c> + <c>CellCounts.Count</c> stay with the callers).
/// </summary>
public static class RealDataGrids
{
    /// <summary>Square cell side of the Vancouver 2020 grid, metres (EPSG:32610).</summary>
    public const double VancouverCellSize = 250;

    /// <summary>Square cell side of the Chicago assault grid, metres (EPSG:26971).</summary>
    public const double ChicagoCellSize = 500;

    /// <summary>UTM zone 10N, the CRS of the Vancouver crime file.</summary>
    public const int VancouverSrid = 32610;

    /// <summary>NAD83 / Illinois East, metres.</summary>
    public const int ChicagoSrid = 26971;

    /// <summary>
    /// Vancouver 2020, all crime types: the union of the 22 neighbourhoods (GeoJSON without a <c>crs</c> member, so
    /// WGS84 by RFC 7946 §4) reprojected to EPSG:32610, and the incidents' X, Y (already EPSG:32610); rows with
    /// X = 0 (location withheld by the police) are skipped.
    /// </summary>
    public static (Geometry Boundary, double[] X, double[] Y) Vancouver2020()
    {
        var dir = SharedData.Path(Path.Combine("crime", "vancouver_2020"));
        var boundary = UnionOfFeatures(Path.Combine(dir, "vancouver_neighbourhoods.geojson"), VancouverSrid);
        var xs = new List<double>();
        var ys = new List<double>();
        // Header: TYPE,YEAR,MONTH,DAY,HOUR,MINUTE,HUNDRED_BLOCK,NEIGHBOURHOOD,X,Y.
        foreach (var f in TestCsv.Read(Path.Combine(dir, "crimedata_csv_AllNeighbourhoods_2020.csv")).Rows)
        {
            if (f.Length != 10) throw new InvalidDataException($"Vancouver row with {f.Length} fields: {string.Join(",", f)}");
            if (!double.TryParse(f[8], NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ||
                !double.TryParse(f[9], NumberStyles.Float, CultureInfo.InvariantCulture, out var y) || x == 0 || y == 0) continue;
            xs.Add(x);
            ys.Add(y);
        }
        return (boundary, [.. xs], [.. ys]);
    }

    /// <summary>
    /// Chicago aggravated assaults 2010–2019 (lon/lat WGS84) projected to EPSG:26971 with <see cref="CrsTransform"/>,
    /// and the city boundary as the union of the 25 police-district polygons (data/poi/chicago/boundaries).
    /// </summary>
    public static (Geometry Boundary, double[] X, double[] Y) ChicagoAssaults()
    {
        var boundary = UnionOfFeatures(SharedData.Path(Path.Combine("poi", "chicago", "boundaries", "chicago_police_districts.geojson")), ChicagoSrid);
        var t = CrsTransform.Create(CrsRegistry.Wgs84, ChicagoSrid);
        var xs = new List<double>();
        var ys = new List<double>();
        using var gz = new GZipStream(File.OpenRead(SharedData.Path(Path.Combine("crime", "chicago", "chicago_aggravated_assaults.csv.gz"))), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        // Header: date,loc_cat,longitude,latitude,district.
        foreach (var f in TestCsv.Parse(reader).Rows)
        {
            if (f.Length != 5) throw new InvalidDataException($"Chicago row with {f.Length} fields: {string.Join(",", f)}");
            if (!double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) ||
                !double.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)) continue;
            var (x, y) = t.Apply(lon, lat);
            xs.Add(x);
            ys.Add(y);
        }
        return (boundary, [.. xs], [.. ys]);
    }

    /// <summary>The union of a WGS84 GeoJSON FeatureCollection's (Multi)Polygons, each reprojected to <paramref name="srid"/> first.</summary>
    private static Geometry UnionOfFeatures(string path, int srid)
    {
        var factory = new GeometryFactory(new PrecisionModel(), CrsRegistry.Wgs84);
        var t = CrsTransform.Create(CrsRegistry.Wgs84, srid);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var parts = new List<Geometry>();
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var g = feature.GetProperty("geometry");
            var coords = g.GetProperty("coordinates");
            switch (g.GetProperty("type").GetString())
            {
                case "Polygon": parts.Add(t.Apply(Polygon(factory, coords))); break;
                case "MultiPolygon":
                    foreach (var p in coords.EnumerateArray()) parts.Add(t.Apply(Polygon(factory, p)));
                    break;
                default: throw new InvalidDataException($"{path}: unexpected geometry type {g.GetProperty("type").GetString()}.");
            }
        }
        // NTS CascadedPolygonUnion (JTS); buffer(0) repairs self-touching rings before the union.
        var union = CascadedPolygonUnion.Union([.. parts.Select(p => p.IsValid ? p : p.Buffer(0))]);
        union.SRID = srid;
        return union;
    }

    private static Polygon Polygon(GeometryFactory factory, JsonElement rings)
    {
        var rs = rings.EnumerateArray().Select(r => factory.CreateLinearRing(
            [.. r.EnumerateArray().Select(c => new Coordinate(c[0].GetDouble(), c[1].GetDouble()))])).ToList();
        return factory.CreatePolygon(rs[0], [.. rs.Skip(1)]);
    }
}
