namespace Geo.Core.Text;

/// <summary>Raised by <see cref="CsvTokenizer"/>; readers turn it into an error naming the file and row.</summary>
public sealed class CsvSyntaxException(int field, string message) : Exception(message)
{
    /// <summary>0-based index of the field being read, or -1 when not known.</summary>
    public int Field { get; } = field;
}
