using Geo.Core.Domain;

namespace Geo.Storage;

/// <summary>The incidents of one source in a study area: how many, when, and how precise their places and times are.</summary>
/// <param name="Source">Source name (incident.source), e.g. polisen-sample.</param>
/// <param name="Incidents">Number of incidents.</param>
/// <param name="FirstDate">Date of the earliest occurred_at, in the study area's time zone.</param>
/// <param name="LastDate">Date of the latest occurred_at, in the study area's time zone.</param>
/// <param name="ByLocationPrecision">Incidents per location precision, every precision listed (zeros included), in code order.</param>
/// <param name="WithoutPoint">Incidents without a point (withheld or missing coordinates).</param>
/// <param name="ByTimePrecision">Incidents per time precision, every precision listed (zeros included), in code order.</param>
public sealed record SourceSummary(
    string Source,
    long Incidents,
    DateOnly FirstDate,
    DateOnly LastDate,
    IReadOnlyDictionary<LocationPrecision, long> ByLocationPrecision,
    long WithoutPoint,
    IReadOnlyDictionary<TimePrecision, long> ByTimePrecision);
