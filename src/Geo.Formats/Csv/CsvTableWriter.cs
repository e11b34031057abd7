using System.Globalization;
using System.Text;

namespace Geo.Formats.Csv;

/// <summary>
/// Writes a CSV table (RFC 4180: comma, CRLF-free LF line ends, quotes where a value needs them), UTF-8 without BOM,
/// numbers in the invariant culture as shortest round-trip text, non-finite numbers and nulls as empty fields. Streams
/// row by row.
/// </summary>
public sealed class CsvTableWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly int _columns;

    public CsvTableWriter(string path, IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        _writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        _columns = header.Count;
        WriteRaw(header);
    }

    /// <summary>Writes one row of values (strings, numbers, booleans, null) in the header's order.</summary>
    public void Write(IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != _columns) throw new ArgumentException($"The row has {values.Count} values; the header has {_columns}.", nameof(values));
        var text = new string[values.Count];
        for (var i = 0; i < text.Length; i++) text[i] = Format(values[i]);
        WriteRaw(text);
    }

    /// <summary>A value as CSV text: numbers as shortest round-trip invariant text, non-finite and null as empty.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "",
        float f => float.IsFinite(f) ? f.ToString("R", CultureInfo.InvariantCulture) : "",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A field quoted when it holds a comma, a quote or a line break.</summary>
    public static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private void WriteRaw(IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) _writer.Write(',');
            _writer.Write(Quote(fields[i]));
        }
        _writer.Write('\n');
    }

    public void Dispose() => _writer.Dispose();
}
