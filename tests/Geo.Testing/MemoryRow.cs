using Geo.Formats;
using NetTopologySuite.Geometries;

namespace Geo.Testing;

/// <summary>A row of <see cref="MemoryReader"/>: null fields are JSON-null / absent.</summary>
public sealed class MemoryRow : FeatureRow
{
    private string?[] _fields = [];

    public void Set(long row, string?[] fields, Geometry? geometry, string? geometryError)
    {
        Row = row;
        _fields = fields;
        Geometry = geometry;
        GeometryError = geometryError;
    }

    public override int FieldCount => _fields.Length;

    public override ReadOnlySpan<char> Span(int field) => field < _fields.Length ? _fields[field].AsSpan() : default;

    public override bool IsNull(int field) => field >= _fields.Length || _fields[field] is null;
}
