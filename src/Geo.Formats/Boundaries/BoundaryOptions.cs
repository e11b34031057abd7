namespace Geo.Formats.Boundaries;

/// <summary>What <see cref="BoundaryReader"/> reads from a boundary file.</summary>
/// <param name="Code">
/// The code of the wanted feature(s), matched in a code-like property (kommunkod, kom_kod, code, id, …); null takes every
/// polygon feature of the file (a study area drawn as several polygons, or a set of districts to be merged).
/// </param>
/// <param name="SourceSrid">The CRS of the file's coordinates when given by the user (overrides what the file declares).</param>
/// <param name="TargetSrid">
/// Reproject to this CRS; an undeclared source CRS is then taken as EPSG:4326 (RFC 7946) — but only when the coordinates
/// are degrees and the file's CRS is not known to be something else (a GeoPackage with an undefined srs): otherwise
/// <see cref="SourceSrid"/> is required. Null keeps the coordinates as they are, in whatever CRS the file uses.
/// </param>
public sealed record BoundaryOptions(string? Code = null, int? SourceSrid = null, int? TargetSrid = null);
