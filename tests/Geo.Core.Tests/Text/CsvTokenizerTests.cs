using Geo.Core.Text;

namespace Geo.Core.Tests.Text;

public sealed class CsvTokenizerTests
{
    [Fact]
    public void ReadAllGivesTheLineEachRecordStartsOnAndSkipsComments()
    {
        const string text = "# a comment, with \"quotes\"\r\ncode,label\r\n\r\na,\"two\nlines\"\nb,plain\r# another\nc,\"x\"\"y\"\n";
        var records = CsvTokenizer.ReadAll(new StringReader(text)).ToList();
        Assert.Equal([2, 4, 6, 8], records.Select(r => r.Line));
        Assert.Equal(["code", "label"], records[0].Fields);
        Assert.Equal(["a", "two\nlines"], records[1].Fields);
        Assert.Equal(["b", "plain"], records[2].Fields);
        Assert.Equal(["c", "x\"y"], records[3].Fields);
    }

    [Fact]
    public void CommentsAreDataWhenAskedTo()
    {
        var records = CsvTokenizer.ReadAll(new StringReader("#x,1\ny,2\n"), comments: false).ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal("#x", records[0].Fields[0]);
    }

    [Fact]
    public void AnUnterminatedQuoteIsASyntaxError() =>
        Assert.Throws<CsvSyntaxException>(() => CsvTokenizer.ReadAll(new StringReader("a,\"open\nb,c\n")).ToList());
}
