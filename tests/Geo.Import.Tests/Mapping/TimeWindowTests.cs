using Geo.Core.Domain;
using Geo.Testing;

namespace Geo.Import.Tests.Mapping;

/// <summary>Implausible and unstorable dates are row rejects with a plain reason, never an exception.</summary>
public class TimeWindowTests
{
    private static RowResult<Incident> One(string occurredAt, ImportOptions? options = null)
    {
        var reader = new MemoryReader("in.csv", "source_id", "occurred_at", "category", "x", "y").Row($"1,{occurredAt},theft,830000,7290000");
        using var src = Sources.OpenIncidents(reader, options ?? TestAreas.Options());
        return Assert.Single(src.Rows().ToList());
    }

    private static Reject Rejected(RowResult<Incident> r)
    {
        Assert.Null(r.Value);
        var i = Assert.Single(r.Issues);
        Assert.Equal((RejectAction.Rejected, "in.csv", 1L, "occurred_at"), (i.Action, i.File, i.Row, i.Field));
        Assert.DoesNotContain("must be between year 0 and 10,000", i.Reason);
        Assert.DoesNotContain("Parameter", i.Reason);
        return i;
    }

    [Theory]
    [InlineData("0001-01-01", "0001-01-01")]
    [InlineData("0001-01-01 00:30", "0001-01-01 00:30")]
    [InlineData("1899-12-31", "1899-12-31")]
    [InlineData("0024-05-01T10:00+02:00", "0024-05-01 10:00+02:00")]
    public void DatesBefore1900AreRejected(string text, string shown)
    {
        var i = Rejected(One(text));
        Assert.StartsWith($"occurred_at {shown} is before 1900-01-01, the earliest date accepted", i.Reason);
        Assert.Contains("--earliest-date", i.Reason);
    }

    [Theory]
    [InlineData("9999-12-31 23:30")]
    [InlineData("9999-12-31T23:30-05:00")]
    [InlineData("2999-01-01")]
    public void DatesFarInTheFutureAreRejected(string text)
    {
        var i = Rejected(One(text));
        Assert.Contains("is in the future: after", i.Reason);
        Assert.Contains("now + 1 day(s)", i.Reason);
    }

    [Fact]
    public void TheWindowIsConfigurable()
    {
        var now = new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);
        var options = TestAreas.Options() with { EarliestDate = new DateOnly(1850, 1, 1), MaxDaysAhead = 0.5, Clock = new FixedClock(now) };
        Assert.NotNull(One("1851-07-01", options).Value);
        Assert.NotNull(One("2024-06-01T23:59Z", options).Value);
        Assert.Contains("after 2024-06-02 00:00 UTC, now + 0.5 day(s)", Rejected(One("2024-06-02T00:01Z", options)).Reason);
        Assert.Contains("before 1850-01-01", Rejected(One("1849-12-31", options)).Reason);
        // The default: one day ahead.
        Assert.NotNull(One("2024-06-02T11:59Z", TestAreas.Options() with { Clock = new FixedClock(now) }).Value);
    }

    [Theory]
    [InlineData("0001-01-01T00:00Z")]
    [InlineData("0001-01-01 00:30")]
    [InlineData("0001-01-01")]
    public void TheFirstDayOfYearOneIsNeverStoredEvenWhenTheWindowAllowsIt(string text)
    {
        // 0001-01-01T00:00Z is DateTime.MinValue, which PostgreSQL would store as -infinity; a local time in the first
        // hour of year 1 east of Greenwich lies before it.
        var i = Rejected(One(text, TestAreas.Options() with { EarliestDate = DateOnly.MinValue }));
        Assert.Contains("cannot be stored", i.Reason);
        Assert.Contains("-infinity", i.Reason);
    }

    [Fact]
    public void YearPartsColumnsAreCheckedToo()
    {
        var profile = new Geo.Import.Profiles.MappingProfile { Name = "p", IdColumn = "id", YearColumn = "year", MonthColumn = "month", CategoryColumn = "c", XColumn = "x", YColumn = "y" };
        var reader = new MemoryReader("in.csv", "id", "year", "month", "c", "x", "y").Row("1,1,1,theft,830000,7290000");
        using var src = Sources.OpenIncidents(reader, TestAreas.Options(profile));
        var i = Assert.Single(Assert.Single(src.Rows().ToList()).Issues);
        Assert.Equal(("year,month", RejectAction.Rejected), (i.Field, i.Action));
        Assert.StartsWith("year,month 0001-01-01 is before 1900-01-01", i.Reason);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
