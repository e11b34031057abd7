using System.Collections.Concurrent;
using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems.Transformations;

namespace Geo.Core.Crs;

/// <summary>
/// A transformation between two supported CRSs (x = easting or longitude, y = northing or latitude).
/// Instances are cached and thread-safe for the coordinate methods.
/// </summary>
public sealed class CrsTransform
{
    private static readonly CoordinateTransformationFactory Factory = new();
    private static readonly ConcurrentDictionary<(int, int), CrsTransform> Cache = new();
    private readonly MathTransform? _math;

    private CrsTransform(int source, int target)
    {
        Source = source;
        Target = target;
        if (source != target)
            _math = Factory.CreateFromCoordinateSystems(CrsRegistry.Get(source), CrsRegistry.Get(target)).MathTransform;
    }

    public int Source { get; }
    public int Target { get; }
    public bool IsIdentity => _math is null;

    public static CrsTransform Create(int source, int target) =>
        Cache.GetOrAdd((source, target), k => new CrsTransform(k.Item1, k.Item2));

    /// <summary>Transforms one coordinate pair in place.</summary>
    public void Apply(ref double x, ref double y)
    {
        if (_math is null) return;
        lock (_math) _math.Transform(ref x, ref y); // ProjNET transforms keep scratch state: not re-entrant.
    }

    public (double X, double Y) Apply(double x, double y)
    {
        Apply(ref x, ref y);
        return (x, y);
    }

    /// <summary>A transformed copy of a geometry with its SRID set to <see cref="Target"/>.</summary>
    public Geometry Apply(Geometry geometry)
    {
        var copy = geometry.Copy();
        if (_math is not null) copy.Apply(new TransformFilter(this));
        copy.SRID = Target;
        return copy;
    }

    private sealed class TransformFilter(CrsTransform t) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                double x = seq.GetX(i), y = seq.GetY(i);
                t.Apply(ref x, ref y);
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
