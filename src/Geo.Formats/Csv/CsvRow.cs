using Geo.Core.Text;
namespace Geo.Formats.Csv;

/// <summary>
/// The current CSV record: fields are spans into the parser's buffer (no geometry), except fields whose text had to be
/// repaired (bytes that are not valid UTF-8), which are held as strings with their <see cref="FeatureRow.TextProblem"/>.
/// </summary>
internal sealed class CsvRow(CsvTokenizer parser, int headerFields) : FeatureRow
{
    private string?[] _repaired = [];
    private bool _changed;

    public override int FieldCount => parser.FieldCount;

    /// <summary>The header's column count: a record with another count is ragged.</summary>
    public override int ExpectedFieldCount => headerFields;

    public override ReadOnlySpan<char> Span(int field) =>
        _changed && (uint)field < (uint)_repaired.Length && _repaired[field] is { } text ? text : parser.Field(field);

    /// <summary>Only fields past the end of a short (ragged) row are null; an empty field is empty text.</summary>
    public override bool IsNull(int field) => (uint)field >= (uint)parser.FieldCount;

    internal void MoveTo(long row)
    {
        Row = row;
        if (!_changed) return;
        Array.Clear(_repaired);
        ClearTextProblems();
        _changed = false;
    }

    /// <summary>Replaces the text of <paramref name="field"/> (when not null) and records a problem with it (when not null).</summary>
    internal void Set(int field, string? text, string? problem)
    {
        if (_repaired.Length <= field) Array.Resize(ref _repaired, Math.Max(field + 1, parser.FieldCount));
        if (text is not null) _repaired[field] = text;
        if (problem is not null) SetTextProblem(field, problem);
        _changed = true;
    }
}
