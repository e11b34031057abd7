using Geo.Core.Domain;
using Geo.Testing;

namespace Geo.Import.Tests.Mapping;

/// <summary>A CSV row with more or fewer fields than the header is rejected, not loaded with fields missing.</summary>
public sealed class RaggedRowTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private List<RowResult<Incident>> Read(string body)
    {
        using var src = Sources.OpenIncidents(_dir.File("ragged.csv", "source_id,occurred_at,category,x,y,district\n" + body), TestAreas.Options() with { KeepAttributes = ["district"] });
        return src.Rows().ToList();
    }

    [Fact]
    public void ARowWithTooFewFieldsIsRejectedNamingTheMissingColumns()
    {
        var rows = Read("1,2024-05-01,theft,830000,7290000,Centrum\n2,2024-05-01,theft,830000\n");
        Assert.NotNull(rows[0].Value);
        Assert.Null(rows[1].Value);
        var i = Assert.Single(rows[1].Issues);
        Assert.Equal(("ragged.csv", 2L, "y", RejectAction.Rejected), (i.File, i.Row, i.Field, i.Action));
        Assert.StartsWith("row has 4 fields but the header has 6: 'y', 'district' missing", i.Reason);
    }

    [Fact]
    public void ARowWithTooManyFieldsIsRejected()
    {
        var rows = Read("1,2024-05-01,theft,830000,7290000,Centrum,Norra,extra\n");
        var i = Assert.Single(Assert.Single(rows).Issues);
        Assert.Equal(("column 7", "Norra | extra", RejectAction.Rejected), (i.Field, i.Value, i.Action));
        Assert.StartsWith("row has 8 fields but the header has 6: 2 field(s) more than there are columns", i.Reason);
    }

    [Fact]
    public void EmptyFieldsAfterTheLastColumnAreTolerated()
    {
        var row = Assert.Single(Read("1,2024-05-01,theft,830000,7290000,Centrum,,\n"));
        Assert.Equal("{\"district\":\"Centrum\"}", row.Value!.Attributes);
        Assert.Empty(row.Issues);
    }
}
