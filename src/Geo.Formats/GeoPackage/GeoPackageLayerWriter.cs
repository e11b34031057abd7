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
    private readonly SqliteCommand? _index;
    private readonly Envelope _extent = new();
    private bool _done;

    internal GeoPackageLayerWriter(GeoPackageDatabase db, string table, bool spatial, SqliteCommand insert, int fields, SqliteCommand? index)
    {
        _index = index;
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
        if (_index is not null && geometry is not null && envelope is { IsNull: false })
        {
            // The fid just given (AUTOINCREMENT): the rows are inserted one by one, so it is the count of this writer's rows.
            _index.Parameters[0].Value = Count;
            _index.Parameters[1].Value = envelope.MinX;
            _index.Parameters[2].Value = envelope.MaxX;
            _index.Parameters[3].Value = envelope.MinY;
            _index.Parameters[4].Value = envelope.MaxY;
            _index.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        if (_done) return;
        _done = true;
        if (_spatial && !_extent.IsNull) _db.SetExtent(_table, _extent);
        _insert.Dispose();
        if (_index is not null)
        {
            _index.Dispose();
            _db.CreateIndexTriggers(_table);
        }
    }
}
