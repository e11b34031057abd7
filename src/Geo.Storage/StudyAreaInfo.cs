namespace Geo.Storage;

/// <summary>A study area with its size and row counts.</summary>
/// <param name="Code">Study area code.</param>
/// <param name="Name">Display name.</param>
/// <param name="Srid">Working CRS.</param>
/// <param name="AreaKm2">Area of the boundary in km² (geodesic for a geographic CRS).</param>
/// <param name="Incidents">Number of incidents.</param>
/// <param name="Resources">Number of resources.</param>
/// <param name="Areas">Number of areas over all area sets.</param>
public sealed record StudyAreaInfo(string Code, string Name, int Srid, double AreaKm2, long Incidents, long Resources, long Areas);
