using Geo.Core.Domain;

namespace Geo.Planning.StudyAreas;

/// <summary>A study area to create or replace from a boundary file.</summary>
/// <param name="Code">Study area code, e.g. 2580 (Luleå); with several features in the file, the one with this code is used.</param>
/// <param name="BoundaryFile">GeoJSON or GeoPackage with the boundary.</param>
/// <param name="Name">Display name; null: the name in the boundary file, else the code.</param>
/// <param name="Crs">The metric working CRS, e.g. EPSG:3006.</param>
/// <param name="BoundaryCrs">The CRS of the boundary file when it declares none (null: EPSG:4326 as RFC 7946 says).</param>
/// <param name="TimeZone">IANA time zone for local times without offset.</param>
public sealed record StudyAreaAddRequest(
    string Code, string BoundaryFile, string? Name = null, string Crs = "EPSG:3006", string? BoundaryCrs = null,
    string TimeZone = StudyArea.DefaultTimeZone);
