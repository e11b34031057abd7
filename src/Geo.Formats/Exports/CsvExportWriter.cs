using System.Globalization;
using System.Text;

namespace Geo.Formats.Exports;

/// <summary>
/// Writes one export table as CSV: UTF-8 with a BOM, CRLF line ends, a header of the columns' labels in the export's
/// language, then one line per row. Dialect <see cref="ExportFormats.ExcelSv"/>: semicolon separator and decimal comma;
/// <see cref="ExportFormats.Standard"/>: comma and decimal point. Both write dates as yyyy-MM-dd and moments as
/// yyyy-MM-dd HH:mm:ss in UTC, whole numbers without grouping, Decimal with the column's decimals (rounded half away from
/// zero), Percent as the share 0–1 with decimals + 2, booleans as ja/nej (sv) or true/false (en), null as an empty
/// field, a hidden value as its mark (&lt;5 or ..). Text that a spreadsheet would read as a formula (starting with =, +,
/// −, @, a tab or a carriage return) gets a leading apostrophe (OWASP's CSV injection advice); numbers are never altered.
/// A field is quoted when it holds the separator, a quote or a line break. Written to a path, the metadata goes to the
/// sidecar <see cref="ExportWriters.SidecarPath"/> on dispose; written to a stream, no sidecar. Exactly one table.
/// </summary>
internal sealed class CsvExportWriter : IExportWriter
{
    private readonly StreamWriter _writer;
    private readonly ExportWriterOptions _options;
    private readonly string? _sidecar;
    private readonly char _separator;
    private readonly NumberFormatInfo _numbers;
    private readonly string _yes;
    private readonly string _no;
    private bool _table;
    private bool _disposed;

    public CsvExportWriter(Stream stream, bool ownsStream, ExportWriterOptions options, string? sidecar)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _sidecar = sidecar;
        (_separator, var decimalSeparator) = options.Dialect switch
        {
            ExportFormats.ExcelSv => (';', ","),
            ExportFormats.Standard => (',', "."),
            _ => throw new ArgumentException($"CSV dialect '{options.Dialect}' is not one of {string.Join(", ", ExportFormats.Dialects)}.", nameof(options)),
        };
        _numbers = new NumberFormatInfo { NumberDecimalSeparator = decimalSeparator, NegativeSign = "-", NumberGroupSeparator = "" };
        (_yes, _no) = options.Lang == "en" ? ("true", "false") : ("ja", "nej");
        _writer = new StreamWriter(stream, new UTF8Encoding(true), 1 << 16, leaveOpen: !ownsStream) { NewLine = "\r\n" };
    }

    public long Rows { get; private set; }

    public async Task<long> WriteTableAsync(ExportTable table, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_table)
            throw new InvalidOperationException($"A CSV file holds exactly one table: '{table.Name}' cannot follow the first one (write it to its own file).");
        _table = true;
        var columns = table.Columns;
        var fields = new string[columns.Count];
        for (var i = 0; i < columns.Count; i++) fields[i] = Neutralise(columns[i].Label(_options.Lang));
        WriteLine(fields);
        long rows = 0;
        await foreach (var row in table.Rows.WithCancellation(ct).ConfigureAwait(false))
        {
            if (row.Values.Count != columns.Count)
                throw new InvalidOperationException($"Row {rows + 1} of '{table.Name}' has {row.Values.Count} values for {columns.Count} columns.");
            for (var i = 0; i < columns.Count; i++) fields[i] = Format(columns[i], row.Values[i]);
            WriteLine(fields);
            rows++;
            Rows++;
            if ((rows & 0x3FF) == 0) await _writer.FlushAsync(ct).ConfigureAwait(false);
        }
        await _writer.FlushAsync(ct).ConfigureAwait(false);
        return rows;
    }

    /// <summary>The CSV text of one value in a column of the writer's dialect and language.</summary>
    internal string Format(ExportColumn column, object? value)
    {
        switch (value)
        {
            case null: return "";
            case ExportSuppressed s: return s.Mark;
            case string text: return Neutralise(text);
            case bool b: return b ? _yes : _no;
            case DateOnly d: return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case DateTimeOffset t: return t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            case DateTime t: return t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        }
        if (ExportValues.Whole(value) is { } whole && column.Kind is not (ExportKind.Decimal or ExportKind.Percent))
            return whole.ToString(CultureInfo.InvariantCulture);
        if (ExportValues.Number(value) is { } number)
        {
            var decimals = column.Kind switch
            {
                ExportKind.Decimal => column.Decimals,
                ExportKind.Percent => column.Decimals + 2,
                ExportKind.Count or ExportKind.Integer => 0,
                _ => -1,
            };
            return decimals < 0
                ? number.ToString("R", _numbers)
                : Math.Round(number, Math.Min(decimals, 15), MidpointRounding.AwayFromZero).ToString("F" + decimals, _numbers);
        }
        if (value is double or float) return ""; // not finite
        return Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
    }

    /// <summary>Text that a spreadsheet would take for a formula, with a leading apostrophe.</summary>
    internal static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private void WriteLine(string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) _writer.Write(_separator);
            var f = fields[i];
            if (f.AsSpan().IndexOfAny(_separator, '"', '\n') >= 0 || f.Contains('\r', StringComparison.Ordinal))
            {
                _writer.Write('"');
                _writer.Write(f.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
            else _writer.Write(f);
        }
        _writer.Write("\r\n");
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await _writer.DisposeAsync().ConfigureAwait(false);
        if (_sidecar is not null)
        {
            await using var file = File.Create(_sidecar);
            ExportValues.WriteDocument(file, _options.Metadata);
        }
    }
}
