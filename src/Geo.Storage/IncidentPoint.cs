namespace Geo.Storage;

/// <summary>
/// One incident with its point in WGS 84 (null without a point: withheld or unknown location) and the precision codes of
/// its time and location (<c>minute</c> … <c>year</c>; <c>exact</c> … <c>withheld</c>).
/// </summary>
public sealed record IncidentPoint(long Id, string Category, DateTimeOffset OccurredAt, double? Lon, double? Lat, string TimePrecision, string LocationPrecision);
