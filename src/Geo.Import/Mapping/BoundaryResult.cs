using NetTopologySuite.Geometries;

namespace Geo.Import.Mapping;

/// <summary>A study-area boundary read from a file.</summary>
/// <param name="Boundary">The boundary in the target CRS (SRID set), all matching parts unioned.</param>
/// <param name="Name">The feature's name property (e.g. "Luleå"), if any.</param>
/// <param name="CodeProperty">The property the code was matched in, or null for a single-feature file.</param>
/// <param name="Notices">What was detected or done: matched property, source CRS, parts unioned, repairs.</param>
public sealed record BoundaryResult(MultiPolygon Boundary, string? Name, string? CodeProperty, IReadOnlyList<string> Notices);
