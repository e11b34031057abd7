using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace Geo.Formats.GeoPackage;

/// <summary>Inserts the rows of one layer of a <see cref="GeoPackageDatabase"/>; disposing records the layer's bounds.</summary>
public sealed class GeoPackageLayerWriter : IDisposable
{
    private readonly GeoPackageDatabase _db;
    private readonly string _table;
    private readonly bool _spatial;
    private readonly SqliteCommand _insert;
    private readonly int _fields;
    private readonly Envelope _extent = new();
    private bool _done;

    internal GeoPackageLayerWriter(GeoPackageDatabase db, string table, bool spatial, SqliteCommand insert, int fields)
    {
        _db = db;
        _table = table;
        _spatial = spatial;
        _insert = insert;
        _fields = fields;
    }

    /// <summary>Rows inserted.</summary>
    public long Count { get; private set; }

    /// <summary>Inserts one row: its geometry blob and envelope (ignored for an attributes table) and one value per field.</summary>
    public void Insert(byte[]? geometry, Envelope? envelope, IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != _fields) throw new ArgumentException($"{values.Count} values for {_fields} fields.", nameof(values));
        var offset = 0;
        if (_spatial)
        {
            var p = _insert.Parameters[0];
            p.SqliteType = SqliteType.Blob;
            p.Value = (object?)geometry ?? DBNull.Value;
            if (geometry is not null && envelope is { IsNull: false }) _extent.ExpandToInclude(envelope);
            offset = 1;
        }
        for (var i = 0; i < _fields; i++)
        {
            var p = _insert.Parameters[i + offset];
            (p.SqliteType, p.Value) = GeoPackageDatabase.Parameter(values[i]);
        }
        _insert.ExecuteNonQuery();
        Count++;
    }

    public void Dispose()
    {
        if (_done) return;
        _done = true;
        if (_spatial && !_extent.IsNull) _db.SetExtent(_table, _extent);
        _insert.Dispose();
    }
}
