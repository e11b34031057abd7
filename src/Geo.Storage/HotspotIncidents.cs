using Geo.Core.Domain;

namespace Geo.Storage;

/// <summary>
/// The grid-eligible incidents inside some hotspots of a stored run, as parallel arrays (index i is one incident), by
/// hotspot id then time. Every array has exactly <see cref="Count"/> elements.
/// </summary>
/// <param name="Count">Number of incidents (an incident in two touching hotspots appears once for each).</param>
/// <param name="HotspotId">The hotspot it lies in.</param>
/// <param name="Category">Category code.</param>
/// <param name="LocalTime">Occurrence time in the study area's time zone (Kind Unspecified).</param>
/// <param name="TimePrecision">How precisely the time is known.</param>
/// <param name="X">X in the study area's working CRS.</param>
/// <param name="Y">Y in the study area's working CRS.</param>
public sealed record HotspotIncidents(
    int Count,
    int[] HotspotId,
    string[] Category,
    DateTime[] LocalTime,
    TimePrecision[] TimePrecision,
    double[] X,
    double[] Y);
