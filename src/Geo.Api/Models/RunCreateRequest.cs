namespace Geo.Api.Models;

/// <summary>
/// A new run (POST /api/runs), with <c>geo analyze</c>'s parameters and defaults: every field but the study area is
/// optional. Dates are yyyy-MM-dd local dates (inclusive); from/to default to the last 12 full months of data, the
/// comparison period to as many months (or days) just before; categories are category codes or main groups (default:
/// all); the area set defaults to the finest set with population; the cell size (metres) is automatic by default.
/// </summary>
public sealed record RunCreateRequest(
    string? StudyArea, string? From = null, string? To = null, string? CompareFrom = null, string? CompareTo = null,
    IReadOnlyList<string>? Categories = null, string? AreaSet = null, double? CellSize = null, string? Label = null);
