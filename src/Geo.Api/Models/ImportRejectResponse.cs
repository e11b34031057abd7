namespace Geo.Api.Models;

/// <summary>One line of an import's reject report: the file, the data row (1-based; the feature number for GeoJSON/GeoPackage), the field, the value as read, why, and what was done (rejected, repaired, kept_without_location, warning).</summary>
public sealed record ImportRejectResponse(string File, long Row, string Field, string Value, string Reason, string Action);
