namespace Geo.Storage;

/// <summary>A resource as a run reads it.</summary>
/// <param name="Id">Database id.</param>
/// <param name="Source">Source of the record.</param>
/// <param name="SourceId">Identifier within the source (to name the resource in messages).</param>
/// <param name="Type">Resource type code.</param>
/// <param name="Name">Display name, if any.</param>
/// <param name="OwnerAgency">Owning agency, if known.</param>
/// <param name="OpeningHours">Opening hours in OSM opening_hours syntax, if known.</param>
/// <param name="Geometry">Point or polygon in the study area's working CRS.</param>
public sealed record RunResource(long Id, string Source, string SourceId, string Type, string? Name, string? OwnerAgency, string? OpeningHours,
    NetTopologySuite.Geometries.Geometry Geometry);
