using NetTopologySuite.Geometries;

namespace Geo.Core.Domain;

/// <summary>
/// A municipality or any region under study. All geometries of a study area are stored in its
/// metric working CRS (<see cref="Srid"/>, EPSG:3006 SWEREF 99 TM by default in Sweden).
/// </summary>
/// <param name="Code">Stable code, e.g. "2580" for Luleå.</param>
/// <param name="Name">Display name.</param>
/// <param name="Boundary">Boundary in the working CRS (SRID set to <paramref name="Srid"/>).</param>
/// <param name="Srid">EPSG code of the working CRS.</param>
/// <param name="TimeZone">IANA time zone used to read local times without an offset.</param>
public sealed record StudyArea(string Code, string Name, MultiPolygon Boundary, int Srid, string TimeZone = StudyArea.DefaultTimeZone)
{
    public const int DefaultSrid = 3006;
    public const string DefaultTimeZone = "Europe/Stockholm";
}
