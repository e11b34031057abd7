using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace Geo.Formats.GeoPackage;

/// <summary>
/// A new GeoPackage 1.2 file (OGC 12-128r18) with several layers: <c>application_id</c> 'GPKG', <c>user_version</c>
/// 10200, the required <c>gpkg_spatial_ref_sys</c> rows (−1, 0, 4326) plus any CRS added with its WKT,
/// <c>gpkg_contents</c> and <c>gpkg_geometry_columns</c>; feature tables (<c>fid</c>, <c>geom</c>, attribute columns)
/// and attribute tables (<c>fid</c>, attribute columns). Everything is written in one transaction, committed by
/// <see cref="Commit"/>; the file is replaced if it exists. Geometry blobs come from the caller (GeoPackageGeoWriter).
/// </summary>
public sealed class GeoPackageDatabase : IDisposable
{
    private const string Wgs84Wkt =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]]," +
        "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly HashSet<int> _srs = [-1, 0, 4326];
    private bool _committed;
    private bool _extensions;

    /// <summary>Creates <paramref name="path"/> (replaced) with the GeoPackage system tables.</summary>
    public GeoPackageDatabase(string path)
    {
        if (File.Exists(path)) File.Delete(path);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
        _connection.Open();
        using (var c = _connection.CreateCommand())
        {
            c.CommandText = "PRAGMA application_id = 1196444487; PRAGMA user_version = 10200;";
            c.ExecuteNonQuery();
        }
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
    }

    /// <summary>Declares EPSG:<paramref name="srid"/> with its name and WKT (once; −1, 0 and 4326 are always there).</summary>
    public void AddSrs(int srid, string name, string wkt)
    {
        ArgumentException.ThrowIfNullOrEmpty(wkt);
        if (!_srs.Add(srid)) return;
        InsertSrs(string.IsNullOrEmpty(name) ? $"EPSG:{srid}" : name, srid, "EPSG", srid, wkt, null);
    }

    /// <summary>
    /// Creates a layer: a feature table with a <c>geom</c> column of <paramref name="geometryType"/> in
    /// <paramref name="srsId"/>, or an attributes table when <paramref name="geometryType"/> is null.
    /// </summary>
    /// <param name="spatialIndex">Whether a feature table gets the R-tree spatial index extension (gpkg_rtree_index).</param>
    public GeoPackageLayerWriter CreateLayer(string table, string? description, string? geometryType, int srsId, IReadOnlyList<GeoPackageField> fields, bool spatialIndex = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(table);
        ArgumentNullException.ThrowIfNull(fields);
        var columns = string.Concat(fields.Select(f => $", {Quote(f.Name)} {f.SqlType}"));
        var spatial = geometryType is not null;
        Execute($"CREATE TABLE {Quote(table)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL{(spatial ? $", geom {geometryType}" : "")}{columns})");
        using (var c = Command("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ($t, $d, $t, $e, $s)"))
        {
            c.Parameters.AddWithValue("$t", table);
            c.Parameters.AddWithValue("$d", spatial ? "features" : "attributes");
            c.Parameters.AddWithValue("$e", description ?? "");
            c.Parameters.AddWithValue("$s", spatial ? srsId : DBNull.Value);
            c.ExecuteNonQuery();
        }
        if (spatial)
        {
            using var c = Command("INSERT INTO gpkg_geometry_columns VALUES ($t, 'geom', $g, $s, 0, 0)");
            c.Parameters.AddWithValue("$t", table);
            c.Parameters.AddWithValue("$g", geometryType);
            c.Parameters.AddWithValue("$s", srsId);
            c.ExecuteNonQuery();
        }
        var names = (spatial ? ["geom"] : Array.Empty<string>()).Concat(fields.Select(f => f.Name)).ToList();
        var insert = Command($"INSERT INTO {Quote(table)} ({string.Join(", ", names.Select(Quote))}) VALUES ({string.Join(", ", names.Select((_, i) => "$v" + i))})");
        for (var i = 0; i < names.Count; i++) insert.Parameters.Add("$v" + i, SqliteType.Text);
        insert.Prepare();
        SqliteCommand? index = null;
        if (spatial && spatialIndex)
        {
            var rtree = Quote($"rtree_{table}_geom");
            if (!_extensions)
            {
                Execute("""
                    CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
                      scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
                    """);
                _extensions = true;
            }
            Execute($"CREATE VIRTUAL TABLE {rtree} USING rtree(id, minx, maxx, miny, maxy)");
            using (var c = Command("INSERT INTO gpkg_extensions VALUES ($t, 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')"))
            {
                c.Parameters.AddWithValue("$t", table);
                c.ExecuteNonQuery();
            }
            index = Command($"INSERT INTO {rtree} VALUES ($id, $a, $b, $c, $d)");
            foreach (var n in new[] { "$id", "$a", "$b", "$c", "$d" }) index.Parameters.Add(n, n == "$id" ? SqliteType.Integer : SqliteType.Real);
            index.Prepare();
        }
        return new GeoPackageLayerWriter(this, table, spatial, insert, fields.Count, index);
    }

    /// <summary>Commits everything written.</summary>
    public void Commit()
    {
        _transaction.Commit();
        _committed = true;
    }

    /// <summary>
    /// The triggers of GeoPackage 1.2's R-tree extension (Annex F.3) that keep the index in step when a reader such as QGIS
    /// edits the layer; created after the rows (their ST_ functions are the reader's, registered by GDAL, not SQLite's).
    /// </summary>
    internal void CreateIndexTriggers(string table)
    {
        var t = Quote(table);
        var r = Quote($"rtree_{table}_geom");
        string N(string suffix) => Quote($"rtree_{table}_geom_{suffix}");
        const string Values = "(NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom))";
        Execute($"""
            CREATE TRIGGER {N("insert")} AFTER INSERT ON {t} WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
            BEGIN INSERT OR REPLACE INTO {r} VALUES {Values}; END;
            CREATE TRIGGER {N("update1")} AFTER UPDATE OF geom ON {t} WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
            BEGIN INSERT OR REPLACE INTO {r} VALUES {Values}; END;
            CREATE TRIGGER {N("update2")} AFTER UPDATE OF geom ON {t} WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
            BEGIN DELETE FROM {r} WHERE id = OLD.fid; END;
            CREATE TRIGGER {N("update3")} AFTER UPDATE ON {t} WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
            BEGIN DELETE FROM {r} WHERE id = OLD.fid; INSERT OR REPLACE INTO {r} VALUES {Values}; END;
            CREATE TRIGGER {N("update4")} AFTER UPDATE ON {t} WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
            BEGIN DELETE FROM {r} WHERE id IN (OLD.fid, NEW.fid); END;
            CREATE TRIGGER {N("delete")} AFTER DELETE ON {t} WHEN OLD.geom NOT NULL
            BEGIN DELETE FROM {r} WHERE id = OLD.fid; END;
            """);
    }

    internal void SetExtent(string table, Envelope extent)
    {
        using var c = Command("UPDATE gpkg_contents SET min_x = $a, min_y = $b, max_x = $c, max_y = $d WHERE table_name = $t");
        c.Parameters.AddWithValue("$a", extent.MinX);
        c.Parameters.AddWithValue("$b", extent.MinY);
        c.Parameters.AddWithValue("$c", extent.MaxX);
        c.Parameters.AddWithValue("$d", extent.MaxY);
        c.Parameters.AddWithValue("$t", table);
        c.ExecuteNonQuery();
    }

    /// <summary>A parameter's type and value for a row value (null, numbers, bool as 0/1, strings; anything else as invariant text).</summary>
    internal static (SqliteType, object) Parameter(object? value) => value switch
    {
        null => (SqliteType.Text, DBNull.Value),
        double d => double.IsFinite(d) ? (SqliteType.Real, d) : (SqliteType.Real, DBNull.Value),
        float f => float.IsFinite(f) ? (SqliteType.Real, (double)f) : (SqliteType.Real, DBNull.Value),
        decimal m => (SqliteType.Real, (double)m),
        int or long or short or byte => (SqliteType.Integer, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        bool b => (SqliteType.Integer, b ? 1L : 0L),
        string s => (SqliteType.Text, s),
        var o => (SqliteType.Text, Convert.ToString(o, CultureInfo.InvariantCulture) ?? ""),
    };

    public void Dispose()
    {
        if (!_committed) _transaction.Rollback();
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
        using var c = Command(sql);
        c.ExecuteNonQuery();
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
