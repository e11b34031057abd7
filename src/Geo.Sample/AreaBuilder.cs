using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Geo.Sample;

/// <summary>
/// DeSO-like statistical areas nested in districts, by recursive coordinate bisection of simulated dwellings
/// (Berger &amp; Bokhari 1987, "A partitioning strategy for nonuniform problems on multiprocessors"): the land's
/// bounding box is cut, along the longer side of each cell, at the point that splits the dwellings in proportion to
/// the (jittered) sizes of the areas wanted on each side. Every area thus holds a chosen share of the population, the cells tile the
/// box, and intersecting them with the land (snap-rounded to 0.01 m) gives valid, non-overlapping polygons covering
/// the land; a district is the union of its DeSO.
/// </summary>
internal static class AreaBuilder
{
    public const int PersonsPerDwelling = 10;
    public const int DesoPerDistrict = 5;
    public const int PeoplePerDistrict = 6700;
    public static readonly string[] AgeBands = ["0_15", "16_19", "20_64", "65_plus"];

    public static (List<SampleArea> Districts, List<SampleArea> Deso) Build(Landscape land, Xoshiro256 rng)
    {
        var population = land.Population;
        var dwellings = new (double X, double Y)[population / PersonsPerDwelling];
        for (var i = 0; i < dwellings.Length; i++) dwellings[i] = land.SamplePerson(rng);
        var districts = Math.Max(1, (int)Math.Round(population / (double)PeoplePerDistrict));
        // Five DeSO per district at Exempelkommun's size; fewer in a small municipality so that each keeps ~1,340 people.
        var perDistrict = Math.Clamp((int)Math.Round(population / (double)districts / 1340), 1, DesoPerDistrict);
        var e = land.Extent;
        var box = new Envelope(e.MinX - 1, e.MaxX + 1, e.MinY - 1, e.MaxY + 1);
        var districtCells = new List<(Envelope Box, ArraySegment<(double X, double Y)> Points)>();
        Split(box, dwellings, Weights(districts, 0.1, rng), districtCells);

        var noder = Landscape.Factory.PrecisionModel;
        var desoList = new List<SampleArea>();
        var districtList = new List<SampleArea>();
        var usedNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var remainder = population - dwellings.Length * PersonsPerDwelling;
        for (var d = 0; d < districtCells.Count; d++)
        {
            var cells = new List<(Envelope Box, ArraySegment<(double X, double Y)> Points)>();
            Split(districtCells[d].Box, districtCells[d].Points, Weights(perDistrict, 0.25, rng), cells);
            var dCode = $"{land.Code}D{d + 1:D2}";
            var dName = UniqueName(usedNames, land.Nearest(districtCells[d].Box.Centre.X, districtCells[d].Box.Centre.Y).Name);
            var parts = new List<Geometry>();
            var dAges = new int[4];
            for (var k = 0; k < cells.Count; k++)
            {
                var geom = OverlayNG.Overlay(Landscape.Factory.ToGeometry(cells[k].Box), land.Boundary, SpatialFunction.Intersection, noder);
                geom = Polygonal(geom);
                var pop = cells[k].Points.Count * PersonsPerDwelling;
                if (d == districtCells.Count - 1 && k == cells.Count - 1) pop += remainder;
                var ages = Ages(pop, rng);
                for (var a = 0; a < 4; a++) dAges[a] += ages[a];
                desoList.Add(new SampleArea($"{land.Code}C{d + 1:D2}{k + 1:D2}", $"{dName} {k + 1}", geom, pop, ages, dCode));
                parts.Add(geom);
            }
            var union = Polygonal(UnaryUnionNG.Union(Landscape.Factory.BuildGeometry(parts), noder));
            districtList.Add(new SampleArea(dCode, dName, union, dAges.Sum(), dAges, null));
        }
        return (districtList, desoList);
    }

    private static string UniqueName(Dictionary<string, int> used, string name)
    {
        used[name] = used.GetValueOrDefault(name) + 1;
        return used[name] == 1 ? name : $"{name} {used[name]}";
    }

    private static Geometry Polygonal(Geometry g)
    {
        var polys = new List<Polygon>();
        for (var i = 0; i < g.NumGeometries; i++)
            if (g.GetGeometryN(i) is Polygon p && !p.IsEmpty) polys.Add(p);
        return Landscape.Factory.CreateMultiPolygon(polys.ToArray());
    }

    /// <summary>Population by age band with shares jittered around Swedish averages (SCB 2023: 18%, 4.5%, 57%, 20.5%).</summary>
    private static int[] Ages(int pop, Xoshiro256 rng)
    {
        var p0 = rng.Uniform(0.13, 0.23);
        var p1 = rng.Uniform(0.035, 0.055);
        var p3 = rng.Uniform(0.13, 0.28);
        var a = (int)Math.Round(pop * p0); var b = (int)Math.Round(pop * p1); var d = (int)Math.Round(pop * p3);
        return [a, b, pop - a - b - d, d];
    }

    /// <summary>Relative sizes of the areas of one split: 1 ± <paramref name="spread"/>, uniformly.</summary>
    private static double[] Weights(int n, double spread, Xoshiro256 rng)
    {
        var w = new double[n];
        for (var i = 0; i < n; i++) w[i] = rng.Uniform(1 - spread, 1 + spread);
        return w;
    }

    private static void Split(Envelope box, ArraySegment<(double X, double Y)> points, ReadOnlySpan<double> weights,
        List<(Envelope, ArraySegment<(double X, double Y)>)> output)
    {
        if (weights.Length <= 1) { output.Add((box, points)); return; }
        var left = weights.Length / 2;
        double wl = 0, wt = 0;
        for (var i = 0; i < weights.Length; i++) { wt += weights[i]; if (i < left) wl += weights[i]; }
        var byX = box.Width >= box.Height;
        var span = points.AsSpan();
        // Sort by the cut axis, ties broken by the other axis: a total order, so the result is deterministic.
        if (byX) span.Sort(static (a, b) => a.X != b.X ? a.X.CompareTo(b.X) : a.Y.CompareTo(b.Y));
        else span.Sort(static (a, b) => a.Y != b.Y ? a.Y.CompareTo(b.Y) : a.X.CompareTo(b.X));
        var k = (int)Math.Round(points.Count * wl / wt);
        k = Math.Clamp(k, 1, points.Count - 1);
        // Cut halfway between the neighbours, rounded to the 0.01 m grid.
        var cut = byX ? (span[k - 1].X + span[k].X) / 2 : (span[k - 1].Y + span[k].Y) / 2;
        cut = Math.Round(cut, 2);
        var a = byX ? new Envelope(box.MinX, cut, box.MinY, box.MaxY) : new Envelope(box.MinX, box.MaxX, box.MinY, cut);
        var b = byX ? new Envelope(cut, box.MaxX, box.MinY, box.MaxY) : new Envelope(box.MinX, box.MaxX, cut, box.MaxY);
        Split(a, points.Slice(0, k), weights[..left], output);
        Split(b, points.Slice(k), weights[left..], output);
    }
}
