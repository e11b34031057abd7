using Geo.Core.Text;
namespace Geo.Formats.Csv;

/// <summary>The current CSV record: fields are spans into the parser's buffer (no geometry).</summary>
internal sealed class CsvRow(CsvTokenizer parser) : FeatureRow
{
    public override int FieldCount => parser.FieldCount;

    public override ReadOnlySpan<char> Span(int field) => parser.Field(field);

    /// <summary>Only fields past the end of a short (ragged) row are null; an empty field is empty text.</summary>
    public override bool IsNull(int field) => (uint)field >= (uint)parser.FieldCount;

    internal void MoveTo(long row) => Row = row;
}
