using NetTopologySuite.Geometries;

namespace Geo.Sample;

/// <summary>One generated resource or risk facility, in the native resource format's fields.</summary>
internal sealed record SampleResource(string Id, string Type, string Name, Geometry Geometry, string Owner, string? OpeningHours = null, int? Capacity = null, string? Notes = null);
