using System.Diagnostics;
using Geo.Analysis.Grids;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Triangulate;

namespace Geo.Bench;

/// <summary>
/// Clipped-grid benchmark (issue 10, "Real boundaries are slow"). Generates, with fixed seeds:
/// <list type="bullet">
/// <item>a synthetic municipality: a mainland with a fractal coastline (a star-shaped polar curve: 1/k-amplitude
/// harmonics up to k = 400 plus a random walk, ~80,000 vertices) and 400 islands (~50 vertices each) off its coast,
/// ~100,000 vertices in all, in a 64 km square; and a 64-vertex boundary (an ellipse) of the same extent;</item>
/// <item>an NYC-sized partition: 77 "precincts" (unions of the Voronoi cells of 24,000 fine seeds, each given to one
/// of 77 coarse seeds, so shared borders are jagged) cut by a detailed noisy outline, ~83,000 vertices in all.</item>
/// </list>
/// Times <see cref="HotspotGrid.Build"/> with 250 m square cells on each (and hexagons on the municipality), and the
/// replaced method (prepared Intersects/Contains + <c>boundary.Intersection(cell)</c> per lattice cell) on a random
/// sample of lattice cells, extrapolated. Targets: detailed ≤ 2× the 64-vertex boundary; NYC-sized &lt; 5 s.
/// </summary>
public static class ClipBenchmark
{
    private const double CellSize = 250;
    private const double Extent = 64_000;
    private static readonly GeometryFactory Factory = new();

    public static int Run(string[] args)
    {
        var sample = Args.Int(args, "--old-sample", 1500);
        Console.WriteLine($"{Environment.ProcessorCount} cores; cell size {CellSize} m; old method timed on {sample} random lattice cells and extrapolated (--old-sample N, 0 = skip)");

        var clock = Stopwatch.StartNew();
        var detailed = Municipality(new Random(2580));
        var simple = Ellipse(detailed.EnvelopeInternal, 64);
        Console.WriteLine($"generated: municipality {detailed.NumGeometries} polygons, {detailed.NumPoints:N0} vertices, {detailed.Area / 1e6:F0} km²; " +
            $"64-gon {simple.NumPoints - 1} vertices, {simple.Area / 1e6:F0} km² ({clock.Elapsed.TotalSeconds:F1} s)");

        if (Args.String(args, "--write") is { } dir)
        {
            Directory.CreateDirectory(dir);
            WriteBoundary(Path.Combine(dir, "coast.geojson"), detailed);
            WritePoints(Path.Combine(dir, "coast-points.csv"), detailed, 20_000, new Random(3));
            Console.WriteLine($"wrote {dir}/coast.geojson and coast-points.csv (20,000 points inside, EPSG:3006 x,y) for the CLI:");
            Console.WriteLine($"  ./geo stats gistar --input {dir}/coast-points.csv --cell-size 250 --boundary {dir}/coast.geojson --permutations 999");
        }

        // Warm-up (JIT) on a small grid.
        HotspotGrid.Build(detailed, new GridOptions(4000));
        HotspotGrid.Build(simple, new GridOptions(4000, GridShape.Hexagonal));

        var results = new List<(string Name, double Seconds)>();
        foreach (var shape in new[] { GridShape.Square, GridShape.Hexagonal })
        {
            var s = Time(simple, shape, "64-vertex boundary");
            var d = Time(detailed, shape, "100k-vertex coast + 400 islands");
            var ratio = d / s;
            Console.WriteLine($"  {shape}: detailed / 64-vertex = {ratio:F2}x  (target <= 2x: {(ratio <= 2 ? "met" : "MISSED")})");
            if (shape == GridShape.Square) results.Add(("municipality", d));
        }
        if (sample > 0) Old(detailed, sample, "100k-vertex coast + 400 islands", results[0].Seconds);

        clock.Restart();
        var precincts = Precincts(new Random(77));
        var vertices = precincts.Sum(p => p.NumPoints);
        Console.WriteLine();
        Console.WriteLine($"generated: NYC-sized partition, {precincts.Count} polygons, {vertices:N0} vertices ({clock.Elapsed.TotalSeconds:F1} s)");
        clock.Restart();
        var union = OverlayNGRobust.Union(Factory.BuildGeometry(precincts)); // as BoundaryReader unions the features
        var unionSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"  union of the 77 polygons (as the boundary reader does): {unionSeconds,7:F3} s  → {union.NumGeometries} polygons, {union.NumPoints:N0} vertices");
        var grid = Time(union, GridShape.Square, "NYC-sized union");
        var total = unionSeconds + grid;
        Console.WriteLine($"  union + grid: {total:F3} s  (target < 5 s: {(total < 5 ? "met" : "MISSED")})");
        if (sample > 0) Old(union, sample, "NYC-sized union", grid);
        return 0;
    }

    private static double Time(Geometry boundary, GridShape shape, string name)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var grid = HotspotGrid.Build(boundary, new GridOptions(CellSize, shape));
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var crossing = grid.AreaShares.Count(s => s < 1);
        clock.Restart();
        var area = grid.CellPolygons.Sum(p => p.Area);
        var polygonSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"  {name,-34} {shape,-9} {grid.Columns}x{grid.Rows} lattice, {grid.Count:N0} cells ({crossing:N0} cut): {seconds,7:F3} s (CPU {cpuSeconds:F3} s); " +
            $"then the cut cells' polygons (on first use) {polygonSeconds:F3} s, cell area / boundary area {area / boundary.Area:F9}");
        return seconds;
    }

    /// <summary>The replaced per-cell method on <paramref name="sample"/> random lattice cells, extrapolated to the lattice.</summary>
    private static void Old(Geometry boundary, int sample, string name, double newSeconds)
    {
        var grid = HotspotGrid.Build(boundary, new GridOptions(CellSize));
        var random = new Random(1);
        var clock = Stopwatch.StartNew();
        var prepared = PreparedGeometryFactory.Prepare(boundary);
        prepared.Intersects(Factory.CreatePoint(new Coordinate(0, 0)));
        for (var i = 0; i < sample; i++)
        {
            int c = random.Next(grid.Columns), r = random.Next(grid.Rows);
            double x0 = grid.OriginX + c * CellSize, y0 = grid.OriginY + r * CellSize;
            var cell = Factory.CreatePolygon([new(x0, y0), new(x0 + CellSize, y0), new(x0 + CellSize, y0 + CellSize), new(x0, y0 + CellSize), new(x0, y0)]);
            if (!prepared.Intersects(cell) || prepared.Contains(cell)) continue;
            _ = boundary.Intersection(cell).Area;
        }
        var estimate = clock.Elapsed.TotalSeconds * grid.Columns * grid.Rows / sample;
        Console.WriteLine($"  old method (prepared tests + Intersection per cell), {name}: ≈ {estimate:F1} s estimated from {sample} cells → new is {estimate / newSeconds:F0}x faster");
    }

    /// <summary>Mainland (fractal coast, ~80,000 vertices) and 400 islands (~50 vertices each) in a 64 km square.</summary>
    private static MultiPolygon Municipality(Random random)
    {
        const int coastVertices = 80_000, harmonics = 400;
        double cx = Extent / 2, cy = Extent / 2, r0 = 17_000;
        var amplitude = new double[harmonics + 1];
        var phase = new double[harmonics + 1];
        for (var k = 2; k <= harmonics; k++)
        {
            amplitude[k] = 900.0 / k * (0.5 + random.NextDouble());
            phase[k] = random.NextDouble() * 2 * Math.PI;
        }
        var ring = new Coordinate[coastVertices + 1];
        double walk = 0;
        for (var i = 0; i < coastVertices; i++)
        {
            var a = 2 * Math.PI * i / coastVertices;
            var r = r0;
            for (var k = 2; k <= harmonics; k++) r += amplitude[k] * Math.Sin(k * a + phase[k]);
            walk = Math.Clamp(walk + (random.NextDouble() - 0.5) * 24, -600, 600);
            // Bring the walk back to 0 over the last 2 % so the ring closes smoothly.
            var fade = i > coastVertices * 0.98 ? (coastVertices - i) / (coastVertices * 0.02) : 1;
            r += walk * fade;
            ring[i] = new Coordinate(cx + r * Math.Cos(a), cy + r * Math.Sin(a));
        }
        ring[coastVertices] = ring[0].Copy();
        var mainland = Factory.CreatePolygon(ring);
        var maxR = ring.Max(p => Math.Sqrt(Sq(p.X - cx) + Sq(p.Y - cy)));

        var parts = new List<Polygon> { mainland };
        var islands = new List<(double X, double Y, double R)>();
        while (islands.Count < 400)
        {
            double x = 700 + random.NextDouble() * (Extent - 1400), y = 700 + random.NextDouble() * (Extent - 1400);
            var radius = 120 + random.NextDouble() * 480;
            if (Math.Sqrt(Sq(x - cx) + Sq(y - cy)) < maxR + radius * 1.4 + 300) continue;
            if (islands.Any(o => Math.Sqrt(Sq(o.X - x) + Sq(o.Y - y)) < (o.R + radius) * 1.4 + 100)) continue;
            islands.Add((x, y, radius));
            parts.Add(Blob(x, y, radius, 50, random));
        }
        return Factory.CreateMultiPolygon([.. parts]);
    }

    /// <summary>A noisy star-shaped closed curve: radius r ± 35 %.</summary>
    private static Polygon Blob(double cx, double cy, double r, int n, Random random)
    {
        var ring = new Coordinate[n + 1];
        var radius = r;
        for (var i = 0; i < n; i++)
        {
            radius = Math.Clamp(radius + (random.NextDouble() - 0.5) * r * 0.15, r * 0.65, r * 1.35);
            var a = 2 * Math.PI * i / n;
            ring[i] = new Coordinate(cx + radius * Math.Cos(a), cy + radius * Math.Sin(a));
        }
        ring[n] = ring[0].Copy();
        return Factory.CreatePolygon(ring);
    }

    private static Polygon Ellipse(Envelope e, int n)
    {
        var ring = new Coordinate[n + 1];
        for (var i = 0; i < n; i++)
        {
            var a = 2 * Math.PI * i / n;
            ring[i] = new Coordinate(e.Centre.X + e.Width / 2 * Math.Cos(a), e.Centre.Y + e.Height / 2 * Math.Sin(a));
        }
        ring[n] = ring[0].Copy();
        return Factory.CreatePolygon(ring);
    }

    /// <summary>
    /// 77 polygons partitioning a ~45 km city with a detailed outline: Voronoi cells of 24,000 fine seeds, each given to
    /// the nearest of 77 coarse seeds (distance jittered, so borders are jagged), merged per precinct, cut by the outline.
    /// </summary>
    private static List<Geometry> Precincts(Random random)
    {
        const double size = 45_000;
        var outline = Municipality45(random, size);
        var coarse = Enumerable.Range(0, 77).Select(_ => (A: random.NextDouble() * 2 * Math.PI, R: Math.Sqrt(random.NextDouble()) * size * 0.36))
            .Select(p => new Coordinate(size / 2 + p.R * Math.Cos(p.A), size / 2 + p.R * Math.Sin(p.A))).ToArray();
        var fine = Enumerable.Range(0, 24_000).Select(_ => new Coordinate(random.NextDouble() * size, random.NextDouble() * size)).ToArray();
        var builder = new VoronoiDiagramBuilder { ClipEnvelope = new Envelope(-1000, size + 1000, -1000, size + 1000) };
        builder.SetSites(fine);
        var cells = builder.GetDiagram(Factory);
        var members = Enumerable.Range(0, coarse.Length).Select(_ => new List<Geometry>()).ToArray();
        for (var i = 0; i < cells.NumGeometries; i++)
        {
            var cell = cells.GetGeometryN(i);
            var site = (Coordinate)cell.UserData;
            var best = 0;
            var bestD = double.MaxValue;
            for (var k = 0; k < coarse.Length; k++)
            {
                var d = site.Distance(coarse[k]) * (0.8 + 0.4 * random.NextDouble());
                if (d < bestD) { bestD = d; best = k; }
            }
            members[best].Add(cell);
        }
        var result = new List<Geometry>();
        foreach (var m in members)
        {
            if (m.Count == 0) continue;
            var merged = NetTopologySuite.Operation.OverlayNG.CoverageUnion.Union(Factory.BuildGeometry(m));
            var cut = OverlayNGRobust.Overlay(merged, outline, NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection);
            if (!cut.IsEmpty && cut.Area > 0) result.Add(cut);
        }
        return result;
    }

    private static Polygon Municipality45(Random random, double size)
    {
        const int n = 60_000;
        double cx = size / 2, cy = size / 2, r0 = size * 0.4;
        var amp = Enumerable.Range(0, 301).Select(k => k < 2 ? 0 : 600.0 / k * (0.5 + random.NextDouble())).ToArray();
        var ph = Enumerable.Range(0, 301).Select(_ => random.NextDouble() * 2 * Math.PI).ToArray();
        var ring = new Coordinate[n + 1];
        for (var i = 0; i < n; i++)
        {
            var a = 2 * Math.PI * i / n;
            var r = r0;
            for (var k = 2; k <= 300; k++) r += amp[k] * Math.Sin(k * a + ph[k]);
            r += (random.NextDouble() - 0.5) * 20;
            ring[i] = new Coordinate(cx + r * Math.Cos(a), cy + r * Math.Sin(a));
        }
        ring[n] = ring[0].Copy();
        return Factory.CreatePolygon(ring);
    }

    private static double Sq(double v) => v * v;

    private static void WriteBoundary(string path, MultiPolygon boundary)
    {
        using var w = new StreamWriter(path);
        w.Write("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::3006\"}},");
        w.Write("\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"coast\"},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (var g = 0; g < boundary.NumGeometries; g++)
        {
            var polygon = (Polygon)boundary.GetGeometryN(g);
            w.Write(g > 0 ? ",[" : "[");
            WriteRing(w, polygon.ExteriorRing);
            foreach (var hole in polygon.InteriorRings) { w.Write(','); WriteRing(w, hole); }
            w.Write(']');
        }
        w.Write("]}}]}\n");
    }

    private static void WriteRing(StreamWriter w, LineString ring)
    {
        w.Write('[');
        for (var i = 0; i < ring.NumPoints; i++)
        {
            var c = ring.GetCoordinateN(i);
            w.Write(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(i > 0 ? "," : "")}[{c.X + 700_000:F3},{c.Y + 7_270_000:F3}]"));
        }
        w.Write(']');
    }

    private static void WritePoints(string path, Geometry boundary, int count, Random random)
    {
        var locator = new NetTopologySuite.Algorithm.Locate.IndexedPointInAreaLocator(boundary);
        var env = boundary.EnvelopeInternal;
        using var w = new StreamWriter(path);
        w.WriteLine("x,y");
        for (var written = 0; written < count;)
        {
            double x = env.MinX + random.NextDouble() * env.Width, y = env.MinY + random.NextDouble() * env.Height;
            if (locator.Locate(new Coordinate(x, y)) == Location.Exterior) continue;
            w.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{x + 700_000:F2},{y + 7_270_000:F2}"));
            written++;
        }
    }
}
