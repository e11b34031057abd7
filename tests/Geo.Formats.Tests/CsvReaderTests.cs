using System.Text;
using Geo.Formats;
using Geo.Testing;

namespace Geo.Formats.Tests;

public sealed class CsvReaderTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Reads_header_and_rows_with_row_numbers()
    {
        var path = _dir.File("a.csv", "id,name\n1,Luleå\n2,Piteå\n");
        using var reader = FeatureReaders.Open(path);
        Assert.Equal(["id", "name"], reader.Fields);
        Assert.False(reader.HasGeometry);
        Assert.Null(reader.DeclaredSrid);
        var rows = new List<(long, string, string)>();
        foreach (var row in reader.Read()) rows.Add((row.Row, row.Text(0), row.Text(1)));
        Assert.Equal([(1L, "1", "Luleå"), (2L, "2", "Piteå")], rows);
        Assert.Equal("a.csv", reader.FileName);
        Assert.Equal(reader.TotalBytes, reader.BytesRead);
    }

    [Fact]
    public void Quoted_fields_keep_delimiters_quotes_and_line_breaks()
    {
        var text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"line1\r\nline2\nline3\"\r\n\"\",plain,\"\"\"\"\r\n";
        var path = _dir.File("q.csv", text);
        using var reader = FeatureReaders.Open(path);
        var rows = reader.Read().Select(r => (r.Row, r.Text(0), r.Text(1), r.Text(2))).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal((1L, "x, y", "say \"hi\"", "line1\r\nline2\nline3"), rows[0]);
        Assert.Equal((2L, "", "plain", "\""), rows[1]);
    }

    [Fact]
    public void Handles_LF_CRLF_lone_CR_and_missing_final_newline()
    {
        var path = _dir.File("n.csv", "a,b\r\n1,2\n3,4\r5,6");
        using var reader = FeatureReaders.Open(path);
        Assert.Equal([["1", "2"], ["3", "4"], ["5", "6"]], TempDir.Rows(reader));
    }

    [Fact]
    public void Trailing_empty_fields_and_ragged_rows_show_in_FieldCount()
    {
        var path = _dir.File("r.csv", "a,b,c\n1,,\n1\n1,2,3,4\n,\n");
        using var reader = FeatureReaders.Open(path);
        var rows = new List<(int Count, bool NullC, string Last)>();
        foreach (var row in reader.Read()) rows.Add((row.FieldCount, row.IsNull(2), row.Text(row.FieldCount - 1)));
        Assert.Equal([(3, false, ""), (1, true, "1"), (4, false, "4"), (2, true, "")], rows);
    }

    [Fact]
    public void Fields_past_the_end_are_empty_and_null()
    {
        var path = _dir.File("s.csv", "a,b\n1\n");
        using var reader = FeatureReaders.Open(path);
        var row = Assert.Single(reader.Read().Select(r => (r.Span(1).Length, r.IsNull(1), r.IsNull(0), r.Span(-1).Length)).ToList());
        Assert.Equal((0, true, false, 0), row);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_counted()
    {
        var path = _dir.File("b.csv", "a\n\n1\n\r\n\n2\n\n");
        using var reader = FeatureReaders.Open(path);
        Assert.Equal([(2L, "1"), (5L, "2")], reader.Read().Select(r => (r.Row, r.Text(0))).ToList());
    }

    [Fact]
    public void Header_names_are_trimmed_and_BOM_stripped()
    {
        var path = _dir.File("h.csv", "\uFEFF a , b\t\n1,2\n", new UTF8Encoding(false));
        using var reader = FeatureReaders.Open(path);
        Assert.Equal(["a", "b"], reader.Fields);
    }

    [Fact]
    public void Unterminated_quote_names_file_and_row()
    {
        var path = _dir.File("bad.csv", "id,text\n1,ok\n2,\"never closed\n3,more\n");
        using var reader = FeatureReaders.Open(path);
        var e = Assert.Throws<InputFormatException>(() => reader.Read().Count());
        Assert.Equal("bad.csv", e.File);
        Assert.Equal(2, e.Row);
        Assert.Contains("bad.csv, row 2", e.Message);
        Assert.Contains("unterminated quoted field in column 'text'", e.Message);
    }

    [Fact]
    public void A_runaway_quote_stops_at_the_record_size_limit()
    {
        var path = Path.Combine(_dir.Path, "runaway.csv");
        using (var writer = new StreamWriter(path))
        {
            writer.Write("id,text\n1,\"runaway\n");
            var line = new string('x', 1000) + "\n";
            for (var i = 0; i < 17_000; i++) writer.Write(line);
        }

        using var reader = FeatureReaders.Open(path);
        var e = Assert.Throws<InputFormatException>(() => reader.Read().Count());
        Assert.Equal(1, e.Row);
        Assert.Contains("longer than 16 million characters", e.Message);
    }

    [Fact]
    public void Rows_before_an_unterminated_quote_are_still_read()
    {
        var path = _dir.File("bad2.csv", "id,text\n1,ok\n2,\"never closed");
        using var reader = FeatureReaders.Open(path);
        var seen = new List<string>();
        Assert.Throws<InputFormatException>(() => { foreach (var row in reader.Read()) seen.Add(row.Text(0)); });
        Assert.Equal(["1"], seen);
    }

    [Fact]
    public void Duplicate_header_is_a_clear_error()
    {
        var path = _dir.File("dup.csv", "id,x,y,X\n1,2,3,4\n");
        var e = Assert.Throws<InputFormatException>(() => FeatureReaders.Open(path));
        Assert.Equal(0, e.Row);
        Assert.Contains("duplicate column name 'X' (columns 2 and 4)", e.Message);
    }

    [Fact]
    public void Empty_header_name_is_a_clear_error()
    {
        var path = _dir.File("empty.csv", "id,,y\n1,2,3\n");
        var e = Assert.Throws<InputFormatException>(() => FeatureReaders.Open(path));
        Assert.Contains("column 2 of the header has an empty name", e.Message);
    }

    [Fact]
    public void Empty_first_header_name_is_named_row_name_but_only_the_first()
    {
        using var reader = FeatureReaders.Open(_dir.File("rnames.csv", ",x,y\n1,2,3\n"));
        Assert.Equal(["row_name", "x", "y"], reader.Fields);
        var e = Assert.Throws<InputFormatException>(() => FeatureReaders.Open(_dir.File("rnames2.csv", ",x,\n1,2,3\n")));
        Assert.Contains("column 3 of the header has an empty name", e.Message);
    }

    [Fact]
    public void A_first_row_of_numbers_is_not_a_header()
    {
        var path = _dir.File("noheader.csv", "674863.05;6583484,73\n1;2\n");
        var e = Assert.Throws<InputFormatException>(() => FeatureReaders.Open(path));
        Assert.Contains("holds numbers, not column names", e.Message);
    }

    [Fact]
    public void Empty_file_needs_a_header()
    {
        var path = _dir.File("nothing.csv", "");
        var e = Assert.Throws<InputFormatException>(() => FeatureReaders.Open(path));
        Assert.Contains("header row", e.Message);
    }

    [Fact]
    public void Header_only_file_has_no_rows()
    {
        var path = _dir.File("h.csv", "a;b\r\n");
        using var reader = FeatureReaders.Open(path);
        Assert.Equal(["a", "b"], reader.Fields);
        Assert.Empty(reader.Read());
    }

    [Fact]
    public void Read_twice_is_refused()
    {
        var path = _dir.File("t.csv", "a\n1\n");
        using var reader = FeatureReaders.Open(path);
        _ = reader.Read().Count();
        Assert.Throws<InvalidOperationException>(() => reader.Read());
    }

    [Fact]
    public void Records_larger_than_the_buffer_and_many_fields_are_read()
    {
        var big = new string('x', 300_000);
        var many = string.Join(",", Enumerable.Range(0, 500));
        var header = string.Join(",", Enumerable.Range(0, 500).Select(i => "c" + i));
        var path = _dir.File("big.csv", $"{header}\n\"{big}\"\"{big}\",1\n{many}\n");
        using var reader = FeatureReaders.Open(path);
        var rows = TempDir.Rows(reader);
        Assert.Equal(big + "\"" + big, rows[0][0]);
        Assert.Equal(500, rows[1].Length);
        Assert.Equal("499", rows[1][499]);
    }

    [Fact]
    public void Buffer_boundaries_do_not_change_the_result()
    {
        // Many rows with quoted fields, doubled quotes and CRLF straddling the 64 K buffer edges.
        var sb = new StringBuilder("id,text,n\r\n");
        var expected = new List<string?[]>();
        for (var i = 0; i < 20_000; i++)
        {
            var text = i % 3 == 0 ? $"a \"\"q\"\" {i}" : i % 3 == 1 ? $"line\r\nbreak {i}" : $"p{i}";
            sb.Append(i).Append(",\"").Append(text).Append("\",").Append(i % 7 == 0 ? "" : "1.5").Append("\r\n");
            expected.Add([i.ToString(System.Globalization.CultureInfo.InvariantCulture), text.Replace("\"\"", "\""), i % 7 == 0 ? "" : "1.5"]);
        }

        var path = _dir.File("edges.csv", sb.ToString());
        using var reader = FeatureReaders.Open(path);
        Assert.Equal(expected, TempDir.Rows(reader));
    }

    [Fact]
    public void Stray_text_after_a_closing_quote_is_kept()
    {
        var path = _dir.File("stray.csv", "a,b\n\"x\"y,2\nab\"c,3\n");
        using var reader = FeatureReaders.Open(path);
        Assert.Equal([["xy", "2"], ["ab\"c", "3"]], TempDir.Rows(reader));
    }

    [Fact]
    public void Gzip_csv_is_decompressed_and_progress_counts_compressed_bytes()
    {
        var text = "a,b\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"{i},{i * 2}\n"));
        var path = _dir.Gzip("g.csv.gz", Encoding.UTF8.GetBytes(text));
        using var reader = FeatureReaders.Open(path);
        Assert.Contains("Compression: gzip", reader.Notices);
        Assert.Equal(10_000, reader.Read().Count());
        Assert.Equal(new FileInfo(path).Length, reader.TotalBytes);
        Assert.Equal(reader.TotalBytes, reader.BytesRead);
    }

    [Fact]
    public void Gzip_is_detected_by_magic_bytes_whatever_the_name()
    {
        var path = _dir.Gzip("g.csv", "a,b\n1,2\n"u8.ToArray());
        using var reader = FeatureReaders.Open(path);
        Assert.Equal([["1", "2"]], TempDir.Rows(reader));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        var path = _dir.File("c.csv", "a\n" + string.Concat(Enumerable.Repeat("1\n", 5000)));
        using var reader = FeatureReaders.Open(path);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => reader.Read(cts.Token).Count());
    }
}
