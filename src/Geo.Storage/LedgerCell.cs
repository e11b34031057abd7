namespace Geo.Storage;

/// <summary>
/// One count of a recorded release (<c>disclosure_release_cell</c>): area set, area, category group, period, value and
/// status (<c>published</c>, <c>small</c> or <c>secondary</c>). <see cref="RunId"/> is the release's run.
/// </summary>
public sealed record LedgerCell(long RunId, string AreaSet, string AreaCode, string Group, DateOnly PeriodFrom, DateOnly PeriodTo, int Value, string Status);
