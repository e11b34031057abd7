using System.Globalization;

namespace Geo.Planning.Runs;

/// <summary>A period of local dates, both ends inclusive.</summary>
public sealed record RunPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Number of days in the period.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Whether <paramref name="d"/> lies in the period.</summary>
    public bool Contains(DateOnly d) => d >= From && d <= To;

    /// <summary>The first day of each calendar month the period touches.</summary>
    public IReadOnlyList<DateOnly> Months()
    {
        var list = new List<DateOnly>();
        for (var m = new DateOnly(From.Year, From.Month, 1); m <= To; m = m.AddMonths(1)) list.Add(m);
        return list;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}–{To:yyyy-MM-dd}");
}
