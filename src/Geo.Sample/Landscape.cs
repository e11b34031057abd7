using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using Geo.Core.Geometries;

namespace Geo.Sample;

/// <summary>
/// The synthetic municipality's geography: land boundary (EPSG:3006, 0.01 m precision) and population as a mixture
/// of normal clusters (<see cref="Place"/>) plus a rural population spread uniformly over the land.
/// </summary>
internal sealed class Landscape
{
    public static readonly GeometryFactory Factory = GeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(100), 3006);

    private readonly IndexedPointInAreaLocator _locator;
    private readonly double[] _cumulative;

    public Landscape(string code, string name, MultiPolygon boundary, IReadOnlyList<Place> places, int ruralPopulation)
    {
        Code = code; Name = name; Boundary = boundary; Places = places; RuralPopulation = ruralPopulation;
        _locator = new IndexedPointInAreaLocator(boundary);
        var weights = places.Select(p => (double)p.Population).Append(ruralPopulation).ToArray();
        _cumulative = Xoshiro256.Cumulative(weights);
        Population = places.Sum(p => p.Population) + ruralPopulation;
    }

    public string Code { get; }
    public string Name { get; }
    public MultiPolygon Boundary { get; }
    public IReadOnlyList<Place> Places { get; }
    public int RuralPopulation { get; }
    public int Population { get; }
    public Envelope Extent => Boundary.EnvelopeInternal;

    /// <summary>The place of the largest population (the town centre).</summary>
    public Place Centre => Places.OrderByDescending(p => p.Kind == PlaceKind.Centre).ThenByDescending(p => p.Population).First();

    public bool OnLand(double x, double y) => _locator.Locate(new Coordinate(x, y)) == Location.Interior;

    /// <summary>True when the axis-aligned rectangle lies entirely on land.</summary>
    public bool RectOnLand(double minX, double minY, double maxX, double maxY) =>
        Boundary.Contains(Factory.ToGeometry(new Envelope(minX, maxX, minY, maxY)));

    /// <summary>Where a random inhabitant lives.</summary>
    public (double X, double Y) SamplePerson(Xoshiro256 rng)
    {
        var i = rng.Pick(_cumulative);
        if (i == Places.Count) return SampleUniformLand(rng);
        return Around(rng, Places[i].X, Places[i].Y, Places[i].Sigma);
    }

    /// <summary>A point scattered normally around (x, y) with standard deviation sigma, on land (the centre itself after 64 misses).</summary>
    public (double X, double Y) Around(Xoshiro256 rng, double x, double y, double sigma)
    {
        for (var k = 0; k < 64; k++)
        {
            var px = x + rng.Normal() * sigma;
            var py = y + rng.Normal() * sigma;
            if (OnLand(px, py)) return (px, py);
        }
        return (x, y);
    }

    public (double X, double Y) SampleUniformLand(Xoshiro256 rng)
    {
        var e = Extent;
        while (true)
        {
            var x = rng.Uniform(e.MinX, e.MaxX);
            var y = rng.Uniform(e.MinY, e.MaxY);
            if (OnLand(x, y)) return (x, y);
        }
    }

    /// <summary>Expected inhabitants per square metre at (x, y) (for the ground truth's background figures).</summary>
    public double Density(double x, double y)
    {
        var d = RuralPopulation / Boundary.Area;
        foreach (var p in Places)
        {
            var dx = x - p.X; var dy = y - p.Y; var s2 = p.Sigma * p.Sigma;
            d += p.Population / (2 * Math.PI * s2) * Math.Exp(-(dx * dx + dy * dy) / (2 * s2));
        }
        return d;
    }

    /// <summary>The nearest named place (for area-centroid locations and area names).</summary>
    public Place Nearest(double x, double y)
    {
        Place best = Places[0]; var bd = double.MaxValue;
        foreach (var p in Places)
        {
            var d = (p.X - x) * (p.X - x) + (p.Y - y) * (p.Y - y);
            if (d < bd) { bd = d; best = p; }
        }
        return best;
    }
}
