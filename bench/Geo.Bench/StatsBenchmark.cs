using System.Diagnostics;
using System.Globalization;
using Geo.Analysis.Density;
using Geo.Analysis.Statistics;
using Geo.Analysis.Weights;

namespace Geo.Bench;

/// <summary>
/// Local statistics and KDE benchmark against R (spdep, spatstat). On a 400 × 250 = 100,000-cell grid with queen
/// contiguity and a fixed synthetic y: weights building (GridWeights.Queen + WithSelf / RowStandardise versus spdep
/// cell2nb + nb2listw), Gi* with 999 permutations (versus localG_perm on include.self, style "W") and local Moran with 999
/// permutations (versus localmoran_perm, style "W"); and a Gaussian KDE (σ = 500 m, no edge correction) of 1,000,000 points
/// onto a 1000 × 1000 grid of 100 m cells (versus spatstat density.ppp, dimyx = c(1000, 1000), edge = FALSE).
/// y and the points are written to a temp folder so the R scripts in bench/spdep read the same input.
/// Targets: weights &lt; 0.5 s; Gi* and LISA ≥ 50× spdep; KDE ≥ 2× spatstat.
/// </summary>
public static class StatsBenchmark
{
    private const int Columns = 400, Rows = 250, Permutations = 999, Points = 1_000_000, KdeCells = 1000;
    private const double KdeCellSize = 100, Sigma = 500;
    private const ulong Seed = 42;

    // The issue's spdep reference times (seconds), used as the baseline when R is not run.
    private const double RefWeights = 26, RefGi = 120, RefLisa = 150;

    public static int Run(string[] args)
    {
        var withR = args.Contains("--with-r");
        var nsim = Args.Int(args, "--r-nsim", Permutations);
        var folder = Args.String(args, "--out") ?? Path.Combine(Path.GetTempPath(), "geo-bench-stats");
        Directory.CreateDirectory(folder);
        Console.WriteLine($"Grid {Columns} x {Rows} = {Columns * Rows:N0} cells, queen; {Permutations} permutations, seed {Seed}; {Environment.ProcessorCount} cores");

        var y = SyntheticY();
        var (px, py) = SyntheticPoints();
        WriteY(Path.Combine(folder, "y.csv"), y);
        WritePoints(Path.Combine(folder, "points.csv"), px, py);
        Console.WriteLine($"Input written to {folder} (y.csv, points.csv)");

        // Warm-up on a small grid so JIT time is not counted.
        var small = GridWeights.Queen(20, 20);
        var smallY = y.AsSpan(0, 400);
        LocalGetisOrd.Compute(smallY, WeightsTransform.RowStandardise(WeightsTransform.WithSelf(small)), true, 9, Seed);
        LocalMoran.Compute(smallY, WeightsTransform.RowStandardise(small), 9, Seed);
        KernelDensity.Estimate(px.AsSpan(0, 1000), py.AsSpan(0, 1000), new DensityGrid(0, 0, KdeCellSize, 50, 50), new KdeOptions(Kernel.Gaussian, Sigma, EdgeCorrection: false));

        var clock = Stopwatch.StartNew();
        var queen = GridWeights.Queen(Columns, Rows);
        var wStar = WeightsTransform.RowStandardise(WeightsTransform.WithSelf(queen));
        var wRow = WeightsTransform.RowStandardise(queen);
        var weights = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"geo weights (Queen + WithSelf/RowStandardise): {weights,8:F3} s");

        clock.Restart();
        var gi = LocalGetisOrd.Compute(y, wStar, star: true, Permutations, Seed);
        var giSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"geo Gi* (999 permutations):                   {giSeconds,8:F3} s  ({gi.Count:N0} locations)");

        clock.Restart();
        var single = new ParallelOptions { MaxDegreeOfParallelism = 1 };
        LocalGetisOrd.Compute(y, wStar, star: true, Permutations, Seed, parallel: single);
        Console.WriteLine($"geo Gi* (999 permutations, 1 thread):         {clock.Elapsed.TotalSeconds,8:F3} s");

        clock.Restart();
        var lisa = LocalMoran.Compute(y, wRow, Permutations, Seed);
        var lisaSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"geo local Moran (999 permutations):           {lisaSeconds,8:F3} s  ({lisa.Count:N0} locations)");

        clock.Restart();
        LocalMoran.Compute(y, wRow, Permutations, Seed, parallel: single);
        Console.WriteLine($"geo local Moran (999 permutations, 1 thread): {clock.Elapsed.TotalSeconds,8:F3} s");

        clock.Restart();
        var kde = KernelDensity.Estimate(px, py, new DensityGrid(0, 0, KdeCellSize, KdeCells, KdeCells), new KdeOptions(Kernel.Gaussian, Sigma, EdgeCorrection: false));
        var kdeSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"geo KDE (Gaussian h=500, 1000x1000, 1M pts): {kdeSeconds,8:F3} s  (max {kde.Density.Max():F1} /km²)");

        double rWeights = RefWeights, rGi = RefGi, rLisa = RefLisa, rKde = double.NaN;
        var label = "issue's spdep reference times (baseline, not measured here)";
        if (withR)
        {
                        var stats = RScript.Run(RScript.Find("stats.R"), folder, nsim.ToString(CultureInfo.InvariantCulture));
            var kdeR = RScript.Run(RScript.Find("kde.R"), folder);
            rWeights = stats["weights"];
            rGi = stats["localG_perm"];
            rLisa = stats["localmoran_perm"];
            rKde = kdeR["density.ppp"];
            label = nsim == Permutations ? "spdep/spatstat measured here" : $"spdep measured here with nsim={nsim}, perm times scaled to 999";
        }
        Console.WriteLine();
        Console.WriteLine($"R: {label}");
        Console.WriteLine($"weights:     R {rWeights,8:F2} s  geo {weights,8:F3} s  ratio {rWeights / weights,8:F1}x  (target geo < 0.5 s: {(weights < 0.5 ? "met" : "MISSED")})");
        Report("Gi*", rGi, giSeconds, 50);
        Report("local Moran", rLisa, lisaSeconds, 50);
        if (!double.IsNaN(rKde)) Report("KDE", rKde, kdeSeconds, 2);
        else Console.WriteLine($"KDE:         spatstat not run (use --with-r); geo {kdeSeconds:F3} s (target >= 2x spatstat)");
        return 0;
    }

    private static void Report(string name, double r, double geo, double target) =>
        Console.WriteLine($"{name + ":",-12} R {r,8:F2} s  geo {geo,8:F3} s  ratio {r / geo,8:F1}x  (target >= {target}x: {(r / geo >= target ? "met" : "MISSED")})");

    /// <summary>Fixed synthetic counts per cell, row-major (row * 400 + column): a smooth surface, two hot spots and noise.</summary>
    private static double[] SyntheticY()
    {
        var random = new Random(42);
        var y = new double[Columns * Rows];
        for (var r = 0; r < Rows; r++)
            for (var c = 0; c < Columns; c++)
            {
                var smooth = 5 + 2 * Math.Sin(c / 25.0) + 2 * Math.Cos(r / 18.0);
                var hot = 8 * Math.Exp(-(Sq(c - 120) + Sq(r - 80)) / 400.0) + 6 * Math.Exp(-(Sq(c - 300) + Sq(r - 180)) / 900.0);
                y[r * Columns + c] = Math.Max(0, Math.Round(smooth + hot + 2 * (random.NextDouble() - 0.5)));
            }
        return y;
    }

    /// <summary>1,000,000 points in a 100 km square: half uniform, half in Gaussian clusters (σ 2 km).</summary>
    private static (double[] X, double[] Y) SyntheticPoints()
    {
        var random = new Random(42);
        var size = KdeCells * KdeCellSize;
        var x = new double[Points];
        var y = new double[Points];
        var centres = Enumerable.Range(0, 20).Select(_ => (X: 10_000 + random.NextDouble() * 80_000, Y: 10_000 + random.NextDouble() * 80_000)).ToArray();
        for (var i = 0; i < Points; i++)
        {
            if (i % 2 == 0) { x[i] = random.NextDouble() * size; y[i] = random.NextDouble() * size; continue; }
            var (cx, cy) = centres[random.Next(centres.Length)];
            double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
            var radius = 2000 * Math.Sqrt(-2 * Math.Log(u1));
            x[i] = Math.Clamp(cx + radius * Math.Cos(2 * Math.PI * u2), 0, size - 1e-6);
            y[i] = Math.Clamp(cy + radius * Math.Sin(2 * Math.PI * u2), 0, size - 1e-6);
        }
        return (x, y);
    }

    private static double Sq(double v) => v * v;

    private static void WriteY(string path, double[] y)
    {
        using var w = new StreamWriter(path);
        w.WriteLine("y");
        foreach (var v in y) w.WriteLine(v.ToString("R", CultureInfo.InvariantCulture));
    }

    private static void WritePoints(string path, double[] x, double[] y)
    {
        using var w = new StreamWriter(path);
        w.WriteLine("x,y");
        for (var i = 0; i < x.Length; i++)
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{x[i]:F3},{y[i]:F3}"));
    }
}
