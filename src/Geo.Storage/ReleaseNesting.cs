namespace Geo.Storage;

/// <summary>
/// Where one area of a run's area set falls in another area set of the study area: the coarser area holding its point on
/// surface (null when none does), how many areas of that set hold it, and the share of its surface inside that area.
/// </summary>
public sealed record ReleaseNesting(string AreaSet, int SetAreas, string FineCode, string? CoarseCode, string? CoarseName, int Hits, double? Share);
