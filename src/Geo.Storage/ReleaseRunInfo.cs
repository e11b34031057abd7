namespace Geo.Storage;

/// <summary>What a run's protected release needs of the run: its study area, periods, area set, categories and the study area's threshold k (<c>suppress_below</c>).</summary>
public sealed record ReleaseRunInfo(string StudyAreaCode, long RunId, DateOnly PeriodFrom, DateOnly PeriodTo, DateOnly? CompareFrom, DateOnly? CompareTo,
    string? AreaSet, IReadOnlyList<string> Categories, int SuppressBelow);
