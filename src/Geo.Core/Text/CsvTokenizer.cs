using System.Buffers;

namespace Geo.Core.Text;

/// <summary>
/// The one CSV tokenizer of Geo (file readers, the delimiter sniffer, the taxonomy and mapping loaders, test helpers):
/// an RFC 4180 record splitter over a pooled, growable char buffer. Fields are (start, length) ranges into the
/// buffer, valid until the next <see cref="ReadRecord"/>; nothing is allocated per field or row. Quoted
/// fields with doubled quotes (or text after the closing quote) are unescaped in place once the whole record
/// is known, which only shrinks them, so no side buffer is needed.
/// </summary>
/// <remarks>
/// Grammar: RFC 4180 §2 (fields separated by the delimiter, records by CRLF; a field may be enclosed in double
/// quotes, inside which delimiters and line breaks are literal and a quote is written twice). Leniencies: LF or
/// a lone CR also end a record; a quote inside an unquoted field is literal; text after a closing quote is
/// appended to the field; blank lines are skipped (<see cref="BlankLinesSkipped"/> counts them).
/// </remarks>
public sealed class CsvTokenizer : IDisposable
{
    /// <summary>Longest record accepted; longer means a runaway quote, and memory must stay bounded.</summary>
    public const int MaxRecordChars = 16 * 1024 * 1024;

    private const int InitialBufferChars = 64 * 1024;
    private const int MinFreeChars = 4096;

    private readonly TextReader _source;
    private char[] _buffer;
    private int _length;
    private int _pos;
    private bool _eof;
    private int[] _starts = new int[64];
    private int[] _lengths = new int[64];
    private bool[] _raw = new bool[64];
    private int _linesInRecord;

    /// <param name="source">The text; disposed with the tokenizer.</param>
    /// <param name="delimiter">The field delimiter.</param>
    public CsvTokenizer(TextReader source, char delimiter)
    {
        _source = source;
        Delimiter = delimiter;
        _buffer = ArrayPool<char>.Shared.Rent(InitialBufferChars);
    }

    /// <summary>The field delimiter; may be changed after <see cref="FillSample"/> (detection) and before the first record.</summary>
    public char Delimiter { get; set; }

    /// <summary>Fields in the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>
    /// True when the current record was ended by the end of the text rather than by a line break: the last record of a
    /// file without a final newline, or of a file cut short (a reader can tell the two apart by the record's field count).
    /// </summary>
    public bool EndedWithoutLineBreak { get; private set; }

    /// <summary>Blank lines skipped just before the current record.</summary>
    public int BlankLinesSkipped { get; private set; }

    /// <summary>The chars decoded so far and not yet parsed (the detection sample before the first record).</summary>
    public ReadOnlySpan<char> Pending => _buffer.AsSpan(_pos, _length - _pos);

    /// <summary>True when <see cref="Pending"/> reaches the end of the file.</summary>
    public bool PendingIsComplete => _eof;

    public ReadOnlySpan<char> Field(int index) =>
        (uint)index < (uint)FieldCount ? _buffer.AsSpan(_starts[index], _lengths[index]) : default;

    /// <summary>Decodes the first buffer full of text, for detection before parsing.</summary>
    public void FillSample()
    {
        while (!_eof && _length < _buffer.Length - MinFreeChars) ReadMore();
    }

    /// <summary>When true, <see cref="Line"/> is kept up to date (costs one pass over each record's characters).</summary>
    public bool TrackLines { get; init; }

    /// <summary>With <see cref="TrackLines"/>: the 1-based line on which the current record starts.</summary>
    public int Line { get; private set; }

    /// <summary>
    /// Reads a whole small table (Geo's own data files, test fixtures): every record's fields as strings with the line it
    /// starts on; records whose first field starts with <c>#</c> are comments and skipped when <paramref name="comments"/>.
    /// </summary>
    public static IEnumerable<(int Line, string[] Fields)> ReadAll(TextReader reader, char delimiter = ',', bool comments = true)
    {
        using var t = new CsvTokenizer(reader, delimiter) { TrackLines = true };
        while (t.ReadRecord())
        {
            if (comments && t.Field(0).StartsWith('#')) continue;
            var fields = new string[t.FieldCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = t.Field(i).ToString();
            yield return (t.Line, fields);
        }
    }

    /// <summary>Moves to the next record; false at the end of the file.</summary>
    /// <exception cref="CsvSyntaxException">A quote never closed, or a record longer than <see cref="MaxRecordChars"/>.</exception>
    public bool ReadRecord()
    {
        if (TrackLines) Line += _linesInRecord;
        _linesInRecord = 0;
        EndedWithoutLineBreak = false;
        BlankLinesSkipped = 0;
        while (true)
        {
            if (_pos >= _length)
            {
                if (_eof) { FieldCount = 0; return false; }
                Refill();
                continue;
            }

            var c = _buffer[_pos];
            if (c is '\n' or '\r')
            {
                // Blank line.
                if (c == '\r' && _pos + 1 >= _length && !_eof) { Refill(); continue; }
                _pos += c == '\r' && _pos + 1 < _length && _buffer[_pos + 1] == '\n' ? 2 : 1;
                BlankLinesSkipped++;
                if (TrackLines) Line++;
                continue;
            }

            if (TryParse(_pos, out var next))
            {
                if (TrackLines)
                {
                    Line++;
                    _linesInRecord = LineBreaks(_buffer.AsSpan(_pos, next - _pos).TrimEnd("\r\n"));
                }
                _pos = next;
                Unescape();
                return true;
            }

            Refill();
        }
    }

    /// <summary>Splits the record starting at <paramref name="p"/>; false when the buffer ends before the record does.</summary>
    private bool TryParse(int p, out int next)
    {
        var buffer = _buffer;
        var length = _length;
        var delimiter = Delimiter;
        var count = 0;
        next = 0;
        while (true)
        {
            if (count == _starts.Length) GrowFields();
            if (p < length && buffer[p] == '"')
            {
                var q = p + 1;
                var raw = false;
                while (true)
                {
                    var i = buffer.AsSpan(q, length - q).IndexOf('"');
                    if (i < 0)
                    {
                        if (!_eof) return false;
                        throw new CsvSyntaxException(count, "unterminated quoted field");
                    }

                    q += i;
                    if (q + 1 >= length)
                    {
                        if (!_eof) return false;
                        break;
                    }

                    if (buffer[q + 1] != '"') break;
                    raw = true;
                    q += 2;
                }

                var after = q + 1;
                if (after < length)
                {
                    var c = buffer[after];
                    if (c != delimiter && c != '\r' && c != '\n')
                    {
                        // Text after the closing quote: keep it (lenient), unescaped later.
                        var j = buffer.AsSpan(after, length - after).IndexOfAny(delimiter, '\r', '\n');
                        if (j < 0)
                        {
                            if (!_eof) return false;
                            j = length - after;
                        }

                        after += j;
                        raw = true;
                    }
                }
                else if (!_eof)
                {
                    return false;
                }

                if (raw)
                {
                    _starts[count] = p;
                    _lengths[count] = after - p;
                }
                else
                {
                    _starts[count] = p + 1;
                    _lengths[count] = q - p - 1;
                }

                _raw[count] = raw;
                count++;
                p = after;
            }
            else
            {
                var i = buffer.AsSpan(p, length - p).IndexOfAny(delimiter, '\r', '\n');
                if (i < 0)
                {
                    if (!_eof) return false;
                    i = length - p;
                }

                _starts[count] = p;
                _lengths[count] = i;
                _raw[count] = false;
                count++;
                p += i;
            }

            if (p >= length)
            {
                // End of file ends the record.
                FieldCount = count;
                next = p;
                EndedWithoutLineBreak = true;
                return true;
            }

            var t = buffer[p];
            if (t == delimiter)
            {
                p++;
                continue;
            }

            if (t == '\r')
            {
                if (p + 1 < length) next = buffer[p + 1] == '\n' ? p + 2 : p + 1;
                else if (!_eof) return false;
                else next = p + 1;
            }
            else
            {
                next = p + 1;
            }

            FieldCount = count;
            return true;
        }
    }

    /// <summary>Removes quotes in place from fields flagged raw: "" becomes ", other quotes toggle quoting.</summary>
    private void Unescape()
    {
        for (var f = 0; f < FieldCount; f++)
        {
            if (!_raw[f]) continue;
            var start = _starts[f];
            var end = start + _lengths[f];
            var w = start;
            var inQuotes = false;
            for (var r = start; r < end; r++)
            {
                var c = _buffer[r];
                if (c == '"')
                {
                    if (inQuotes && r + 1 < end && _buffer[r + 1] == '"') { _buffer[w++] = '"'; r++; }
                    else inQuotes = !inQuotes;
                }
                else
                {
                    _buffer[w++] = c;
                }
            }

            _lengths[f] = w - start;
        }
    }

    /// <summary>Keeps the unparsed tail, grows the buffer when one record fills it, and decodes more text.</summary>
    private void Refill()
    {
        if (_pos > 0)
        {
            var tail = _length - _pos;
            if (tail > 0) Array.Copy(_buffer, _pos, _buffer, 0, tail);
            _length = tail;
            _pos = 0;
        }

        if (_buffer.Length - _length < MinFreeChars)
        {
            if (_buffer.Length >= MaxRecordChars)
                throw new CsvSyntaxException(-1, $"a single row is longer than {MaxRecordChars / (1024 * 1024)} million characters (most likely a quote opened on this row is never closed)");
            var bigger = ArrayPool<char>.Shared.Rent(_buffer.Length * 2);
            Array.Copy(_buffer, bigger, _length);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        // Fill the free space, so that a record longer than the buffer is re-split only when the buffer has doubled.
        do ReadMore();
        while (!_eof && _buffer.Length - _length >= MinFreeChars);
    }

    private void ReadMore()
    {
        var n = _source.Read(_buffer.AsSpan(_length));
        if (n == 0) _eof = true;
        _length += n;
    }

    /// <summary>Line breaks (CRLF, LF or a lone CR) inside a record's text.</summary>
    private static int LineBreaks(ReadOnlySpan<char> text)
    {
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') n++;
            else if (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')) n++;
        }
        return n;
    }

    private void GrowFields()
    {
        var size = _starts.Length * 2;
        Array.Resize(ref _starts, size);
        Array.Resize(ref _lengths, size);
        Array.Resize(ref _raw, size);
    }

    public void Dispose()
    {
        _source.Dispose();
        if (_buffer.Length > 0) ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
    }
}
