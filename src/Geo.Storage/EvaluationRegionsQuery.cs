using NetTopologySuite.Geometries;

namespace Geo.Storage;

/// <summary>What <see cref="EvaluationQueries.CountsAsync"/> counts (see <c>Sql/evaluation_counts.sql</c>).</summary>
/// <param name="StudyAreaCode">The study area.</param>
/// <param name="Treated">The treated place, in the study area's SRID.</param>
/// <param name="BufferMetres">The width of the displacement buffers.</param>
/// <param name="Control">The control area in the study area's SRID, or null for the default (the study area farther than 2 × the width from the treated place, its buffer the ring between 1 and 2 widths).</param>
/// <param name="BeforeFrom">First local date of the period before.</param>
/// <param name="BeforeTo">Last local date of the period before (inclusive).</param>
/// <param name="AfterFrom">First local date of the period after.</param>
/// <param name="AfterTo">Last local date of the period after (inclusive).</param>
/// <param name="Categories">Category codes, or null for all.</param>
public sealed record EvaluationRegionsQuery(
    string StudyAreaCode,
    Geometry Treated,
    double BufferMetres,
    Geometry? Control,
    DateOnly BeforeFrom,
    DateOnly BeforeTo,
    DateOnly AfterFrom,
    DateOnly AfterTo,
    IReadOnlyList<string>? Categories);
