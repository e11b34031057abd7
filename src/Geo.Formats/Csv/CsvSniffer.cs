using Geo.Core.Text;

namespace Geo.Formats.Csv;

/// <summary>
/// Guesses the delimiter and the decimal separator from the first chunk of a delimited text file, the way
/// Python's <c>csv.Sniffer</c> does in spirit: the candidate that splits the header into several fields and
/// gives the following lines the same field count wins.
/// </summary>
internal static class CsvSniffer
{
    /// <summary>Candidate delimiters, in order of preference on a tie.</summary>
    public static readonly char[] Candidates = [',', ';', '\t', '|'];

    private const int MaxRecords = 200;

    /// <summary>Picks the delimiter; returns ',' with <paramref name="detected"/> false when no candidate gives two or more columns.</summary>
    /// <param name="sample">The start of the text.</param>
    /// <param name="complete">True when the sample is the whole file (its last line is not cut).</param>
    public static char DetectDelimiter(ReadOnlySpan<char> sample, bool complete, out bool detected)
    {
        var best = ',';
        var bestScore = (Consistent: false, Columns: 1, Share: 0.0);
        detected = false;
        foreach (var candidate in Candidates)
        {
            var counts = FieldCounts(sample, complete, candidate);
            if (counts.Count == 0 || counts[0] < 2) continue;
            var header = counts[0];
            var same = counts.Skip(1).Count(c => c == header);
            var share = counts.Count == 1 ? 1.0 : (double)same / (counts.Count - 1);
            var score = (Consistent: share >= 0.9, Columns: header, Share: share);
            if (!detected || Better(score, bestScore))
            {
                best = candidate;
                bestScore = score;
                detected = true;
            }
        }

        return best;
    }

    private static bool Better((bool Consistent, int Columns, double Share) a, (bool Consistent, int Columns, double Share) b)
    {
        if (a.Consistent != b.Consistent) return a.Consistent;
        if (a.Consistent) return a.Columns > b.Columns;
        return a.Share > b.Share || (a.Share == b.Share && a.Columns > b.Columns);
    }

    /// <summary>
    /// Counts the fields of the data lines that look like numbers with a decimal comma ("65,5842", "1.234,5")
    /// and with a decimal point; a comma delimiter implies a decimal point (0, 0).
    /// </summary>
    public static (int Comma, int Point) DecimalEvidence(ReadOnlySpan<char> sample, bool complete, char delimiter)
    {
        if (delimiter == ',') return (0, 0);
        var comma = 0;
        var point = 0;
        var records = Records(sample, complete, delimiter);
        foreach (var record in records.Skip(1))
        {
            foreach (var field in record)
            {
                var f = field.AsSpan().Trim();
                if (LooksLikeDecimal(f, ',', '.')) comma++;
                else if (LooksLikeDecimal(f, '.', ',')) point++;
            }
        }

        return (comma, point);
    }

    /// <summary>[+-]digits[grouping]sep digits, e.g. "-65,5842" or "1 234,5" or "1.234,5" for sep ','.</summary>
    private static bool LooksLikeDecimal(ReadOnlySpan<char> f, char separator, char grouping)
    {
        if (f.Length > 0 && (f[0] == '-' || f[0] == '+')) f = f[1..];
        var sep = f.IndexOf(separator);
        if (sep <= 0 || sep == f.Length - 1 || f.LastIndexOf(separator) != sep) return false;
        foreach (var c in f[..sep])
            if (!char.IsAsciiDigit(c) && c != grouping && c != ' ' && c != '\u00A0') return false;
        foreach (var c in f[(sep + 1)..])
            if (!char.IsAsciiDigit(c)) return false;
        return char.IsAsciiDigit(f[0]);
    }

    private static List<int> FieldCounts(ReadOnlySpan<char> sample, bool complete, char delimiter) =>
        Records(sample, complete, delimiter).Select(r => r.Count).ToList();

    /// <summary>
    /// Splits the sample into at most 200 records with the one <see cref="CsvTokenizer"/>, dropping a last record cut by
    /// the sample's end (or a quote the sample's end leaves open).
    /// </summary>
    internal static List<List<string>> Records(ReadOnlySpan<char> sample, bool complete, char delimiter)
    {
        var records = new List<List<string>>();
        // The tokenizer reads a TextReader; the sample is at most a few hundred kilobytes, so one string copy is cheap.
        using var tokenizer = new CsvTokenizer(new StringReader(sample.ToString()), delimiter);
        try
        {
            while (records.Count <= MaxRecords && tokenizer.ReadRecord())
            {
                var fields = new List<string>(tokenizer.FieldCount);
                for (var i = 0; i < tokenizer.FieldCount; i++) fields.Add(tokenizer.Field(i).ToString());
                records.Add(fields);
            }
        }
        catch (CsvSyntaxException)
        {
            // A quoted field still open where the sample ends: its record is left out (a real syntax error is reported,
            // with file and row, when the file is read).
            return records;
        }
        var cut = !complete && records.Count <= MaxRecords && records.Count > 0 && !EndsWithLineBreak(sample);
        if (cut) records.RemoveAt(records.Count - 1);
        if (records.Count > MaxRecords) records.RemoveRange(MaxRecords, records.Count - MaxRecords);
        return records;
    }

    private static bool EndsWithLineBreak(ReadOnlySpan<char> sample) => sample.Length > 0 && sample[^1] is '\n' or '\r';
}
