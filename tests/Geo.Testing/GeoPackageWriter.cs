using System.Buffers.Binary;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Geo.Testing;

/// <summary>
/// Writes minimal GeoPackages for tests (OGC 12-128r18: gpkg_spatial_ref_sys, gpkg_contents,
/// gpkg_geometry_columns and feature tables) and GeoPackage geometry blobs (clause 2.1.3).
/// </summary>
public sealed class GeoPackageWriter : IDisposable
{
    private readonly SqliteConnection _connection;

    public GeoPackageWriter(string path)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA application_id = 1196444487"); // 'GPKG'
        Execute("""
            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
              description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
            CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name));
            INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL);
            INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL);
            INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS["WGS 84"]', NULL);
            """);
    }

    public void AddSrs(int srsId, string organization, int code, string name) =>
        Execute($"INSERT INTO gpkg_spatial_ref_sys VALUES ('{name}', {srsId}, '{organization}', {code}, 'PROJCS[\"{name}\"]', NULL)");

    /// <summary>Creates a feature table with an INTEGER PRIMARY KEY "fid", the given columns and a geometry column "geom".</summary>
    public void AddLayer(string table, string geometryType, int srsId, params string[] columns)
    {
        var defs = string.Concat(columns.Select(c => ", " + c));
        Execute($"CREATE TABLE \"{table}\" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB{defs})");
        Execute($"INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('{table}', 'features', '{table}', {srsId})");
        Execute($"INSERT INTO gpkg_geometry_columns VALUES ('{table}', 'geom', '{geometryType}', {srsId}, 0, 0)");
    }

    public void AddAttributeTable(string table)
    {
        Execute($"CREATE TABLE \"{table}\" (id INTEGER PRIMARY KEY, v TEXT)");
        Execute($"INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('{table}', 'attributes', '{table}')");
    }

    /// <summary>Inserts a row: fid (null = next), geometry blob, then the other columns' values.</summary>
    public void Insert(string table, long? fid, byte[]? geometry, params object?[] values)
    {
        using var command = _connection.CreateCommand();
        var names = string.Join(", ", Enumerable.Range(0, values.Length).Select(i => "$v" + i));
        command.CommandText = $"INSERT INTO \"{table}\" VALUES ($fid, $g{(values.Length > 0 ? ", " + names : "")})";
        command.Parameters.AddWithValue("$fid", (object?)fid ?? DBNull.Value);
        command.Parameters.AddWithValue("$g", (object?)geometry ?? DBNull.Value);
        for (var i = 0; i < values.Length; i++) command.Parameters.AddWithValue("$v" + i, values[i] ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    /// <summary>Inserts a row whose <paramref name="column"/> holds <paramref name="bytes"/> as TEXT (e.g. bytes that are not UTF-8).</summary>
    public void InsertText(string table, string column, byte[] bytes)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" (\"{column}\") VALUES (CAST($v AS TEXT))";
        command.Parameters.AddWithValue("$v", bytes);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// A GeoPackage geometry blob: "GP", version 0, flags (empty bit 4, envelope indicator bits 3-1, byte
    /// order bit 0), srs_id, envelope (indicator 0-4: none, xy, xyz, xym, xyzm), then WKB.
    /// </summary>
    public static byte[] Blob(Geometry geometry, int srsId, int envelope = 0, bool littleEndianHeader = true, bool bigEndianWkb = false, bool empty = false)
    {
        var wkb = empty && geometry is Point
            ? EmptyPointWkb(bigEndianWkb)
            : new WKBWriter(bigEndianWkb ? ByteOrder.BigEndian : ByteOrder.LittleEndian, handleSRID: false, emitZ: false).Write(geometry);
        var envelopeDoubles = envelope switch { 0 => 0, 1 => 4, 2 or 3 => 6, _ => 8 };
        var header = new byte[8 + envelopeDoubles * 8];
        header[0] = (byte)'G';
        header[1] = (byte)'P';
        header[2] = 0;
        header[3] = (byte)((empty ? 0x10 : 0) | (envelope << 1) | (littleEndianHeader ? 1 : 0));
        if (littleEndianHeader) BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(4), srsId);
        else BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), srsId);
        var env = geometry.EnvelopeInternal;
        double[] values = [env.MinX, env.MaxX, env.MinY, env.MaxY, 0, 0, 0, 0];
        for (var i = 0; i < envelopeDoubles; i++)
        {
            var span = header.AsSpan(8 + i * 8);
            if (littleEndianHeader) BinaryPrimitives.WriteDoubleLittleEndian(span, values[i]);
            else BinaryPrimitives.WriteDoubleBigEndian(span, values[i]);
        }

        return [.. header, .. wkb];
    }

    /// <summary>WKB POINT(NaN NaN), how GeoPackage writes an empty point.</summary>
    private static byte[] EmptyPointWkb(bool bigEndian)
    {
        var wkb = new byte[21];
        wkb[0] = bigEndian ? (byte)0 : (byte)1;
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt32BigEndian(wkb.AsSpan(1), 1);
            BinaryPrimitives.WriteDoubleBigEndian(wkb.AsSpan(5), double.NaN);
            BinaryPrimitives.WriteDoubleBigEndian(wkb.AsSpan(13), double.NaN);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(wkb.AsSpan(1), 1);
            BinaryPrimitives.WriteDoubleLittleEndian(wkb.AsSpan(5), double.NaN);
            BinaryPrimitives.WriteDoubleLittleEndian(wkb.AsSpan(13), double.NaN);
        }

        return wkb;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
