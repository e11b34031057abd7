using System.Text;
using Geo.Formats;
using Geo.Testing;

namespace Geo.Formats.Tests;

public sealed class CsvDetectionTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Utf8_BOM_is_detected_and_stripped()
    {
        var path = _dir.File("bom.csv", "namn,kommun\nÅsa,Luleå\n", new UTF8Encoding(true));
        using var reader = FeatureReaders.Open(path);
        Assert.Contains("Encoding: UTF-8 (BOM)", reader.Notices);
        Assert.Equal(["namn", "kommun"], reader.Fields);
        Assert.Equal([["Åsa", "Luleå"]], TempDir.Rows(reader));
    }

    [Fact]
    public void Utf8_without_BOM_is_detected()
    {
        var path = _dir.File("u.csv", "namn,kommun\nÄlvsbyn,Piteå\n");
        using var reader = FeatureReaders.Open(path);
        Assert.Contains("Encoding: UTF-8 (no BOM; valid UTF-8)", reader.Notices);
        Assert.Equal([["Älvsbyn", "Piteå"]], TempDir.Rows(reader));
    }

    [Fact]
    public void Latin1_file_with_swedish_letters_is_read_as_Windows_1252()
    {
        var latin1 = Encoding.Latin1.GetBytes("kommun;brott\nLuleå;Skadegörelse\nÄlvsbyn;Stöld\n");
        var path = _dir.File("latin1.csv", latin1);
        using var reader = FeatureReaders.Open(path);
        Assert.Contains(reader.Notices, n => n.StartsWith("Encoding: Windows-1252", StringComparison.Ordinal));
        Assert.Equal([["Luleå", "Skadegörelse"], ["Älvsbyn", "Stöld"]], TempDir.Rows(reader));
    }

    [Fact]
    public void Windows_1252_euro_sign_is_decoded()
    {
        var path = _dir.File("cp.csv", [.. "a;b\n"u8, 0x80, (byte)';', 0xE5, (byte)'\n']);
        using var reader = FeatureReaders.Open(path);
        Assert.Equal([["€", "å"]], TempDir.Rows(reader));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf16_BOMs_are_detected(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var path = _dir.File("u16.csv", "a\tb\nö\t1\n", encoding);
        using var reader = FeatureReaders.Open(path);
        Assert.Contains(bigEndian ? "Encoding: UTF-16 BE (BOM)" : "Encoding: UTF-16 LE (BOM)", reader.Notices);
        Assert.Equal(["a", "b"], reader.Fields);
        Assert.Equal([["ö", "1"]], TempDir.Rows(reader));
    }

    [Fact]
    public void Utf16_without_BOM_is_detected_from_zero_bytes()
    {
        var path = _dir.File("u16.csv", new UnicodeEncoding(false, false).GetBytes("kommun;antal\nLuleå;12\n"));
        using var reader = FeatureReaders.Open(path);
        Assert.Contains("Encoding: UTF-16 LE (no BOM; detected from its zero bytes)", reader.Notices);
        Assert.Equal([["Luleå", "12"]], TempDir.Rows(reader));
    }

    [Fact]
    public void Latin1_bytes_after_an_ascii_start_are_read_as_Windows_1252_and_announced()
    {
        var head = Encoding.ASCII.GetBytes("a,b\n" + string.Concat(Enumerable.Repeat("xxxxxxxxx,1\n", 10_000)));
        var path = _dir.File("late.csv", [.. head, (byte)'L', (byte)'u', (byte)'l', 0xE5, (byte)',', 0xF6, (byte)'\n', .. "Piteå,2\n"u8]);
        using var reader = FeatureReaders.Open(path);
        Assert.Contains("Encoding: UTF-8 (no BOM; the first 64 KB are plain ASCII)", reader.Notices);
        var rows = TempDir.Rows(reader);
        Assert.Equal<string?[]>([["Lulå", "ö"], ["Piteå", "2"]], rows[^2..]);
        Assert.Contains(reader.Notices, n => n.StartsWith("Encoding: 2 byte(s) that are not valid UTF-8 were read as Windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_encoding_wins()
    {
        var path = _dir.File("g.csv", Encoding.Latin1.GetBytes("a\nå\n"));
        using var reader = FeatureReaders.Open(path, new FormatHints(Encoding: Encoding.Latin1));
        Assert.Contains("Encoding: iso-8859-1 (given)", reader.Notices);
        Assert.Equal([["å"]], TempDir.Rows(reader));
    }

    [Fact]
    public void Semicolon_with_decimal_comma_is_detected()
    {
        var path = _dir.File("sv.csv", "namn;lat;lon\nLuleå;65,5842;22,1547\nPiteå;65,3172;21,4794\n");
        using var reader = FeatureReaders.Open(path);
        Assert.Contains("Delimiter: ';' (detected)", reader.Notices);
        Assert.Contains("Decimal separator: ',' (detected)", reader.Notices);
        Assert.Equal(',', reader.DecimalSeparator);
        Assert.Equal([["Luleå", "65,5842", "22,1547"], ["Piteå", "65,3172", "21,4794"]], TempDir.Rows(reader));
    }

    [Fact]
    public void Semicolon_with_decimal_point_keeps_the_point()
    {
        var path = _dir.File("sv.csv", "namn;lat;lon\nLuleå;65.5842;22.1547\n");
        using var reader = FeatureReaders.Open(path);
        Assert.Contains("Delimiter: ';' (detected)", reader.Notices);
        Assert.Equal('.', reader.DecimalSeparator);
    }

    [Fact]
    public void Comma_delimiter_means_decimal_point()
    {
        var path = _dir.File("c.csv", "a,b\n\"1,5\",\"2,5\"\n");
        using var reader = FeatureReaders.Open(path);
        Assert.Contains("Delimiter: ',' (detected)", reader.Notices);
        Assert.Equal('.', reader.DecimalSeparator);
    }

    [Fact]
    public void Tab_delimiter_is_detected()
    {
        var path = _dir.File("t.tsv", "id\tx\ty\n1\t1,5\t2\n2\t3\t4\n");
        using var reader = FeatureReaders.Open(path);
        Assert.Contains("Delimiter: tab (detected)", reader.Notices);
        Assert.Equal(["id", "x", "y"], reader.Fields);
        Assert.Equal([["1", "1,5", "2"], ["2", "3", "4"]], TempDir.Rows(reader));
    }

    [Fact]
    public void Pipe_delimiter_is_detected()
    {
        var path = _dir.File("p.txt", "a|b\n1|2\n");
        using var reader = FeatureReaders.Open(path);
        Assert.Contains("Delimiter: '|' (detected)", reader.Notices);
    }

    [Fact]
    public void Consistent_field_counts_win_over_more_fields()
    {
        // The header splits into 3 by ',' but the data lines do not; ';' gives 2 everywhere.
        var path = _dir.File("mix.csv", "name, city;value\nx;1\ny;2\nz, w;3\n");
        using var reader = FeatureReaders.Open(path);
        Assert.Contains("Delimiter: ';' (detected)", reader.Notices);
        Assert.Equal(["name, city", "value"], reader.Fields);
    }

    [Fact]
    public void Quoted_delimiters_do_not_fool_detection()
    {
        var path = _dir.File("q.csv", "type,name,x\n\"Mord; försök\",\"a; b; c\",1\n\"Rån; väpnat\",\"d\",2\n");
        using var reader = FeatureReaders.Open(path);
        Assert.Contains("Delimiter: ',' (detected)", reader.Notices);
    }

    [Fact]
    public void Single_column_file_defaults_to_comma()
    {
        var path = _dir.File("one.csv", "id\n1\n2\n");
        using var reader = FeatureReaders.Open(path);
        Assert.Contains("Delimiter: ',' (default: the header has a single column)", reader.Notices);
        Assert.Equal(2, reader.Read().Count());
    }

    [Fact]
    public void Given_delimiter_and_decimal_separator_win()
    {
        var path = _dir.File("g.csv", "a;b,c\n1;2,5\n");
        using var reader = FeatureReaders.Open(path, new FormatHints(Delimiter: ',', DecimalSeparator: '.'));
        Assert.Contains("Delimiter: ',' (given)", reader.Notices);
        Assert.Contains("Decimal separator: '.' (given)", reader.Notices);
        Assert.Equal(["a;b", "c"], reader.Fields);
    }
}
