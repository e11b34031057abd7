using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Geo.Formats.GeoPackage;

/// <summary>
/// Writes one feature layer to a new GeoPackage (OGC 12-128r18, version 1.2): <c>application_id</c> 'GPKG' and
/// <c>user_version</c> 10200, the required <c>gpkg_spatial_ref_sys</c> rows (−1, 0, 4326) plus the layer's CRS with its
/// WKT definition, <c>gpkg_contents</c> with the layer's bounds, <c>gpkg_geometry_columns</c>, and a feature table
/// (<c>fid INTEGER PRIMARY KEY AUTOINCREMENT</c>, <c>geom</c>, the attribute columns). Geometry blobs are written by
/// NetTopologySuite.IO.GeoPackage's <see cref="GeoPackageGeoWriter"/> (GP header, envelope, WKB). All rows go in one
/// transaction; the file is replaced if it exists. A one-layer use of <see cref="GeoPackageDatabase"/>.
/// </summary>
public sealed class GeoPackageFeatureWriter : IDisposable
{
    private readonly GeoPackageDatabase _db;
    private readonly GeoPackageLayerWriter _layer;
    private readonly int _srsId;
    private readonly GeoPackageGeoWriter _geometry = new() { HandleOrdinates = Ordinates.XY };
    private bool _done;

    /// <param name="path">The .gpkg file (replaced).</param>
    /// <param name="table">Layer (table) name.</param>
    /// <param name="geometryType">POINT, POLYGON, MULTIPOLYGON or GEOMETRY.</param>
    /// <param name="srid">EPSG code of the coordinates, or null for an undefined cartesian CRS (srs_id −1).</param>
    /// <param name="srsName">Name of the CRS (gpkg_spatial_ref_sys.srs_name).</param>
    /// <param name="definition">WKT of the CRS (ignored when <paramref name="srid"/> is null or 4326).</param>
    /// <param name="fields">Attribute columns in order.</param>
    public GeoPackageFeatureWriter(string path, string table, string geometryType, int? srid, string? srsName, string? definition, IReadOnlyList<GeoPackageField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _srsId = srid ?? -1;
        _db = new GeoPackageDatabase(path);
        try
        {
            if (srid is { } s && s != 4326 && s > 0)
                _db.AddSrs(s, srsName ?? $"EPSG:{s}", definition ?? throw new ArgumentNullException(nameof(definition)));
            _layer = _db.CreateLayer(table, null, geometryType, _srsId, fields);
        }
        catch
        {
            _db.Dispose();
            throw;
        }
    }

    /// <summary>Number of features written.</summary>
    public long Count => _layer.Count;

    /// <summary>Writes one feature: its geometry (null: none) and one value per field (null, numbers, strings, booleans).</summary>
    public void Write(Geometry? geometry, IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        byte[]? blob = null;
        Envelope? envelope = null;
        if (geometry is not null)
        {
            var g = geometry.Copy();
            g.SRID = _srsId;
            blob = _geometry.Write(g);
            envelope = g.EnvelopeInternal;
        }
        _layer.Insert(blob, envelope, values);
    }

    /// <summary>Records the layer's bounds in gpkg_contents and commits.</summary>
    public void Dispose()
    {
        if (!_done)
        {
            _done = true;
            _layer.Dispose();
            _db.Commit();
        }
        _db.Dispose();
    }
}
