using Geo.Formats.Text;

namespace Geo.Import.Mapping;

/// <summary>
/// Decides whether a date column writes slash dates day first or month first, from the column itself: a first number
/// above 12 (25/12/2023) means day first, a second number above 12 (12/25/2023) month first. A value whose two numbers
/// are both 12 or less and differ (03/04/2023) is ambiguous: it is read in the column's order once one is known.
/// </summary>
/// <remarks>
/// Reading streams, so an ambiguous value can come before the first deciding one. Then the rule looks ahead: it reads the
/// column from a second opening of the file (<c>lookahead</c>) until a deciding value, once per file; the cost is one
/// more pass over the file only when no value decides (usually the first few rows do). Without a way to reopen the file
/// (a reader given directly) only the values read so far decide. A value whose order contradicts the column's is
/// rejected. Used only when the profile gives no <c>dateFormats</c>: a format given decides everything.
/// </remarks>
internal sealed class DayMonthRule(string field, Func<IEnumerable<(long Row, string Value)>>? lookahead)
{
    private bool _lookedAhead;
    private long _decidedRow;
    private string _decidedBy = "";
    private long _ambiguous;

    /// <summary>The column's order, once known.</summary>
    public DayMonthOrder Order { get; private set; }

    /// <summary>
    /// The order to read <paramref name="text"/> (a slash date with the numbers <paramref name="first"/> and
    /// <paramref name="second"/>) in, or false with a reason when it is ambiguous and nothing decides, or contradicts the column.
    /// </summary>
    public bool TryOrder(ReadOnlySpan<char> text, int first, int second, long row, out DayMonthOrder order, out string? reason)
    {
        reason = null;
        var evidence = Evidence(first, second);
        if (evidence != DayMonthOrder.Unknown)
        {
            if (Order == DayMonthOrder.Unknown) Decide(evidence, row, text.ToString());
            order = evidence;
            if (evidence == Order) return true;
            reason = $"date '{Truncate.Value(text)}' in {field} has the {(evidence == DayMonthOrder.DayFirst ? "day" : "month")} first, "
                + $"but the column has the {(Order == DayMonthOrder.DayFirst ? "day" : "month")} first (row {_decidedRow}: '{_decidedBy}'): a column must use one order; the row is not loaded";
            return false;
        }

        // Equal numbers read the same either way; a zero or two numbers above 12 fail either way (the parser says so).
        if (first == second || first is 0 or > 12 || second == 0)
        {
            order = Order == DayMonthOrder.Unknown ? DayMonthOrder.MonthFirst : Order;
            return true;
        }

        if (Order == DayMonthOrder.Unknown) LookAhead();
        order = Order;
        if (order != DayMonthOrder.Unknown)
        {
            _ambiguous++;
            return true;
        }
        reason = $"ambiguous date '{Truncate.Value(text)}' in {field}: it can be {Describe(first, second, DayMonthOrder.DayFirst)} (day first) or {Describe(first, second, DayMonthOrder.MonthFirst)} (month first), "
            + $"and no value in the column decides the order{(lookahead is null ? " before this row" : "")} (a first number above 12 means day first, a second number above 12 month first); "
            + "give the date format in a profile's dateFormats, e.g. [\"d/M/yyyy H:mm\", \"d/M/yyyy\"] or [\"M/d/yyyy H:mm\", \"M/d/yyyy\"]; the row is not loaded";
        return false;
    }

    /// <summary>Announces the order used for ambiguous values, if any were read.</summary>
    public void Finish(ICollection<string> notices)
    {
        if (_ambiguous > 0 && Order != DayMonthOrder.Unknown)
            notices.Add($"dates in {field}: {_ambiguous:N0} value(s) such as 03/04/2023 read {(Order == DayMonthOrder.DayFirst ? "day first (d/M/yyyy)" : "month first (M/d/yyyy)")}, as decided by row {_decidedRow}: '{_decidedBy}'");
    }

    private static DayMonthOrder Evidence(int first, int second) => (first, second) switch
    {
        ( > 12, <= 12) => DayMonthOrder.DayFirst,
        ( <= 12, > 12) => DayMonthOrder.MonthFirst,
        _ => DayMonthOrder.Unknown,
    };

    private void Decide(DayMonthOrder order, long row, string value)
    {
        Order = order;
        _decidedRow = row;
        _decidedBy = Truncate.Value(value);
    }

    private void LookAhead()
    {
        if (_lookedAhead || lookahead is null) return;
        _lookedAhead = true;
        foreach (var (row, value) in lookahead())
        {
            if (!Formats.Text.DateTimeParser.TryReadDayMonth(value, out var a, out var b)) continue;
            var evidence = Evidence(a, b);
            if (evidence == DayMonthOrder.Unknown) continue;
            Decide(evidence, row, value);
            return;
        }
    }

    private static string Describe(int first, int second, DayMonthOrder order)
    {
        var (day, month) = order == DayMonthOrder.DayFirst ? (first, second) : (second, first);
        return $"{day} {System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)}";
    }
}
