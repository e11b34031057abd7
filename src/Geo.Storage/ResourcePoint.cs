namespace Geo.Storage;

/// <summary>A resource with a representative point in WGS 84 (the point itself, else a point on its line or surface).</summary>
public sealed record ResourcePoint(long Id, string Type, string? Name, string? OwnerAgency, string? OpeningHours, double Lon, double Lat);
