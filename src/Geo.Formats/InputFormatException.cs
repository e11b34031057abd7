namespace Geo.Formats;

/// <summary>A file that cannot be read at all past some point (e.g. an unterminated quote, broken JSON): fatal for the import.</summary>
public sealed class InputFormatException(string file, long row, string message)
    : Exception($"{file}, row {row}: {message}")
{
    public string File { get; } = file;
    public long Row { get; } = row;
}
