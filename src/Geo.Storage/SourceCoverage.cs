namespace Geo.Storage;

/// <summary>The incidents of one source in a study area: first and last local date (study area's time zone) and count.</summary>
/// <param name="Source">Source name.</param>
/// <param name="FirstDate">Local date of its earliest incident.</param>
/// <param name="LastDate">Local date of its latest incident.</param>
/// <param name="Incidents">Number of incidents.</param>
public sealed record SourceCoverage(string Source, DateOnly FirstDate, DateOnly LastDate, long Incidents);
