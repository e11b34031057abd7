namespace Geo.Api.Models;

/// <summary>
/// One stored run: the list's fields, the bbox of its study area in WGS 84 ([minLon, minLat, maxLon, maxLat]), the category
/// groups it has results for (<c>total</c> first) with their labels, its notices in the language asked for, the number of
/// hotspots, the incidents it read and why it failed (when it did).
/// </summary>
public sealed record RunDetailsResponse(
    long Id, string StudyArea, string? Label, string Status, DateOnly PeriodFrom, DateOnly PeriodTo, DateOnly? CompareFrom, DateOnly? CompareTo,
    string? AreaSet, IReadOnlyList<string> Categories, double CellSize, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt,
    double[]? Bbox, IReadOnlyList<string> Groups, IReadOnlyDictionary<string, string> GroupLabels, IReadOnlyList<RunNoticeResponse> Notices, int Hotspots,
    long IncidentsRead, string? Error);
