using NetTopologySuite.Geometries;

namespace Geo.Formats.GeoJson;

/// <summary>The current GeoJSON feature: property values as text by field index, and its geometry.</summary>
internal sealed class GeoJsonRow : FeatureRow
{
    private string?[] _values = [];

    public override int FieldCount => _values.Length;

    public override ReadOnlySpan<char> Span(int field) => (uint)field < (uint)_values.Length ? _values[field] : default;

    public override bool IsNull(int field) => (uint)field >= (uint)_values.Length || _values[field] is null;

    /// <summary>Moves to a feature: clears the values (to null) for <paramref name="fieldCount"/> fields.</summary>
    internal string?[] Reset(long row, int fieldCount)
    {
        if (_values.Length != fieldCount) _values = new string?[fieldCount];
        else System.Array.Clear(_values);
        ClearTextProblems();
        Row = row;
        Geometry = null;
        GeometryError = null;
        return _values;
    }

    internal void SetGeometry(Geometry? geometry, string? error)
    {
        Geometry = geometry;
        GeometryError = error;
    }
}
