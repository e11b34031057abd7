using Geo.Core.Domain;

namespace Geo.Planning.StudyAreas;

/// <summary>A study area to create or replace from a boundary file.</summary>
/// <param name="Code">Study area code, e.g. 2580 (Luleå); with several features in the file, the one with this code is used.</param>
/// <param name="BoundaryFile">GeoJSON or GeoPackage with the boundary.</param>
/// <param name="Name">Display name; null: the name in the boundary file, else the code.</param>
/// <param name="Crs">The metric working CRS, e.g. EPSG:3006.</param>
/// <param name="BoundaryCrs">The CRS of the boundary file when it declares none (null: EPSG:4326 as RFC 7946 says).</param>
/// <param name="TimeZone">IANA time zone for local times without offset.</param>
/// <param name="Replace">Replace the boundary (and name, CRS, time zone) of an existing study area; without it an existing one is refused.</param>
/// <param name="Dissolve">Take every feature of the boundary file, unioned (a municipality drawn as districts or precincts), instead of the one whose code is <paramref name="Code"/>.</param>
/// <param name="ToleranceMetres">With <paramref name="Replace"/>: how far outside the new boundary loaded rows may lie (as for imports).</param>
public sealed record StudyAreaAddRequest(
    string Code, string BoundaryFile, string? Name = null, string Crs = "EPSG:3006", string? BoundaryCrs = null,
    string TimeZone = StudyArea.DefaultTimeZone, bool Replace = false, bool Dissolve = false, double ToleranceMetres = 100);
