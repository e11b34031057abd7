using NetTopologySuite.Geometries;

namespace Geo.Core.Domain;

/// <summary>
/// One reported incident. Holds no personal data: only what, when and where, plus free
/// non-personal source attributes.
/// </summary>
/// <param name="Source">Source system, e.g. "polisen", "vancouver", "kommun-felanmalan".</param>
/// <param name="SourceId">Identifier unique within the source.</param>
/// <param name="Category">Taxonomy category code (e.g. "violence.assault").</param>
/// <param name="OccurredAt">Occurrence time (UTC offset preserved as an instant).</param>
/// <param name="TimePrecision">How precise <paramref name="OccurredAt"/> is.</param>
/// <param name="Location">Point in the study area's working CRS; null when withheld or missing.</param>
/// <param name="LocationPrecision">How precise <paramref name="Location"/> is.</param>
/// <param name="SourceCategory">The source's own category code, as read.</param>
/// <param name="Attributes">Free non-personal attributes as a JSON object text, or null.</param>
public sealed record Incident(
    string Source,
    string SourceId,
    string Category,
    DateTimeOffset OccurredAt,
    TimePrecision TimePrecision,
    Point? Location,
    LocationPrecision LocationPrecision,
    string? SourceCategory = null,
    string? Attributes = null);
