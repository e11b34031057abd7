namespace Geo.Core.Tests.Taxonomy;

public class CsvRecordsTests
{
    [Fact]
    public void Reads_quoted_fields_with_commas_quotes_and_line_breaks()
    {
        var text = "id,type,summary\r\n1,\"Mord/dråp, försök\",\"Sa \"\"hej\"\"\nrad två\"\n2,Brand,\n";
        var records = CsvRecords.Read(new StringReader(text)).ToList();
        Assert.Equal(3, records.Count);
        Assert.Equal(new[] { "1", "Mord/dråp, försök", "Sa \"hej\"\nrad två" }, records[1]);
        Assert.Equal(new[] { "2", "Brand", "" }, records[2]);
    }

    [Fact]
    public void Last_record_without_newline_is_read()
    {
        var records = CsvRecords.Read(new StringReader("a,b\n1,2")).ToList();
        Assert.Equal(new[] { "1", "2" }, records[1]);
    }

    [Fact]
    public void Unterminated_quote_is_an_error()
    {
        Assert.Throws<InvalidDataException>(() => CsvRecords.Read(new StringReader("a,b\n1,\"2\n")).ToList());
    }
}
