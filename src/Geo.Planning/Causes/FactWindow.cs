namespace Geo.Planning.Causes;

/// <summary>
/// A recurring window of the week (as <see cref="Geo.Analysis.Time.WeekWindow"/>: days Monday = 0, an end hour at or
/// before the start runs past midnight) with the share of the problem's incidents in it and its words ("fre–lör 22–04").
/// </summary>
public sealed record FactWindow(int FirstDay, int LastDay, int StartHour, int EndHour, double Share, FactText Text);
