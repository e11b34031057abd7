namespace Geo.Storage;

/// <summary>
/// The eight counts of an evaluation (<c>Sql/evaluation_counts.sql</c>): the treated place, its displacement buffer, the
/// control and the control's displacement buffer, before and after; and how many incidents of those regions and periods
/// were left out because their location is only an area's centroid.
/// </summary>
public sealed record EvaluationCounts(
    long TreatedBefore,
    long TreatedAfter,
    long TreatedBufferBefore,
    long TreatedBufferAfter,
    long ControlBefore,
    long ControlAfter,
    long ControlBufferBefore,
    long ControlBufferAfter,
    long AreaCentroid);
