namespace Geo.Storage;

/// <summary>What a load of the national reference table records in <c>reference_load</c>.</summary>
/// <param name="Source">Source of the events, e.g. <c>polisen</c>.</param>
/// <param name="EventsFile">Events file name.</param>
/// <param name="EventsSha256">Its SHA-256 (lower-case hex), or null.</param>
/// <param name="PopulationFile">Population file name.</param>
/// <param name="PopulationYear">Year of the population figures.</param>
/// <param name="RowsRead">Rows read from the events file.</param>
/// <param name="RowsUsed">Rows counted.</param>
/// <param name="RowsLeftOut">Rows left out, by reason.</param>
/// <param name="LoadedBy">Who loaded it (empty: the OS user name).</param>
public sealed record ReferenceLoadDraft(
    string Source, string EventsFile, string? EventsSha256, string PopulationFile, int PopulationYear,
    long RowsRead, long RowsUsed, IReadOnlyDictionary<string, long> RowsLeftOut, string LoadedBy);
