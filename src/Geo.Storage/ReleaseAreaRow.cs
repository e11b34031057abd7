namespace Geo.Storage;

/// <summary>One row of <c>run_area_indicator</c> as a release reads it (area <c>*</c> is the study area).</summary>
public sealed record ReleaseAreaRow(string AreaCode, string? AreaName, bool IsReference, int? Population, string Group, int Incidents, int? IncidentsCompare);
