using Geo.Core.Domain;
using Geo.Formats.Text;
using Geo.Import.Mapping;
using Geo.Import.Profiles;
using Geo.Testing;

namespace Geo.Import.Tests.Mapping;

public class LocalTimeTests
{
    [Fact]
    public void LocalTimeIsConvertedWithTheOffsetInForce()
    {
        var c = new LocalTimeConverter(TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"));
        Assert.Equal(TimeSpan.FromHours(1), c.ToInstant(new DateTime(2024, 1, 15, 12, 0, 0), out var k).Offset);
        Assert.Equal(LocalTimeKind.Normal, k);
        Assert.Equal(TimeSpan.FromHours(2), c.ToInstant(new DateTime(2024, 7, 15, 12, 0, 0), out _).Offset);
        // Cached slot reused for the same quarter hour of another day must not leak its offset.
        Assert.Equal(TimeSpan.FromHours(1), c.ToInstant(new DateTime(2024, 1, 15, 12, 5, 0), out _).Offset);
    }

    [Fact]
    public void NonexistentSpringForwardTimeIsReadWithTheOffsetBeforeTheGap()
    {
        // 2024-03-31 02:30 does not exist in Stockholm (02:00 → 03:00): read as +01:00 = 01:30 UTC = 03:30 CEST.
        var c = new LocalTimeConverter(TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"));
        var i = c.ToInstant(new DateTime(2024, 3, 31, 2, 30, 0), out var kind);
        Assert.Equal(LocalTimeKind.Nonexistent, kind);
        Assert.Equal(new DateTimeOffset(2024, 3, 31, 1, 30, 0, TimeSpan.Zero), i.ToUniversalTime());
    }

    [Fact]
    public void AmbiguousFallBackTimeIsTheFirstOccurrence()
    {
        // 2024-10-27 02:30 occurs twice in Stockholm (03:00 CEST → 02:00 CET): the first, +02:00 = 00:30 UTC.
        var c = new LocalTimeConverter(TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"));
        var i = c.ToInstant(new DateTime(2024, 10, 27, 2, 30, 0), out var kind);
        Assert.Equal(LocalTimeKind.Ambiguous, kind);
        Assert.Equal(new DateTimeOffset(2024, 10, 27, 0, 30, 0, TimeSpan.Zero), i.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(1), c.ToInstant(new DateTime(2024, 10, 27, 3, 30, 0), out _).Offset);
    }

    [Fact]
    public void DstEdgeCasesAreWarningsOnTheRowAndCountedInNotices()
    {
        var r = new MemoryReader("in.csv", "source_id", "occurred_at", "category", "x", "y")
            .Row("1,2024-03-31 02:30,theft,830000,7290000")
            .Row("2,2024-10-27 02:30,theft,830000,7290000");
        using var src = Sources.OpenIncidents(r, TestAreas.Options());
        var rows = src.Rows().ToList();
        Assert.Equal(new DateTimeOffset(2024, 3, 31, 1, 30, 0, TimeSpan.Zero), rows[0].Value!.OccurredAt.ToUniversalTime());
        var w = Assert.Single(rows[0].Issues);
        Assert.Equal((RejectAction.Warning, "occurred_at", "2024-03-31 02:30"), (w.Action, w.Field, w.Value));
        Assert.Contains("does not exist in Europe/Stockholm", w.Reason);
        Assert.Contains("+01:00 (03:30 after the change)", w.Reason);
        Assert.Contains("occurs twice in Europe/Stockholm", Assert.Single(rows[1].Issues).Reason);
        Assert.Contains(src.Notices, n => n.Contains("1 local time(s) fell in a daylight-saving gap"));
    }

    [Fact]
    public void ProfileTimeZoneAndDatePartsColumns()
    {
        var profile = new MappingProfile
        {
            Name = "parts", IdColumn = "id", CategoryColumn = "c", XColumn = "x", YColumn = "y", TimeZone = "America/Vancouver",
            YearColumn = "YEAR", MonthColumn = "MONTH", DayColumn = "DAY", HourColumn = "HOUR", MinuteColumn = "MINUTE",
        };
        var r = new MemoryReader("v.csv", "id", "c", "x", "y", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE")
            .Row("1,theft,830000,7290000,2020,6,19,3,40")
            .Row("2,theft,830000,7290000,2020,6,19,,")
            .Row("3,theft,830000,7290000,2020,6,31,3,40");
        using var src = Sources.OpenIncidents(r, TestAreas.Options(profile));
        var rows = src.Rows().ToList();
        Assert.Equal(new DateTimeOffset(2020, 6, 19, 10, 40, 0, TimeSpan.Zero), rows[0].Value!.OccurredAt.ToUniversalTime());
        Assert.Equal(TimePrecision.Minute, rows[0].Value!.TimePrecision);
        Assert.Equal(TimePrecision.Day, rows[1].Value!.TimePrecision);
        Assert.Null(rows[2].Value);
        var i = Assert.Single(rows[2].Issues);
        Assert.Equal(("YEAR,MONTH,DAY,HOUR,MINUTE", "2020,6,31,3,40"), (i.Field, i.Value));
        Assert.Contains(src.Notices, n => n.Contains("local time in America/Vancouver (profile)"));
    }

    [Fact]
    public void TimePrecisionColumnOverridesTheFormat()
    {
        var r = new MemoryReader("in.csv", "source_id", "occurred_at", "category", "x", "y", "time_precision")
            .Row("1,2024-05-01 22:00,theft,830000,7290000,day")
            .Row("2,2024-05-01 22:00,theft,830000,7290000,fortnight");
        using var src = Sources.OpenIncidents(r, TestAreas.Options());
        var rows = src.Rows().ToList();
        Assert.Equal(TimePrecision.Day, rows[0].Value!.TimePrecision);
        Assert.Equal(("time_precision", "fortnight"), (rows[1].Issues[0].Field, rows[1].Issues[0].Value));
    }
}
