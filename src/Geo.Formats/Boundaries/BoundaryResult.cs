using NetTopologySuite.Geometries;

namespace Geo.Formats.Boundaries;

/// <summary>A boundary read from a file.</summary>
/// <param name="Boundary">The boundary (all chosen parts unioned, valid), in the target CRS when one was asked for (SRID set then).</param>
/// <param name="Name">The feature's name property (e.g. "Luleå"), if any.</param>
/// <param name="CodeProperty">The property the code was matched in, or null (single-feature file, or no code asked for).</param>
/// <param name="Features">How many features the boundary was made of.</param>
/// <param name="Notices">What was detected or done: matched property, source CRS, parts unioned, repairs.</param>
public sealed record BoundaryResult(MultiPolygon Boundary, string? Name, string? CodeProperty, int Features, IReadOnlyList<string> Notices)
{
    /// <summary>One line for messages: file name, number of features and area in km² (for a metric CRS).</summary>
    public string Describe(string fileName) =>
        $"{fileName} ({Features} polygon feature{(Features == 1 ? "" : "s")}, {Boundary.Area / 1e6:0.###} km²)";
}
