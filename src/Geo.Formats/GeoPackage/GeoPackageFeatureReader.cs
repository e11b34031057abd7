using System.Globalization;
using Geo.Formats.IO;
using Microsoft.Data.Sqlite;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using Geo.Core.Geometries;

namespace Geo.Formats.GeoPackage;

/// <summary>
/// Reads one feature layer of an OGC GeoPackage (OGC 12-128r18): layers from <c>gpkg_contents</c>
/// (data_type 'features', clause 1.1.3), geometry column from <c>gpkg_geometry_columns</c> (clause 2.1.5),
/// CRS from <c>gpkg_spatial_ref_sys</c> (clause 1.1.2), geometries per clause 2.1.3. Rows are numbered
/// 1, 2, ... in primary key (fid) order. A gzip-compressed GeoPackage is inflated into memory (never to disk, with the
/// size limit of every gzip input) and opened there. Progress is reported as the share of rows read times the file size.
/// </summary>
internal sealed class GeoPackageFeatureReader : IFeatureReader
{
    private readonly List<string> _notices = [];
    private readonly SqliteImage? _image;
    private readonly SqliteConnection _connection;
    private readonly GeoPackageLayer _layer;
    private readonly string[] _fields;
    private readonly string? _primaryKey;
    private readonly long _rowCount;
    private readonly GeometryFactory _factory;
    private long _rowsRead;
    private bool _started;

    public GeoPackageFeatureReader(string path, string fileName, string? layerHint)
    {
        FileName = fileName;
        InputFile.CheckRegularFile(path);
        TotalBytes = new FileInfo(path).Length;
        try
        {
            if (IsGzip(path))
            {
                // Inflated into memory (never to disk), with the gzip checks and limit of every Geo input, and opened there.
                _image = Inflate(path, out var sha256);
                Sha256 = sha256;
                _notices.Add("Compression: gzip (inflated in memory)");
                if (!_image.HasSqliteHeader) throw new InputFormatException(FileName, 0, "not a GeoPackage: the file is not an SQLite database");
                _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = ":memory:", Pooling = false }.ToString());
                _connection.Open();
                _image.Attach(_connection, FileName);
            }
            else
            {
                if (!HasSqliteHeader(path)) throw new InputFormatException(FileName, 0, "not a GeoPackage: the file is not an SQLite database");
                _connection = new SqliteConnection(new SqliteConnectionStringBuilder
                {
                    DataSource = path,
                    Mode = SqliteOpenMode.ReadOnly,
                    Pooling = false,
                }.ToString());
                _connection.Open();
            }
            _layer = ChooseLayer(ReadLayers(), layerHint);
            (_fields, _primaryKey) = ReadColumns();
            _rowCount = Scalar($"SELECT COUNT(*) FROM {Quote(_layer.Table)}");
            DeclaredSrid = _layer.EpsgCode;
            if (DeclaredSrid is null)
                CrsProblem = $"the GeoPackage layer '{_layer.Table}' has srs_id {_layer.SrsId} ({_layer.SrsDescription}), which is not an EPSG code";
            _notices.Add(DeclaredSrid is { } epsg
                ? $"CRS: EPSG:{epsg} (srs_id {_layer.SrsId}, {_layer.SrsDescription})"
                : $"CRS: srs_id {_layer.SrsId} ({_layer.SrsDescription}) has no EPSG code; give the CRS explicitly");
            _factory = GeometryServices.Factory(DeclaredSrid ?? 0);
        }
        catch (SqliteException e)
        {
            Dispose();
            throw new InputFormatException(FileName, 0, $"the GeoPackage cannot be read (SQLite: {e.Message}); it may be truncated or corrupt.");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string FileName { get; }
    public long TotalBytes { get; }
    public long BytesRead => _rowCount == 0 ? (_started ? TotalBytes : 0) : (long)((double)TotalBytes * Interlocked.Read(ref _rowsRead) / _rowCount);
    public IReadOnlyList<string> Fields => _fields;
    public int? DeclaredSrid { get; }

    /// <summary>Set when the layer's srs is undefined (srs_id 0 or -1) or not an EPSG code.</summary>
    public string? CrsProblem { get; }

    public bool HasGeometry => true;
    public char DecimalSeparator => '.';
    public IReadOnlyList<string> Notices => _notices;
    public string? Sha256 { get; }

    /// <summary>The layer (feature table) being read.</summary>
    public string Layer => _layer.Table;

    public IEnumerable<FeatureRow> Read(CancellationToken cancellationToken = default)
    {
        if (_started) throw new InvalidOperationException($"{FileName} has already been read; open it again to re-read.");
        _started = true;
        return ReadRows(cancellationToken);
    }

    private IEnumerable<FeatureRow> ReadRows(CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", _fields.Select(Quote).Append(Quote(_layer.GeometryColumn)));
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {columns} FROM {Quote(_layer.Table)}" + (_primaryKey is null ? "" : $" ORDER BY {Quote(_primaryKey)}");
        using var reader = command.ExecuteReader();
        var row = new GeoPackageRow(_fields.Length);
        var geometryOrdinal = _fields.Length;
        long number = 0;
        while (reader.Read())
        {
            if ((number & 0xFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            number++;
            row.ClearTextProblems();
            for (var i = 0; i < _fields.Length; i++)
            {
                var value = Text(reader.GetValue(i));
                row.Values[i] = value;
                // SQLite hands out text that is not valid UTF-8 with U+FFFD in place of the bad bytes: tell a real U+FFFD
                // (valid UTF-8 EF BF BD) from a replacement by looking at the stored bytes.
                if (value is not null && value.Contains('\uFFFD') && !System.Text.Unicode.Utf8.IsValid(reader.GetFieldValue<byte[]>(i)))
                    row.SetTextProblem(i, "holds bytes that are not valid UTF-8 (a GeoPackage stores text as UTF-8; the bad bytes read as U+FFFD)");
            }
            Geometry? geometry = null;
            string? error = null;
            if (!reader.IsDBNull(geometryOrdinal))
            {
                try
                {
                    geometry = GeoPackageBlob.Read(reader.GetFieldValue<byte[]>(geometryOrdinal), _factory);
                }
                catch (FormatException e)
                {
                    error = $"unreadable geometry blob: {e.Message}";
                }
                catch (InvalidCastException)
                {
                    error = $"unreadable geometry: the column '{_layer.GeometryColumn}' holds a {reader.GetDataTypeName(geometryOrdinal).ToLowerInvariant()} value, not a geometry blob";
                }
            }

            row.MoveTo(number, geometry, error);
            Interlocked.Exchange(ref _rowsRead, number);
            yield return row;
        }
    }

    private List<GeoPackageLayer> ReadLayers()
    {
        const string sql = """
            SELECT c.table_name, g.column_name, g.geometry_type_name, g.srs_id, s.organization, s.organization_coordsys_id, s.srs_name
            FROM gpkg_contents c
            JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
            LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id
            WHERE lower(c.data_type) = 'features'
            ORDER BY c.table_name
            """;
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var layers = new List<GeoPackageLayer>();
            while (reader.Read())
            {
                var srsId = reader.GetInt32(3);
                var organization = reader.IsDBNull(4) ? null : reader.GetString(4);
                int? epsg = string.Equals(organization, "EPSG", StringComparison.OrdinalIgnoreCase) && !reader.IsDBNull(5) ? reader.GetInt32(5) : null;
                var name = reader.IsDBNull(6) ? "unnamed" : reader.GetString(6);
                var description = organization is null ? $"{name}, not in gpkg_spatial_ref_sys" : $"{name}, {organization}:{(reader.IsDBNull(5) ? "?" : reader.GetInt32(5))}";
                if (srsId is 0 or -1 && epsg is null) description = srsId == 0 ? "undefined geographic CRS" : "undefined Cartesian CRS";
                layers.Add(new GeoPackageLayer(reader.GetString(0), reader.GetString(1), reader.GetString(2), srsId, epsg is > 0 ? epsg : null, description));
            }

            return layers;
        }
        catch (SqliteException e)
        {
            throw new InputFormatException(FileName, 0, $"not a GeoPackage: the gpkg_contents / gpkg_geometry_columns tables cannot be read ({e.Message})");
        }
    }

    private GeoPackageLayer ChooseLayer(List<GeoPackageLayer> layers, string? hint)
    {
        var list = string.Join(", ", layers.Select(l => l.Table));
        if (hint is not null)
        {
            var layer = layers.FirstOrDefault(l => string.Equals(l.Table, hint, StringComparison.OrdinalIgnoreCase))
                ?? throw new InputFormatException(FileName, 0,
                    $"no feature layer '{hint}' in this GeoPackage; its feature layers are: {(layers.Count == 0 ? "(none)" : list)}");
            _notices.Add($"Layer: {layer.Table} (given)");
            return layer;
        }

        switch (layers.Count)
        {
            case 0:
                throw new InputFormatException(FileName, 0, "the GeoPackage has no feature layer (no gpkg_contents row with data_type 'features')");
            case 1:
                _notices.Add($"Layer: {layers[0].Table} (the only feature layer)");
                return layers[0];
            default:
                throw new InputFormatException(FileName, 0, $"the GeoPackage has {layers.Count} feature layers; choose one: {list}");
        }
    }

    private (string[] Fields, string? PrimaryKey) ReadColumns()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"PRAGMA table_info({Quote(_layer.Table)})";
        using var reader = command.ExecuteReader();
        var fields = new List<string>();
        string? primaryKey = null;
        while (reader.Read())
        {
            var name = reader.GetString(1);
            if (reader.GetInt32(5) == 1) primaryKey = name;
            if (!string.Equals(name, _layer.GeometryColumn, StringComparison.OrdinalIgnoreCase)) fields.Add(name);
        }

        if (fields.Count == 0 && primaryKey is null) throw new InputFormatException(FileName, 0, $"the table '{_layer.Table}' of the layer does not exist");
        return ([.. fields], primaryKey);
    }

    private long Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Values as invariant-culture text: integers, reals (round-trip), text, blobs as hex; NULL as null.</summary>
    private static string? Text(object value) => value switch
    {
        DBNull => null,
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        byte[] b => Convert.ToHexString(b),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static bool IsGzip(string path)
    {
        using var file = File.OpenRead(path);
        return InputFile.IsGzipFile(file);
    }

    private static bool HasSqliteHeader(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> head = stackalloc byte[16];
        return file.ReadAtLeast(head, 16, throwOnEndOfStream: false) == 16 && head.SequenceEqual("SQLite format 3\0"u8);
    }

    private SqliteImage Inflate(string path, out string sha256)
    {
        using var input = InputFile.Open(path);
        var image = SqliteImage.Read(input.Content, FileName);
        sha256 = input.Finish();
        return image;
    }

    public void Dispose()
    {
        _connection?.Dispose();
        _image?.Dispose();
    }
}
