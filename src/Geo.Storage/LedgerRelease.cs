namespace Geo.Storage;

/// <summary>The header of a recorded release (<c>disclosure_release</c>).</summary>
public sealed record LedgerRelease(string StudyAreaCode, long RunId, int Threshold, string CategoriesKey, DateOnly PeriodFrom, DateOnly PeriodTo,
    DateOnly? CompareFrom, DateOnly? CompareTo, int SmallCells, int SecondaryCells, string GeoVersion);
