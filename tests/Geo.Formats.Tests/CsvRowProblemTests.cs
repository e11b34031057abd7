using System.Text;
using Geo.Testing;

namespace Geo.Formats.Tests;

/// <summary>What a CSV row says about itself: ragged field counts and text whose encoding disagrees with the file's.</summary>
public sealed class CsvRowProblemTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static List<(long Row, string[] Fields, string?[] Problems)> Read(IFeatureReader reader) =>
        reader.Read().Select(r => (r.Row,
            Enumerable.Range(0, r.FieldCount).Select(r.Text).ToArray(),
            Enumerable.Range(0, r.FieldCount).Select(r.TextProblem).ToArray())).ToList();

    [Fact]
    public void RaggedRowsShowTheirExpectedFieldCount()
    {
        using var reader = FeatureReaders.Open(_dir.File("r.csv", "a,b,c\n1,2,3\n1,2\n1,2,3,4\n"));
        var rows = reader.Read().Select(r => (r.FieldCount, r.ExpectedFieldCount, r.IsRagged)).ToList();
        Assert.Equal([(3, 3, false), (2, 3, true), (4, 3, true)], rows);
    }

    [Fact]
    public void Latin1BytesInAFileWithUtf8TextAreTextProblems()
    {
        byte[] bytes = [.. "namn,kommun\nÅsa,Luleå\nBo,Pite"u8, 0xE5, .. "\nEva,Boden\n"u8];
        using var reader = FeatureReaders.Open(_dir.File("mixed.csv", bytes));
        var rows = Read(reader);
        Assert.Equal(["Åsa", "Luleå"], rows[0].Fields);
        Assert.All(rows[0].Problems, Assert.Null);
        Assert.Equal(["Bo", "Piteå"], rows[1].Fields); // the Windows-1252 reading, flagged
        Assert.Null(rows[1].Problems[0]);
        Assert.StartsWith("holds bytes that are not valid UTF-8 (0xE5 ('å' in Windows-1252)), although the file is UTF-8", rows[1].Problems[1]);
        Assert.All(rows[2].Problems, Assert.Null);
        Assert.Contains(reader.Notices, n => n.StartsWith("Encoding: 1 byte(s) that are not valid UTF-8 in 1 row(s) (the first in row 2) of a UTF-8 file", StringComparison.Ordinal));
    }

    [Fact]
    public void Latin1BytesAfterAUtf8StartBeyondTheSampleAreTextProblems()
    {
        var head = Encoding.UTF8.GetBytes("a,b\nLuleå,1\n" + string.Concat(Enumerable.Repeat("xxxxxxxxx,1\n", 10_000)));
        using var reader = FeatureReaders.Open(_dir.File("late.csv", [.. head, (byte)'P', (byte)'i', (byte)'t', (byte)'e', 0xE5, (byte)',', (byte)'2', (byte)'\n']));
        Assert.Contains("Encoding: UTF-8 (no BOM; valid UTF-8)", reader.Notices);
        var last = Read(reader)[^1];
        Assert.Equal(["Piteå", "2"], last.Fields);
        Assert.Contains("although the file is UTF-8 (its first 64 KB hold valid UTF-8 text)", last.Problems[0]);
    }

    [Fact]
    public void AGivenUtf8EncodingFlagsInvalidBytesInsteadOfReplacingThem()
    {
        using var reader = FeatureReaders.Open(_dir.File("g.csv", [.. "a\nLule"u8, 0xE5, (byte)'\n']), new FormatHints(Encoding: new UTF8Encoding(false)));
        var row = Assert.Single(Read(reader));
        Assert.Equal("Luleå", row.Fields[0]);
        Assert.Contains("although the file is UTF-8 (the encoding was given as UTF-8)", row.Problems[0]);
    }

    [Fact]
    public void Utf8TextInAWindows1252FileIsATextProblem()
    {
        byte[] bytes = [.. "namn\nLule"u8, 0xE5, (byte)'\n', .. "Pite"u8, 0xE5, (byte)'\n', .. "Skellefteå\n"u8];
        using var reader = FeatureReaders.Open(_dir.File("w.csv", bytes));
        Assert.Contains(reader.Notices, n => n.StartsWith("Encoding: Windows-1252", StringComparison.Ordinal));
        var rows = Read(reader);
        Assert.Equal(["Luleå", "Piteå", "Skellefteå"], rows.Select(r => r.Fields[0]));
        Assert.Null(rows[0].Problems[0]);
        Assert.Null(rows[1].Problems[0]);
        Assert.Equal("holds UTF-8 text ('å'), although the file is Windows-1252 (its first 64 KB are not valid UTF-8): the file mixes encodings; convert it to one encoding and import it again", rows[2].Problems[0]);
        Assert.Contains(reader.Notices, n => n.StartsWith("Encoding: 1 row(s) hold UTF-8 text in a Windows-1252 file (the first is row 3)", StringComparison.Ordinal));
    }
}
