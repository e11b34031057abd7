using NetTopologySuite.Geometries;

namespace Geo.Reporting.Maps;

/// <summary>One resource (a youth centre, a licensed premises, …) drawn as a symbol by type.</summary>
/// <param name="Id">The resource's id, written as the symbol's data-id.</param>
/// <param name="Type">The resource type code (Geo.Core.Domain.ResourceTypes: "youth_centre", "licensed_premises", …).</param>
/// <param name="Name">The name, shown on hover.</param>
/// <param name="Location">A point; for other geometries their interior point is used.</param>
public sealed record ResourcePoint(string Id, string Type, string Name, Geometry Location);
