using NetTopologySuite.Geometries;

namespace Geo.Formats;

/// <summary>
/// One row or feature as read from a file, before mapping: text fields by index and, for spatial formats,
/// a geometry. Readers reuse one instance: its content is valid only until the reader moves on.
/// </summary>
public abstract class FeatureRow
{
    /// <summary>1-based data row (CSV line after the header, counting quoted line breaks as one row) or feature number.</summary>
    public long Row { get; protected set; }

    /// <summary>Geometry read from a spatial format (SRID set when the file declares one), or null.</summary>
    public Geometry? Geometry { get; protected set; }

    /// <summary>Problem with the geometry itself (unparsable WKB/GeoJSON), or null.</summary>
    public string? GeometryError { get; protected set; }

    public abstract int FieldCount { get; }

    /// <summary>The field's text without surrounding quotes; empty when missing, null or past the row's end.</summary>
    public abstract ReadOnlySpan<char> Span(int field);

    /// <summary>True when the field is absent from this row or JSON null.</summary>
    public abstract bool IsNull(int field);

    public string Text(int field) => Span(field).ToString();
}
