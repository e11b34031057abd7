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

    /// <summary>Fields in this row as read (for CSV the record's own count, which may differ from the header's).</summary>
    public abstract int FieldCount { get; }

    /// <summary>
    /// Fields the row should have: the header's column count for CSV. A CSV row whose <see cref="FieldCount"/> differs is
    /// ragged (see <see cref="IsRagged"/>); formats whose rows always have every field return <see cref="FieldCount"/>.
    /// </summary>
    public virtual int ExpectedFieldCount => FieldCount;

    /// <summary>True when the row has fewer or more fields than the header (a ragged CSV row).</summary>
    public bool IsRagged => FieldCount != ExpectedFieldCount;

    private string?[] _textProblems = [];

    /// <summary>
    /// True when some field's text is not what the file meant: bytes that are not valid in the file's encoding, an unpaired
    /// surrogate escape in JSON, ... (see <see cref="TextProblem"/>). Checked before <see cref="TextProblem"/>, which is
    /// then asked field by field.
    /// </summary>
    public bool HasTextProblems { get; private set; }

    /// <summary>
    /// Why the text of <paramref name="field"/> is not what the file meant, in words for a person (e.g. "holds bytes that
    /// are not valid UTF-8 (0xE5 …)"), or null when it is fine. <see cref="Span"/> then returns the best reading.
    /// </summary>
    public string? TextProblem(int field) =>
        HasTextProblems && (uint)field < (uint)_textProblems.Length ? _textProblems[field] : null;

    /// <summary>Records why the text of <paramref name="field"/> is not what the file meant (readers, for the current row).</summary>
    protected internal void SetTextProblem(int field, string problem)
    {
        if (_textProblems.Length <= field) Array.Resize(ref _textProblems, Math.Max(field + 1, FieldCount));
        _textProblems[field] = problem;
        HasTextProblems = true;
    }

    /// <summary>Forgets the text problems of the previous row (readers, when moving on).</summary>
    protected internal void ClearTextProblems()
    {
        if (!HasTextProblems) return;
        Array.Clear(_textProblems);
        HasTextProblems = false;
    }

    /// <summary>The field's text without surrounding quotes; empty when missing, null or past the row's end.</summary>
    public abstract ReadOnlySpan<char> Span(int field);

    /// <summary>True when the field is absent from this row or JSON null.</summary>
    public abstract bool IsNull(int field);

    public string Text(int field) => Span(field).ToString();
}
