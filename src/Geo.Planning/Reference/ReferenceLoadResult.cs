namespace Geo.Planning.Reference;

/// <summary>What a load of the national reference table read, counted, left out and wrote.</summary>
/// <param name="LoadId">The new <c>reference_load</c> id (the previous load of the source is gone).</param>
/// <param name="Source">Source of the events (<c>polisen</c>).</param>
/// <param name="EventsFile">Events file name.</param>
/// <param name="EventsSha256">Its SHA-256.</param>
/// <param name="PopulationYear">Year of the population used for every year.</param>
/// <param name="RowsRead">Rows of the events file.</param>
/// <param name="RowsUsed">Rows counted.</param>
/// <param name="RowsLeftOut">Rows left out by reason (<c>invalid_datetime</c>, <c>empty_location</c>, <c>unmatched_location</c>,
/// <c>unmapped_type</c>); a row counts under the first reason in that order.</param>
/// <param name="UnmatchedLocations">Location names that are no known municipality or county, most frequent first.</param>
/// <param name="UnmappedTypes">Event types the source mapping does not know, most frequent first.</param>
/// <param name="Municipalities">Municipalities in the table.</param>
/// <param name="MunicipalitiesWithEvents">Of them, those with at least one event.</param>
/// <param name="Counties">Counties in the table.</param>
/// <param name="CountyLevelEvents">Events placed at a county only (counted in the county and Sweden, not in a municipality).</param>
/// <param name="Years">Years of the table (local years in Europe/Stockholm).</param>
/// <param name="DaysCovered">Days of each year the feed covers (from its first and last event date).</param>
/// <param name="CategoryGroups">Category groups with rows, <c>total</c> last.</param>
/// <param name="FirstDate">Date of the feed's first event (local).</param>
/// <param name="LastDate">Date of its last event (local).</param>
/// <param name="RatesWritten">Rows written to <c>reference_rate</c>.</param>
/// <param name="Notices">What was decided or matched on the way (names matched only after normalising, the population year, …).</param>
/// <param name="StepSeconds">Seconds per step, in order.</param>
/// <param name="Seconds">Seconds in all.</param>
public sealed record ReferenceLoadResult(
    long LoadId, string Source, string EventsFile, string? EventsSha256, int PopulationYear,
    long RowsRead, long RowsUsed, IReadOnlyDictionary<string, long> RowsLeftOut,
    IReadOnlyList<ReferenceNameCount> UnmatchedLocations, IReadOnlyList<ReferenceNameCount> UnmappedTypes,
    int Municipalities, int MunicipalitiesWithEvents, int Counties, long CountyLevelEvents,
    IReadOnlyList<int> Years, IReadOnlyDictionary<int, int> DaysCovered, IReadOnlyList<string> CategoryGroups,
    DateOnly FirstDate, DateOnly LastDate, int RatesWritten, IReadOnlyList<string> Notices,
    IReadOnlyList<KeyValuePair<string, double>> StepSeconds, double Seconds);
