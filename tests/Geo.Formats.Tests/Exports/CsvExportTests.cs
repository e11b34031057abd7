using System.Globalization;
using System.Text;
using System.Text.Json;
using Geo.Formats.Exports;
using Geo.Testing;

namespace Geo.Formats.Tests.Exports;

/// <summary>CSV exports read back by a parser configured as Swedish Excel and as a standard CSV reader.</summary>
public sealed class CsvExportTests
{
    private static async Task<(byte[] Bytes, List<string[]> Records)> Write(TempDir dir, string lang, string dialect)
    {
        var path = Path.Combine(dir.Path, $"export-{lang}-{dialect}.csv");
        Assert.Equal(ExportFixture.Values.Length, await ExportFixture.WriteAsync(ExportFormats.Csv, path, ExportFixture.Options(lang, dialect)));
        var bytes = await File.ReadAllBytesAsync(path);
        var parser = dialect == ExportFormats.ExcelSv ? SpreadsheetCsvParser.SwedishExcel : SpreadsheetCsvParser.Standard;
        return (bytes, parser.Read(bytes));
    }

    /// <summary>What a reader should see in a cell: the number (rounded to the column's decimals), the mark, the date text, the word.</summary>
    private static void AssertCell(ExportColumn column, object? planted, string cell, SpreadsheetCsvParser parser, string lang)
    {
        switch (planted)
        {
            case null: Assert.Equal("", cell); return;
            case ExportSuppressed s: Assert.Equal(s.Reason == ExportHidden.Small ? "<5" : "..", cell); return;
            case string t: Assert.Equal(t.Length > 0 && "=+-@\t".Contains(t[0]) ? "'" + t : t, cell); return;
            case bool b: Assert.Equal(lang == "en" ? (b ? "true" : "false") : (b ? "ja" : "nej"), cell); return;
            case DateOnly d: Assert.Equal($"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}", cell); return;
            case DateTimeOffset t:
                var u = t.ToUniversalTime();
                Assert.Equal($"{u.Year:D4}-{u.Month:D2}-{u.Day:D2} {u.Hour:D2}:{u.Minute:D2}:{u.Second:D2}", cell);
                return;
        }
        var expected = Convert.ToDouble(planted, CultureInfo.InvariantCulture);
        var number = parser.Number(cell);
        Assert.True(number.HasValue, $"{column.Name}: '{cell}' is not a number in this dialect");
        var decimals = column.Kind switch { ExportKind.Decimal => column.Decimals, ExportKind.Percent => column.Decimals + 2, _ => 0 };
        Assert.Equal(expected, number.Value, 0.5 * Math.Pow(10, -decimals) + 1e-9);
        var written = cell.Split(parser == SpreadsheetCsvParser.SwedishExcel ? ',' : '.');
        Assert.Equal(decimals, written.Length == 2 ? written[1].Length : 0);
    }

    [Theory]
    [InlineData("sv", ExportFormats.ExcelSv)]
    [InlineData("sv", ExportFormats.Standard)]
    [InlineData("en", ExportFormats.ExcelSv)]
    [InlineData("en", ExportFormats.Standard)]
    public async Task Each_dialect_reads_back_the_planted_numbers_dates_marks_and_words(string lang, string dialect)
    {
        using var dir = new TempDir();
        var (bytes, records) = await Write(dir, lang, dialect);
        var parser = dialect == ExportFormats.ExcelSv ? SpreadsheetCsvParser.SwedishExcel : SpreadsheetCsvParser.Standard;
        Assert.True(SpreadsheetCsvParser.HasBom(bytes));
        Assert.Equal(ExportFixture.Values.Length + 1, records.Count);
        Assert.Equal(ExportFixture.Columns.Select(c => c.Label(lang)), records[0]);
        for (var r = 0; r < ExportFixture.Values.Length; r++)
        {
            Assert.Equal(ExportFixture.Columns.Length, records[r + 1].Length);
            for (var c = 0; c < ExportFixture.Columns.Length; c++)
                AssertCell(ExportFixture.Columns[c], ExportFixture.Values[r][c], records[r + 1][c], parser, lang);
        }
        // CRLF line ends: the only bare LF is the one inside the quoted multi-line text.
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Equal(1, text.Split('\n').Length - text.Split("\r\n").Length);
    }

    [Fact]
    public async Task Both_dialects_give_the_same_values()
    {
        using var dir = new TempDir();
        var (_, sv) = await Write(dir, "sv", ExportFormats.ExcelSv);
        var (_, en) = await Write(dir, "sv", ExportFormats.Standard);
        for (var r = 1; r < sv.Count; r++)
            for (var c = 0; c < sv[r].Length; c++)
            {
                var a = SpreadsheetCsvParser.SwedishExcel.Number(sv[r][c]);
                var b = SpreadsheetCsvParser.Standard.Number(en[r][c]);
                if (a is null || b is null) Assert.Equal(sv[r][c], en[r][c]);
                else Assert.Equal(a.Value, b.Value);
            }
    }

    [Theory]
    [InlineData(ExportFormats.ExcelSv)]
    [InlineData(ExportFormats.Standard)]
    public async Task No_text_cell_starts_a_formula_and_numbers_stay_numbers(string dialect)
    {
        using var dir = new TempDir();
        var (_, records) = await Write(dir, "sv", dialect);
        var parser = dialect == ExportFormats.ExcelSv ? SpreadsheetCsvParser.SwedishExcel : SpreadsheetCsvParser.Standard;
        foreach (var record in records.Skip(1))
            foreach (var cell in record)
                if (parser.Number(cell) is null)
                    Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0]), $"text cell '{cell}' starts a formula");
        Assert.Equal("'=1+2", records[2][1]);
        Assert.Equal("-42", records[4][2]);
        Assert.Equal(-1234567.891, parser.Number(records[5][4])!.Value, 0.006);
    }

    [Fact]
    public async Task A_path_gets_the_metadata_sidecar_a_stream_does_not_and_a_second_table_is_refused()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "geo_run57_indicators.csv");
        await ExportFixture.WriteAsync(ExportFormats.Csv, path, ExportFixture.Options());
        var sidecar = Path.Combine(dir.Path, "geo_run57_indicators.metadata.json");
        Assert.Equal(sidecar, ExportWriters.SidecarPath(path));
        using (var doc = JsonDocument.Parse(await File.ReadAllBytesAsync(sidecar)))
        {
            Assert.Equal(ExportFixture.Entries.Select(e => e.Key), doc.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal(57, doc.RootElement.GetProperty("run_id").GetInt32());
            Assert.Equal(250, doc.RootElement.GetProperty("parameters").GetProperty("bandwidth_m").GetInt32());
            Assert.Equal(12, doc.RootElement.GetProperty("sources")[0].GetProperty("batch").GetInt32());
            Assert.Equal("2026-11-27T01:50:00Z", doc.RootElement.GetProperty("created_at").GetString());
            Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("note").ValueKind);
        }

        using var stream = new MemoryStream();
        await using (var w = ExportWriters.Create(ExportFormats.Csv, stream, ExportFixture.Options("en")))
        {
            Assert.Equal(8, await w.WriteTableAsync(ExportFixture.Table()));
            var e = await Assert.ThrowsAsync<InvalidOperationException>(() => w.WriteTableAsync(ExportFixture.Table(name: "other")));
            Assert.Contains("exactly one table", e.Message, StringComparison.Ordinal);
        }
        Assert.True(stream.CanWrite, "the stream is left open");
        Assert.Equal(2, Directory.GetFiles(dir.Path).Length);
        Assert.Equal(9, SpreadsheetCsvParser.Standard.Read(stream.ToArray()).Count);
    }
}
