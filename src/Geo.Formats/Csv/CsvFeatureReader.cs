using Geo.Core.Text;
using System.Text;
using Geo.Formats.IO;

namespace Geo.Formats.Csv;

/// <summary>
/// Streams a delimited text file (RFC 4180) with detected encoding, delimiter and decimal separator.
/// Row 0 is the header; data rows are numbered from 1, a quoted line break does not start a new row, and
/// skipped blank lines are counted so that numbers match a spreadsheet's rows (minus one).
/// Bytes that are not valid UTF-8 in a file read as UTF-8 are handed out in their Windows-1252 reading; whether that is
/// right depends on what the file showed first (the first non-ASCII text decides, see <see cref="CheckEncoding"/>):
/// <list type="bullet">
/// <item>the file is known to be UTF-8 (BOM, given, or valid non-ASCII UTF-8 in the first 64 KB or an earlier row): the
/// field gets a <see cref="FeatureRow.TextProblem"/> ("mixed encodings"), so that the import rejects the row instead of
/// storing mojibake;</item>
/// <item>the file was plain ASCII so far: it is taken as Windows-1252 from the first invalid byte on (announced), and a
/// later field with valid non-ASCII UTF-8 gets a text problem instead.</item>
/// </list>
/// A notice saying how many bytes and rows were affected is added to <see cref="Notices"/> when the reading ends.
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
    private Utf8State _state;
    private string _utf8Reason = "";
    private long _firstRepairRow, _repairRows, _firstMixedRow, _mixedRows, _windows1252From;
    private readonly bool _windows1252FromStart;
    private bool _started;

    private enum Utf8State { NotUtf8, Confirmed, Open, Windows1252 }

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
            _state = _repairs is null ? Utf8State.NotUtf8
                : detected.Windows1252 ? Utf8State.Windows1252
                : detected.Utf8Confirmed ? Utf8State.Confirmed : Utf8State.Open;
            _windows1252FromStart = detected.Windows1252;
            _utf8Reason = detected.Notice.Contains("(BOM)", StringComparison.Ordinal) ? "it starts with a UTF-8 byte order mark"
                : detected.Notice.Contains("(given)", StringComparison.Ordinal) ? "the encoding was given as UTF-8"
                : "its first 64 KB hold valid UTF-8 text";
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
            _row = new CsvRow(_parser, _fields.Length);
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
                AnnounceEncoding();
                yield break;
            }

            row += 1 + _parser.BlankLinesSkipped;
            if (_parser.EndedWithoutLineBreak && _parser.FieldCount < _fields.Length)
                throw new InputFormatException(FileName, row,
                    $"the file ends in the middle of this row ({_parser.FieldCount} of {_fields.Length} fields, no line break): it looks cut short " +
                    "(an interrupted download or copy). Nothing was loaded; get the whole file and import it again.");
            _row.MoveTo(row);
            if (_state != Utf8State.NotUtf8) CheckEncoding(row);
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
            if (name.Contains(Windows1252Fallback.Mark)) name = Windows1252Fallback.Repair(name);
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

    /// <summary>
    /// Finds the bytes that were not valid UTF-8 (marked by <see cref="Windows1252Fallback"/>) and valid non-ASCII UTF-8 in
    /// the current row, lets the first non-ASCII text decide an open encoding, hands out marked fields in their
    /// Windows-1252 reading and records a text problem for fields whose encoding disagrees with the file's.
    /// </summary>
    private void CheckEncoding(long row)
    {
        // Known UTF-8 and nothing invalid decoded yet: no field can hold a mark.
        if (_state == Utf8State.Confirmed && _repairs!.Bytes == 0) return;
        var marked = false;
        var valid = -1;
        for (var f = 0; f < _parser.FieldCount; f++)
        {
            var span = _parser.Field(f);
            var i = span.IndexOfAnyExceptInRange('\0', '\u007F');
            if (i < 0) continue;
            if (span[i..].Contains(Windows1252Fallback.Mark)) marked = true;
            if (valid < 0 && _state != Utf8State.Confirmed && FirstValidNonAscii(span[i..]) >= 0) valid = f;
        }
        if (!marked && valid < 0) return;

        if (_state == Utf8State.Open)
        {
            if (valid >= 0)
            {
                _state = Utf8State.Confirmed;
                _utf8Reason = $"row {row} holds UTF-8 text in column {(valid < _fields.Length ? $"'{_fields[valid]}'" : (valid + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}";
            }
            else
            {
                _state = Utf8State.Windows1252;
                _windows1252From = row;
            }
        }

        var mixed = false;
        for (var f = 0; f < _parser.FieldCount; f++)
        {
            var span = _parser.Field(f);
            if (marked && span.Contains(Windows1252Fallback.Mark))
            {
                var problem = _state == Utf8State.Confirmed
                    ? $"holds bytes that are not valid UTF-8 ({Windows1252Fallback.Describe(span)}), although the file is UTF-8 ({_utf8Reason}): the file mixes encodings (Latin-1 or Windows-1252 text in a UTF-8 file); convert the file to UTF-8 and import it again"
                    : null;
                _row.Set(f, Windows1252Fallback.Repair(span), problem);
                mixed |= problem is not null;
            }
            else if (_state == Utf8State.Windows1252 && FirstValidNonAscii(span) is var k and >= 0)
            {
                var why = _windows1252FromStart
                    ? "although the file is Windows-1252 (its first 64 KB are not valid UTF-8)"
                    : $"although the file was taken as Windows-1252 from row {_windows1252From} on (its first 64 KB were plain ASCII and row {_windows1252From} held bytes that are not valid UTF-8)";
                _row.Set(f, null, $"holds UTF-8 text ('{span[k]}'), {why}: the file mixes encodings; convert it to one encoding and import it again");
                mixed = true;
            }
        }

        if (marked)
        {
            _repairRows++;
            if (_firstRepairRow == 0) _firstRepairRow = row;
        }
        if (mixed)
        {
            _mixedRows++;
            if (_firstMixedRow == 0) _firstMixedRow = row;
        }
    }

    /// <summary>Index of the first non-ASCII char that is not a mark or a marked byte's reading, or -1.</summary>
    private static int FirstValidNonAscii(ReadOnlySpan<char> span)
    {
        for (var k = 0; k < span.Length; k++)
        {
            var c = span[k];
            if (c < 0x80) continue;
            if (c == Windows1252Fallback.Mark) { k++; continue; }
            return k;
        }
        return -1;
    }

    private void AnnounceEncoding()
    {
        if (_repairs?.Bytes is not (long bytes and > 0)) return;
        if (_windows1252FromStart)
        {
            if (_mixedRows > 0)
                _notices.Add($"Encoding: {_mixedRows:N0} row(s) hold UTF-8 text in a Windows-1252 file (the first is row {_firstMixedRow}): mixed encodings; those fields are flagged");
            return;
        }
        if (_state == Utf8State.Windows1252)
            _notices.Add($"Encoding: {bytes:N0} byte(s) that are not valid UTF-8 were read as Windows-1252 (the first in row {_firstRepairRow}): the first 64 KB were plain ASCII, so the file is taken as Windows-1252 from row {_windows1252From} on");
        else
            _notices.Add($"Encoding: {bytes:N0} byte(s) that are not valid UTF-8 in {_repairRows:N0} row(s) (the first in row {_firstRepairRow}) of a UTF-8 file ({_utf8Reason}): mixed encodings; those fields are flagged");
        if (_state == Utf8State.Windows1252 && _mixedRows > 0)
            _notices.Add($"Encoding: {_mixedRows:N0} row(s) hold UTF-8 text in a file taken as Windows-1252 (the first is row {_firstMixedRow}): mixed encodings; those fields are flagged");
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
