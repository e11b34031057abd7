using Geo.Core.Domain;

namespace Geo.Storage;

/// <summary>
/// The input incidents of an analysis run as parallel arrays (struct of arrays; index i is one incident), ordered by
/// (source, source id). Every array has exactly <see cref="Count"/> elements.
/// </summary>
/// <param name="Count">Number of incidents.</param>
/// <param name="Source">Source of each incident.</param>
/// <param name="SourceId">Identifier within its source.</param>
/// <param name="Category">Category code.</param>
/// <param name="LocalTime">Occurrence time in the study area's time zone (Kind Unspecified).</param>
/// <param name="TimePrecision">How precisely the time is known.</param>
/// <param name="LocationPrecision">How precisely the location is known.</param>
/// <param name="X">X in the study area's working CRS, NaN without a point.</param>
/// <param name="Y">Y in the study area's working CRS, NaN without a point.</param>
/// <param name="ImportBatchId">The import batch that last wrote the row, 0 when unknown.</param>
public sealed record RunIncidents(
    int Count,
    string[] Source,
    string[] SourceId,
    string[] Category,
    DateTime[] LocalTime,
    TimePrecision[] TimePrecision,
    LocationPrecision[] LocationPrecision,
    double[] X,
    double[] Y,
    long[] ImportBatchId);
