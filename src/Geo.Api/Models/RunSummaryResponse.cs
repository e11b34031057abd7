using Geo.Storage.Model;

namespace Geo.Api.Models;

/// <summary>A stored run as the list shows it: id, study area, label, status (running, completed, failed), periods, area set, category codes (empty: all), cell size in metres, when it was made.</summary>
public sealed record RunSummaryResponse(
    long Id, string StudyArea, string? Label, string Status, DateOnly PeriodFrom, DateOnly PeriodTo, DateOnly? CompareFrom, DateOnly? CompareTo,
    string? AreaSet, IReadOnlyList<string> Categories, double CellSize, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt)
{
    public static RunSummaryResponse From(AnalysisRunEntity r) => new(r.Id, r.StudyAreaCode, r.Label, r.Status, r.PeriodFrom, r.PeriodTo, r.CompareFrom, r.CompareTo,
        r.AreaSet, r.Categories, r.CellSize, r.CreatedAt, r.FinishedAt);
}
