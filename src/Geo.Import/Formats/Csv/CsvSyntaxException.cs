namespace Geo.Import.Formats.Csv;

/// <summary>Raised by <see cref="CsvParser"/>; the reader turns it into an <see cref="ImportFormatException"/> with file and row.</summary>
internal sealed class CsvSyntaxException(int field, string message) : Exception(message)
{
    /// <summary>0-based index of the field being read, or -1 when not known.</summary>
    public int Field { get; } = field;
}
