using Geo.Core.Domain;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.Distance;

namespace Geo.Import.Mapping;

/// <summary>
/// The study-area boundary prepared for many point tests: an envelope check, then NTS's
/// <see cref="IndexedPointInAreaLocator"/> (an interval index over the boundary's edges, the technique of
/// JTS's prepared geometries); the distance to the boundary is computed only for points outside, with
/// <see cref="IndexedFacetDistance"/> (an STR-tree of boundary segments).
/// </summary>
internal sealed class StudyAreaExtent
{
    private readonly Envelope _envelope;
    private readonly IndexedPointInAreaLocator? _locator;
    private readonly IPreparedGeometry? _prepared;
    private readonly IndexedFacetDistance? _distance;
    private readonly GeometryFactory _factory;

    public StudyAreaExtent(StudyArea area, GeometryFactory factory)
    {
        Code = area.Code;
        _factory = factory;
        var boundary = area.Boundary;
        IsUnbounded = boundary.IsEmpty;
        _envelope = boundary.EnvelopeInternal;
        if (!IsUnbounded)
        {
            _locator = new IndexedPointInAreaLocator(boundary);
            _prepared = PreparedGeometryFactory.Prepare(boundary);
            _distance = new IndexedFacetDistance(boundary);
        }
    }

    /// <summary>Study-area code, for messages.</summary>
    public string Code { get; }

    /// <summary>True when the study area has an empty boundary: nothing is checked.</summary>
    public bool IsUnbounded { get; }

    /// <summary>True when (x, y) lies in or on the boundary.</summary>
    public bool Covers(double x, double y) =>
        IsUnbounded || (_envelope.Covers(x, y) && _locator!.Locate(new Coordinate(x, y)) != Location.Exterior);

    /// <summary>Distance in CRS units from (x, y) to the study area (0 inside).</summary>
    public double DistanceTo(double x, double y) =>
        Covers(x, y) ? 0 : _distance!.Distance(_factory.CreatePoint(new Coordinate(x, y)));

    /// <summary>Distance from a geometry to the study area (0 when they intersect).</summary>
    public double DistanceTo(Geometry g) =>
        IsUnbounded || _prepared!.Intersects(g) ? 0 : _distance!.Distance(g);
}
