namespace Geo.Planning.Measures;

/// <summary>
/// A place type a measure can fit, as declared in the catalogue's <c>place_types</c> list: either a resource type code of
/// Geo (<see cref="Geo.Core.Domain.ResourceTypes"/>, <c>resource_type: true</c>, matched against the resources near a
/// problem) or a kind of area (residential, town_centre, park, parking ...).
/// </summary>
public sealed record MeasurePlaceType(string Code, bool ResourceType, string LabelSv, string LabelEn);
