using NetTopologySuite.Geometries;

namespace Geo.Sample;

/// <summary>One generated statistical area or district with population by age band (0-15, 16-19, 20-64, 65+).</summary>
internal sealed record SampleArea(string Code, string Name, Geometry Geometry, int Population, int[] ByAge, string? District);
