using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Geo.Formats.GeoPackage;

/// <summary>
/// Writes one feature layer to a new GeoPackage (OGC 12-128r18, version 1.2): <c>application_id</c> 'GPKG' and
/// <c>user_version</c> 10200, the required <c>gpkg_spatial_ref_sys</c> rows (−1, 0, 4326) plus the layer's CRS with its
/// WKT definition, <c>gpkg_contents</c> with the layer's bounds, <c>gpkg_geometry_columns</c>, and a feature table
/// (<c>fid INTEGER PRIMARY KEY AUTOINCREMENT</c>, <c>geom</c>, the attribute columns). Geometry blobs are written by
/// NetTopologySuite.IO.GeoPackage's <see cref="GeoPackageGeoWriter"/> (GP header, envelope, WKB). All rows go in one
/// transaction; the file is replaced if it exists.
/// </summary>
public sealed class GeoPackageFeatureWriter : IDisposable
{
    private const string Wgs84Wkt =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]]," +
        "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _insert;
    private readonly string _table;
    private readonly int _srsId;
    private readonly int _fields;
    private readonly GeoPackageGeoWriter _geometry = new() { HandleOrdinates = Ordinates.XY };
    private readonly Envelope _extent = new();
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
        if (File.Exists(path)) File.Delete(path);
        _table = table;
        _srsId = srid ?? -1;
        _fields = fields.Count;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
        _connection.Open();
        Execute("PRAGMA application_id = 1196444487; PRAGMA user_version = 10200;");
        _transaction = _connection.BeginTransaction();
        Execute("""
            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
              description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
              min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
              CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
            CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
              CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
              CONSTRAINT uk_gc_table_name UNIQUE (table_name),
              CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
              CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
            """);
        InsertSrs("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system");
        InsertSrs("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system");
        InsertSrs("WGS 84 geodetic", 4326, "EPSG", 4326, Wgs84Wkt, "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid");
        if (srid is { } s && s != 4326 && s > 0)
            InsertSrs(srsName ?? $"EPSG:{s}", s, "EPSG", s, definition ?? throw new ArgumentNullException(nameof(definition)), null);

        var columns = string.Concat(fields.Select(f => $", {Quote(f.Name)} {f.SqlType}"));
        Execute($"CREATE TABLE {Quote(table)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom {geometryType}{columns})");
        using (var c = Command("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ($t, 'features', $t, $s)"))
        {
            c.Parameters.AddWithValue("$t", table);
            c.Parameters.AddWithValue("$s", _srsId);
            c.ExecuteNonQuery();
        }
        using (var c = Command("INSERT INTO gpkg_geometry_columns VALUES ($t, 'geom', $g, $s, 0, 0)"))
        {
            c.Parameters.AddWithValue("$t", table);
            c.Parameters.AddWithValue("$g", geometryType);
            c.Parameters.AddWithValue("$s", _srsId);
            c.ExecuteNonQuery();
        }
        _insert = Command($"INSERT INTO {Quote(table)} (geom{string.Concat(fields.Select(f => ", " + Quote(f.Name)))}) VALUES ($g{string.Concat(Enumerable.Range(0, _fields).Select(i => ", $v" + i))})");
        _insert.Parameters.Add("$g", SqliteType.Blob);
        for (var i = 0; i < _fields; i++) _insert.Parameters.Add("$v" + i, SqliteType.Text);
        _insert.Prepare();
    }

    /// <summary>Number of features written.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one feature: its geometry (null: none) and one value per field (null, numbers, strings, booleans).</summary>
    public void Write(Geometry? geometry, IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != _fields) throw new ArgumentException($"{values.Count} values for {_fields} fields.", nameof(values));
        if (geometry is null) _insert.Parameters[0].Value = DBNull.Value;
        else
        {
            var g = geometry.Copy();
            g.SRID = _srsId;
            _insert.Parameters[0].Value = _geometry.Write(g);
            _extent.ExpandToInclude(g.EnvelopeInternal);
        }
        for (var i = 0; i < _fields; i++)
        {
            var p = _insert.Parameters[i + 1];
            (p.SqliteType, p.Value) = values[i] switch
            {
                null => (SqliteType.Text, (object)DBNull.Value),
                double d => double.IsFinite(d) ? (SqliteType.Real, d) : (SqliteType.Real, DBNull.Value),
                float f => float.IsFinite(f) ? (SqliteType.Real, (double)f) : (SqliteType.Real, DBNull.Value),
                int or long or short or byte => (SqliteType.Integer, Convert.ToInt64(values[i], CultureInfo.InvariantCulture)),
                bool b => (SqliteType.Integer, b ? 1L : 0L),
                string s => (SqliteType.Text, s),
                var o => (SqliteType.Text, Convert.ToString(o, CultureInfo.InvariantCulture) ?? ""),
            };
        }
        _insert.ExecuteNonQuery();
        Count++;
    }

    /// <summary>Records the layer's bounds in gpkg_contents and commits.</summary>
    public void Dispose()
    {
        if (!_done)
        {
            _done = true;
            if (!_extent.IsNull)
            {
                using var c = Command("UPDATE gpkg_contents SET min_x = $a, min_y = $b, max_x = $c, max_y = $d WHERE table_name = $t");
                c.Parameters.AddWithValue("$a", _extent.MinX);
                c.Parameters.AddWithValue("$b", _extent.MinY);
                c.Parameters.AddWithValue("$c", _extent.MaxX);
                c.Parameters.AddWithValue("$d", _extent.MaxY);
                c.Parameters.AddWithValue("$t", _table);
                c.ExecuteNonQuery();
            }
            _transaction.Commit();
        }
        _insert.Dispose();
        _transaction.Dispose();
        _connection.Dispose();
    }

    private void InsertSrs(string name, int id, string organization, int code, string definition, string? description)
    {
        using var c = Command("INSERT INTO gpkg_spatial_ref_sys VALUES ($n, $i, $o, $c, $d, $e)");
        c.Parameters.AddWithValue("$n", name);
        c.Parameters.AddWithValue("$i", id);
        c.Parameters.AddWithValue("$o", organization);
        c.Parameters.AddWithValue("$c", code);
        c.Parameters.AddWithValue("$d", definition);
        c.Parameters.AddWithValue("$e", (object?)description ?? DBNull.Value);
        c.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql)
    {
        var c = _connection.CreateCommand();
        c.CommandText = sql;
        c.Transaction = _transaction;
        return c;
    }

    private void Execute(string sql)
    {
        using var c = _connection.CreateCommand();
        c.CommandText = sql;
        c.Transaction = _transaction;
        c.ExecuteNonQuery();
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
