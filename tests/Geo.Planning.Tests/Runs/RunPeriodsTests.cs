using Geo.Planning.Runs;

namespace Geo.Planning.Tests.Runs;

/// <summary>
/// The default periods of a run: the last 12 full calendar months the data covers (the month of the last day of data
/// counts only when that day ends its month) and the period of the same length just before. Exact dates, no tolerance.
/// </summary>
public sealed class RunPeriodsTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // Data to the end of a month: that month is the last of the period.
    [InlineData("2025-12-31", 12, "2025-01-01", "2025-12-31")]
    [InlineData("2025-06-30", 12, "2024-07-01", "2025-06-30")]
    // Mid-month and the first day of a month: the period ends with the month before.
    [InlineData("2024-07-10", 12, "2023-07-01", "2024-06-30")]
    [InlineData("2025-03-01", 12, "2024-03-01", "2025-02-28")]
    [InlineData("2025-12-30", 12, "2024-12-01", "2025-11-30")]
    // Leap years: 29 February ends February 2024; the 28th does not; in 2023 the 28th does.
    [InlineData("2024-02-29", 12, "2023-03-01", "2024-02-29")]
    [InlineData("2024-02-28", 12, "2023-02-01", "2024-01-31")]
    [InlineData("2023-02-28", 12, "2022-03-01", "2023-02-28")]
    [InlineData("2024-03-15", 12, "2023-03-01", "2024-02-29")]
    // Year boundaries.
    [InlineData("2025-01-15", 12, "2024-01-01", "2024-12-31")]
    [InlineData("2025-01-31", 12, "2024-02-01", "2025-01-31")]
    [InlineData("2025-01-01", 12, "2024-01-01", "2024-12-31")]
    // Other lengths.
    [InlineData("2025-03-31", 1, "2025-03-01", "2025-03-31")]
    [InlineData("2025-03-30", 1, "2025-02-01", "2025-02-28")]
    [InlineData("2025-12-31", 24, "2024-01-01", "2025-12-31")]
    public void LastFullMonths_ends_with_the_last_full_month_of_data(string lastDay, int months, string from, string to)
    {
        var p = RunPeriods.LastFullMonths(D(lastDay), months);
        Assert.Equal((D(from), D(to)), (p.From, p.To));
    }

    [Fact]
    public void LastFullMonths_refuses_fewer_than_one_month() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RunPeriods.LastFullMonths(D("2025-12-31"), 0));

    [Theory]
    // Whole months: the same number of months just before.
    [InlineData("2025-01-01", "2025-12-31", "2024-01-01", "2024-12-31")]
    [InlineData("2023-03-01", "2024-02-29", "2022-03-01", "2023-02-28")]
    [InlineData("2024-01-01", "2024-06-30", "2023-07-01", "2023-12-31")]
    [InlineData("2024-03-01", "2024-03-31", "2024-02-01", "2024-02-29")]
    [InlineData("2023-07-01", "2024-06-30", "2022-07-01", "2023-06-30")]
    // Not whole months: the same number of days just before.
    [InlineData("2024-01-10", "2024-01-19", "2023-12-31", "2024-01-09")]
    [InlineData("2024-03-01", "2024-03-15", "2024-02-15", "2024-02-29")]
    [InlineData("2024-01-15", "2024-02-14", "2023-12-15", "2024-01-14")]
    [InlineData("2025-01-01", "2025-01-01", "2024-12-31", "2024-12-31")]
    public void Before_is_the_period_of_the_same_length_just_before(string from, string to, string beforeFrom, string beforeTo)
    {
        var period = new RunPeriod(D(from), D(to));
        var b = RunPeriods.Before(period);
        Assert.Equal((D(beforeFrom), D(beforeTo)), (b.From, b.To));
        Assert.Equal(period.From.AddDays(-1), b.To);
    }

    [Fact]
    public void A_period_counts_its_days_and_months_both_ends_included()
    {
        var leap = new RunPeriod(D("2024-01-01"), D("2024-12-31"));
        Assert.Equal(366, leap.Days);
        Assert.Equal(12, leap.Months().Count);
        Assert.Equal(182, new RunPeriod(D("2024-01-01"), D("2024-06-30")).Days);
        Assert.Equal(1, new RunPeriod(D("2024-02-29"), D("2024-02-29")).Days);
        var straddling = new RunPeriod(D("2024-12-15"), D("2025-02-01"));
        Assert.Equal([D("2024-12-01"), D("2025-01-01"), D("2025-02-01")], straddling.Months());
        Assert.True(straddling.Contains(D("2025-02-01")));
        Assert.False(straddling.Contains(D("2025-02-02")));
        Assert.False(straddling.Contains(D("2024-12-14")));
        Assert.Equal("2024-12-15–2025-02-01", straddling.ToString());
    }
}
