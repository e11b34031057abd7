using NetTopologySuite.Geometries;

namespace Geo.Core.Domain;

/// <summary>
/// A prevention resource or risk facility: youth centre, school, field-work area, police station,
/// camera, lighting, licensed premises, transit stop, housing estate, ...
/// </summary>
/// <param name="Source">Source of the record.</param>
/// <param name="SourceId">Identifier unique within the source.</param>
/// <param name="Type">Resource type code (see <see cref="ResourceTypes"/>).</param>
/// <param name="Name">Display name.</param>
/// <param name="Geometry">Point or polygon in the working CRS.</param>
/// <param name="OwnerAgency">Owning agency, e.g. "kommun", "polisen", "bostadsbolag".</param>
/// <param name="OpeningHours">Weekly opening hours in OSM opening_hours syntax, e.g. "Mo-Fr 15:00-21:00; Sa 12:00-16:00".</param>
/// <param name="Capacity">Capacity (visitors, pupils, staff), if known.</param>
/// <param name="Notes">Free text notes.</param>
/// <param name="Attributes">Other attributes as a JSON object text, or null.</param>
public sealed record Resource(
    string Source,
    string SourceId,
    string Type,
    string? Name,
    Geometry Geometry,
    string? OwnerAgency = null,
    string? OpeningHours = null,
    int? Capacity = null,
    string? Notes = null,
    string? Attributes = null);
