using System.IO.Compression;
using System.Text;

namespace Geo.Core.Tests.Taxonomy;

/// <summary>
/// Small RFC 4180 reader for the shared data files in tests: comma separator, double-quoted fields that may hold
/// commas, doubled quotes and line breaks; reads <c>.gz</c> files through gzip.
/// </summary>
internal static class CsvRecords
{
    public static IEnumerable<string[]> ReadFile(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : (Stream)file;
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        foreach (var record in Read(reader)) yield return record;
    }

    public static IEnumerable<string[]> Read(TextReader reader)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            any = true;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { sb.Append('"'); reader.Read(); }
                    else quoted = false;
                }
                else sb.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else if (ch == '\r') { /* part of CRLF, or stray: ignored */ }
            else if (ch == '\n')
            {
                fields.Add(sb.ToString()); sb.Clear();
                yield return fields.ToArray();
                fields.Clear();
                any = false;
            }
            else sb.Append(ch);
        }
        if (quoted) throw new InvalidDataException("Unterminated quoted field at end of file.");
        if (any) { fields.Add(sb.ToString()); yield return fields.ToArray(); }
    }

    /// <summary>Distinct values of one column (by header name, exact), as written in the file.</summary>
    public static HashSet<string> DistinctValues(string path, string column)
    {
        using var e = ReadFile(path).GetEnumerator();
        if (!e.MoveNext()) throw new InvalidDataException($"{path}: empty file.");
        var header = e.Current;
        var index = Array.IndexOf(header, column);
        if (index < 0) throw new InvalidDataException($"{path}: no column '{column}' in header: {string.Join(", ", header)}.");
        var values = new HashSet<string>(StringComparer.Ordinal);
        var line = 1;
        while (e.MoveNext())
        {
            line++;
            var r = e.Current;
            if (r.Length == 1 && r[0].Length == 0) continue; // blank line
            if (r.Length != header.Length)
                throw new InvalidDataException($"{path}: record {line} has {r.Length} fields, header has {header.Length}.");
            values.Add(r[index]);
        }
        return values;
    }

    public static string[] Header(string path) => ReadFile(path).First();
}
