namespace Geo.Formats.Text;

/// <summary>The order of day and month in slash dates such as 03/04/2023.</summary>
public enum DayMonthOrder
{
    /// <summary>Not known: 03/04/2023 could be 3 April or 4 March.</summary>
    Unknown,
    /// <summary>M/d/yyyy (US): 03/04/2023 is 4 March.</summary>
    MonthFirst,
    /// <summary>d/M/yyyy (most of Europe): 03/04/2023 is 3 April.</summary>
    DayFirst,
}
