using NetTopologySuite.Geometries;

namespace Geo.Storage;

/// <summary>An area found by its code for an evaluation: its set, code, name and polygon.</summary>
public sealed record EvaluationArea(string AreaSet, string Code, string? Name, MultiPolygon Geometry);
