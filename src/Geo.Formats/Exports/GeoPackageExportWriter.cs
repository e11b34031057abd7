using System.Globalization;
using Geo.Formats.GeoPackage;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Geo.Formats.Exports;

/// <summary>
/// Writes export tables to a GeoPackage 1.2 (through <see cref="GeoPackageDatabase"/>): one layer per table named after
/// it, in <see cref="ExportWriterOptions.Srid"/> (the study area's working CRS, declared with its name and WKT), a
/// feature table (<c>fid</c>, <c>geom</c>, the columns) when the table has a geometry type, else an <c>attributes</c>
/// table; column types INTEGER (Integer, Count), REAL (Decimal, Percent), TEXT, DATE (yyyy-MM-dd), DATETIME
/// (yyyy-MM-ddTHH:mm:ss.fffZ), BOOLEAN (0/1); a Suppressible column is followed by <c>{name}_flag</c> TEXT (null when
/// shown, else small, secondary or derived) and a hidden value is NULL. On dispose the <c>_metadata</c> attributes table
/// (key, label, value: text, structured values as JSON) is added and everything commits in one transaction.
/// </summary>
internal sealed class GeoPackageExportWriter : IExportWriter
{
    /// <summary>The metadata table's name.</summary>
    public const string MetadataTable = "_metadata";

    private readonly ExportWriterOptions _options;
    private readonly GeoPackageDatabase _db;
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase) { MetadataTable };
    private readonly GeoPackageGeoWriter _geometry = new() { HandleOrdinates = Ordinates.XY };
    private bool _disposed;

    public GeoPackageExportWriter(string path, ExportWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _db = new GeoPackageDatabase(path);
        if (options.Srid > 0 && options.Srid != 4326) _db.AddSrs(options.Srid, options.SrsName, options.SrsWkt);
    }

    public long Rows { get; private set; }

    public async Task<long> WriteTableAsync(ExportTable table, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_names.Add(table.Name))
            throw new InvalidOperationException($"A GeoPackage layer is already named '{table.Name}' (or the name is reserved): each table needs its own name.");
        var columns = table.Columns;
        var fields = new List<GeoPackageField>();
        foreach (var c in columns)
        {
            fields.Add(new GeoPackageField(c.Name, SqlType(c.Kind)));
            if (c.Suppressible) fields.Add(new GeoPackageField(c.FlagName, "TEXT"));
        }
        var spatial = table.GeometryType is not null;
        var srid = _options.Srid > 0 ? _options.Srid : -1;
        using var layer = _db.CreateLayer(table.Name, table.Title(_options.Lang), spatial ? table.GeometryType : null, srid, fields, spatialIndex: true);
        var values = new object?[fields.Count];
        long rows = 0;
        await foreach (var row in table.Rows.WithCancellation(ct).ConfigureAwait(false))
        {
            if (row.Values.Count != columns.Count)
                throw new InvalidOperationException($"Row {rows + 1} of '{table.Name}' has {row.Values.Count} values for {columns.Count} columns.");
            var j = 0;
            for (var i = 0; i < columns.Count; i++)
            {
                var v = row.Values[i];
                values[j++] = Value(v);
                if (columns[i].Suppressible) values[j++] = v is ExportSuppressed s ? s.Flag : null;
            }
            byte[]? blob = null;
            Envelope? envelope = null;
            if (spatial && row.Geometry is { } g)
            {
                var old = g.SRID;
                g.SRID = srid;
                try { blob = _geometry.Write(g); }
                finally { g.SRID = old; }
                envelope = g.EnvelopeInternal;
            }
            layer.Insert(blob, envelope, values);
            rows++;
            Rows++;
        }
        return rows;
    }

    private static string SqlType(ExportKind kind) => kind switch
    {
        ExportKind.Integer or ExportKind.Count => "INTEGER",
        ExportKind.Decimal or ExportKind.Percent => "REAL",
        ExportKind.Date => "DATE",
        ExportKind.DateTime => "DATETIME",
        ExportKind.Boolean => "BOOLEAN",
        _ => "TEXT",
    };

    private static object? Value(object? v) => v switch
    {
        ExportSuppressed => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        DateTime t => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        _ => v,
    };

    public ValueTask DisposeAsync()
    {
        if (_disposed) return ValueTask.CompletedTask;
        _disposed = true;
        try
        {
            var label = _options.Lang == "en" ? "Metadata" : "Metadata";
            using (var meta = _db.CreateLayer(MetadataTable, label, null, -1,
                [new GeoPackageField("key", "TEXT"), new GeoPackageField("label", "TEXT"), new GeoPackageField("value", "TEXT")]))
            {
                foreach (var e in _options.Metadata.Entries)
                    meta.Insert(null, null, [e.Key, _options.Lang == "en" ? e.LabelEn : e.LabelSv, ExportValues.Text(e.Value)]);
            }
            _db.Commit();
        }
        finally
        {
            _db.Dispose();
        }
        return ValueTask.CompletedTask;
    }
}
