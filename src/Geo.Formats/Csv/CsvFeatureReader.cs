using Geo.Core.Text;
using System.Text;
using Geo.Formats.IO;

namespace Geo.Formats.Csv;

/// <summary>
/// Streams a delimited text file (RFC 4180) with detected encoding, delimiter and decimal separator.
/// Row 0 is the header; data rows are numbered from 1, a quoted line break does not start a new row, and
/// skipped blank lines are counted so that numbers match a spreadsheet's rows (minus one).
/// Bytes that are not valid UTF-8 in a file detected as UTF-8 are read as Windows-1252, and a notice saying
/// how many is added to <see cref="Notices"/> when the reading ends.
/// </summary>
internal sealed class CsvFeatureReader : IFeatureReader
{
    private readonly InputFile _file;
    private readonly CsvTokenizer _parser;
    private readonly CsvRow _row;
    private readonly string[] _fields;
    private readonly List<string> _notices = [];
    private readonly Encoding _encoding;
    private readonly Windows1252Fallback? _repairs;
    private long _firstRepairRow;
    private bool _started;

    public CsvFeatureReader(string path, string fileName, FormatHints? hints)
    {
        FileName = fileName;
        _file = InputFile.Open(path);
        try
        {
            if (_file.IsGzip) _notices.Add("Compression: gzip");
            var (bytes, length, streamEnd) = TextSource.Peek(_file.Content, EncodingDetector.SampleSize);
            var detected = EncodingDetector.Detect(bytes.AsSpan(0, length), streamEnd, hints?.Encoding);
            _encoding = detected.Encoding;
            _repairs = detected.Repairs;
            _notices.Add(detected.Notice);
            var source = new TextSource(_file.Content, detected.Encoding, bytes, detected.BomLength, length, streamEnd);

            // The parser owns the source from here on.
            char delimiter;
            _parser = new CsvTokenizer(source, hints?.Delimiter ?? ',');
            Decode(_parser.FillSample);
            if (hints?.Delimiter is { } given)
            {
                delimiter = given;
                _notices.Add($"Delimiter: {Show(given)} (given)");
            }
            else
            {
                delimiter = CsvSniffer.DetectDelimiter(_parser.Pending, _parser.PendingIsComplete, out var found);
                _notices.Add(found ? $"Delimiter: {Show(delimiter)} (detected)" : "Delimiter: ',' (default: the header has a single column)");
                if (delimiter != ',') _parser.Delimiter = delimiter;
            }

            if (hints?.DecimalSeparator is { } decimalGiven)
            {
                DecimalSeparator = decimalGiven;
                _notices.Add($"Decimal separator: '{decimalGiven}' (given)");
            }
            else
            {
                var (comma, point) = CsvSniffer.DecimalEvidence(_parser.Pending, _parser.PendingIsComplete, delimiter);
                DecimalSeparator = comma > point ? ',' : '.';
                _notices.Add(comma + point > 0 || delimiter == ','
                    ? $"Decimal separator: '{DecimalSeparator}' (detected)"
                    : "Decimal separator: '.' (default: no decimal numbers in the first rows)");
            }

            _fields = ReadHeader();
            _row = new CsvRow(_parser);
        }
        catch
        {
            _parser?.Dispose();
            _file.Dispose();
            throw;
        }
    }

    public string FileName { get; }
    public long TotalBytes => _file.TotalBytes;
    public long BytesRead => _file.BytesRead;
    public IReadOnlyList<string> Fields => _fields;
    public int? DeclaredSrid => null;
    public bool HasGeometry => false;
    public char DecimalSeparator { get; }
    public IReadOnlyList<string> Notices => _notices;
    public string? Sha256 { get; private set; }

    public IEnumerable<FeatureRow> Read(CancellationToken cancellationToken = default)
    {
        if (_started) throw new InvalidOperationException($"{FileName} has already been read; open it again to re-read.");
        _started = true;
        return ReadRows(cancellationToken);
    }

    private IEnumerable<FeatureRow> ReadRows(CancellationToken cancellationToken)
    {
        long row = 0;
        for (var records = 0; ; records++)
        {
            if ((records & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (!Next(row + 1))
            {
                Sha256 = _file.Finish();
                if (_repairs?.Bytes is long bytes and > 0)
                    _notices.Add($"Encoding: {bytes:N0} byte(s) that are not valid UTF-8 were read as Windows-1252 (the first near row {_firstRepairRow})");
                yield break;
            }

            row += 1 + _parser.BlankLinesSkipped;
            if (_parser.EndedWithoutLineBreak && _parser.FieldCount < _fields.Length)
                throw new InputFormatException(FileName, row,
                    $"the file ends in the middle of this row ({_parser.FieldCount} of {_fields.Length} fields, no line break): it looks cut short " +
                    "(an interrupted download or copy). Nothing was loaded; get the whole file and import it again.");
            if (_firstRepairRow == 0 && _repairs?.Bytes > 0) _firstRepairRow = row;
            _row.MoveTo(row);
            yield return _row;
        }
    }

    private string[] ReadHeader()
    {
        if (!Next(0)) throw new InputFormatException(FileName, 0, "the file is empty: a header row with the column names is required");
        var names = new string[_parser.FieldCount];
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            var name = _parser.Field(i).Trim().Trim('\uFEFF').Trim().ToString();
            if (name.Length == 0 && i == 0 && names.Length > 1)
            {
                // R's write.csv writes row names under an empty first header: name it, as GDAL names unnamed fields.
                name = "row_name";
                _notices.Add("Column 1 has no name in the header (R's write.csv writes row names this way): read as 'row_name'");
            }
            if (name.Length == 0)
                throw new InputFormatException(FileName, 0,
                    $"column {i + 1} of the header has an empty name; every column needs a name (the header is: {Describe(names, i)})");
            if (seen.TryGetValue(name, out var first))
                throw new InputFormatException(FileName, 0,
                    $"duplicate column name '{name}' (columns {first + 1} and {i + 1}); column names must be unique (ignoring case)");
            seen.Add(name, i);
            names[i] = name;
        }

        if (names.All(n => NumberText.TryParseDouble(n, '.', out _) || NumberText.TryParseDouble(n, ',', out _)))
            throw new InputFormatException(FileName, 0,
                $"the first row ({string.Join(", ", names.Take(5))}{(names.Length > 5 ? ", ..." : "")}) holds numbers, not column names: a header row with the column names is required");
        return names;
    }

    private string Describe(string[] names, int upTo)
    {
        var shown = Enumerable.Range(0, _parser.FieldCount).Select(i => i < upTo ? names[i] : _parser.Field(i).Trim().ToString());
        return string.Join(" | ", shown.Select(n => n.Length == 0 ? "(empty)" : n));
    }

    /// <summary>Reads a record, turning parser and decoding errors into <see cref="InputFormatException"/> for <paramref name="row"/>.</summary>
    private bool Next(long row)
    {
        try
        {
            return _parser.ReadRecord();
        }
        catch (CsvSyntaxException e)
        {
            var column = row == 0 || e.Field < 0 || e.Field >= _fields.Length ? $"column {e.Field + 1}" : $"column '{_fields[e.Field]}'";
            var message = e.Field < 0 ? e.Message
                : e.Message == "unterminated quoted field"
                ? $"unterminated quoted field in {column}: the quote opened on this row is never closed before the end of the file"
                : $"{e.Message} ({column})";
            throw new InputFormatException(FileName, row, message);
        }
        catch (DecoderFallbackException e)
        {
            throw EncodingError(row, e);
        }
    }

    private void Decode(Action action)
    {
        try
        {
            action();
        }
        catch (DecoderFallbackException e)
        {
            throw EncodingError(0, e);
        }
    }

    private InputFormatException EncodingError(long row, DecoderFallbackException e) =>
        new(FileName, row,
            $"text that is not valid {_encoding.WebName} near this row ({e.Message}); the encoding was detected from the start of the file, give it explicitly (e.g. windows-1252)");

    private static string Show(char c) => c == '\t' ? "tab" : $"'{c}'";

    public void Dispose()
    {
        _parser.Dispose();
        _file.Dispose();
    }
}
