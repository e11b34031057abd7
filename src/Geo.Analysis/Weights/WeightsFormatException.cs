namespace Geo.Analysis.Weights;

/// <summary>A malformed GAL or GWT weights file; the message names the file and the 1-based line.</summary>
public sealed class WeightsFormatException : FormatException
{
    /// <summary>Creates the exception; the message becomes <c>fileName:line: message</c>.</summary>
    public WeightsFormatException(string fileName, int line, string message)
        : base($"{fileName}:{line}: {message}")
    {
        FileName = fileName;
        Line = line;
    }

    /// <summary>The file name given to the reader.</summary>
    public string FileName { get; }

    /// <summary>The 1-based line of the error (0 when the file ended early).</summary>
    public int Line { get; }
}
