using NetTopologySuite.Geometries;

namespace Geo.Formats.GeoPackage;

/// <summary>The current GeoPackage feature: column values as invariant-culture text, and its geometry.</summary>
internal sealed class GeoPackageRow(int fieldCount) : FeatureRow
{
    private readonly string?[] _values = new string?[fieldCount];

    public override int FieldCount => _values.Length;

    public override ReadOnlySpan<char> Span(int field) => (uint)field < (uint)_values.Length ? _values[field] : default;

    public override bool IsNull(int field) => (uint)field >= (uint)_values.Length || _values[field] is null;

    internal string?[] Values => _values;

    internal void MoveTo(long row, Geometry? geometry, string? error)
    {
        Row = row;
        Geometry = geometry;
        GeometryError = error;
    }
}
