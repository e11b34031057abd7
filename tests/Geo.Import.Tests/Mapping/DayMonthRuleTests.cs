using Geo.Core.Domain;
using Geo.Import.Profiles;
using Geo.Testing;

namespace Geo.Import.Tests.Mapping;

/// <summary>03/04/2023 is read in the order the column decides, or rejected when nothing decides it.</summary>
public sealed class DayMonthRuleTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private List<RowResult<Incident>> ReadFile(string dates, MappingProfile? profile = null)
    {
        var csv = "source_id,occurred_at,category,x,y\n" + string.Concat(dates.Split('|').Select((d, i) => $"{i + 1},{d},theft,830000,7290000\n"));
        using var src = Sources.OpenIncidents(_dir.File("dates.csv", csv), TestAreas.Options(profile));
        return src.Rows().ToList();
    }

    private static DateTime Local(RowResult<Incident> r) => r.Value!.OccurredAt.ToOffset(TimeSpan.FromHours(2)).DateTime;

    [Fact]
    public void AnAmbiguousDateIsRejectedWhenNoValueDecides()
    {
        var rows = ReadFile("03/04/2023|05/06/2023|07/07/2023");
        var i = Assert.Single(rows[0].Issues);
        Assert.Equal(("dates.csv", 1L, "occurred_at", "03/04/2023", RejectAction.Rejected), (i.File, i.Row, i.Field, i.Value, i.Action));
        Assert.StartsWith("ambiguous date '03/04/2023' in occurred_at: it can be 3 April (day first) or 4 March (month first), and no value in the column decides the order", i.Reason);
        Assert.Contains("dateFormats", i.Reason);
        Assert.Null(rows[1].Value);
        // Equal day and month read the same either way.
        Assert.Equal(new DateTime(2023, 7, 7), Local(rows[2]).Date);
    }

    [Fact]
    public void AnAmbiguousDateWithoutLookAheadIsRejectedToo()
    {
        var reader = new MemoryReader("in.csv", "source_id", "occurred_at", "category", "x", "y")
            .Row("1,03/04/2023,theft,830000,7290000").Row("2,25/12/2023,theft,830000,7290000").Row("3,05/06/2023,theft,830000,7290000");
        using var src = Sources.OpenIncidents(reader, TestAreas.Options());
        var rows = src.Rows().ToList();
        Assert.Contains("no value in the column decides the order before this row", Assert.Single(rows[0].Issues).Reason);
        Assert.Equal(new DateTime(2023, 6, 5), Local(rows[2]).Date);
    }

    [Fact]
    public void ALaterDayFirstValueDecidesTheWholeColumn()
    {
        var rows = ReadFile("03/04/2023 22:15|25/12/2023|05/06/2023");
        Assert.All(rows, r => Assert.Empty(r.Issues));
        Assert.Equal(new DateTime(2023, 4, 3, 22, 15, 0), Local(rows[0]));
        Assert.Equal(new DateTime(2023, 6, 5), Local(rows[2]).Date);
    }

    [Fact]
    public void ALaterMonthFirstValueDecidesTheWholeColumn()
    {
        var rows = ReadFile("03/04/2023|12/25/2023");
        Assert.All(rows, r => Assert.Empty(r.Issues));
        Assert.Equal(new DateTime(2023, 3, 4), Local(rows[0]).Date);
    }

    [Fact]
    public void AValueAgainstTheColumnsOrderIsRejected()
    {
        var rows = ReadFile("25/12/2023|12/25/2023");
        Assert.NotNull(rows[0].Value);
        var i = Assert.Single(rows[1].Issues);
        Assert.Equal(("occurred_at", RejectAction.Rejected), (i.Field, i.Action));
        Assert.StartsWith("date '12/25/2023' in occurred_at has the month first, but the column has the day first (row 1: '25/12/2023')", i.Reason);
    }

    [Fact]
    public void TheProfilesDateFormatDecides()
    {
        var profile = new MappingProfile { Name = "p", IdColumn = "source_id", DateFormats = ["d/M/yyyy"] };
        var rows = ReadFile("03/04/2023", profile);
        Assert.Equal(new DateTime(2023, 4, 3), Local(Assert.Single(rows)).Date);
    }
}
