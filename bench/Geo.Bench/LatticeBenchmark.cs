using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Geo.Bench;

/// <summary>
/// Polygon-layer benchmark (issue 10): a 200 × 200 = 40,000-square lattice (100 m squares in SWEREF 99 TM, a fixed
/// synthetic y) written as GeoJSON; the whole <c>geo stats gistar --weights queen --permutations 999</c> process timed
/// (start-up, reading, queen contiguity, the statistic, printing), and in the same run spdep's <c>localG_perm</c> with
/// 999 permutations on the same file (bench/spdep/lattice.R; poly2nb and reading not counted). Target: geo's whole
/// process ≥ 50× faster than spdep's statistic alone. The geo run is <c>./geo</c>'s ReadyToRun build (.geo/bin) when
/// present — the form users run; the plain Release build JIT-compiles the reader at every start.
/// </summary>
public static class LatticeBenchmark
{
    private const int Side = 200;

    public static int Run(string[] args)
    {
        var folder = Args.String(args, "--out") ?? Path.Combine(Path.GetTempPath(), "geo-bench-lattice");
        var runs = Args.Int(args, "--runs", 5);
        var nsim = Args.Int(args, "--r-nsim", 999);
        var withR = !args.Contains("--no-r");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "lattice.geojson");
        Write(file);
        Console.WriteLine($"{Side}x{Side} = {Side * Side:N0} squares written to {file} ({new FileInfo(file).Length / 1e6:F1} MB); {Environment.ProcessorCount} cores");

        var geo = Args.String(args, "--geo") ?? FindGeo();
        Console.WriteLine($"geo: dotnet {geo} stats gistar --input {Path.GetFileName(file)} --field y --weights queen --permutations 999");
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var psi = new ProcessStartInfo("dotnet", [geo, "stats", "gistar", "--input", file, "--field", "y", "--weights", "queen", "--permutations", "999"])
            { RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet");
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEnd();
            var rows = stdout.Result.Split('\n').Length;
            p.WaitForExit();
            if (p.ExitCode != 0) throw new InvalidOperationException($"geo failed ({p.ExitCode}): {stderr}");
            times.Add(clock.Elapsed.TotalSeconds);
            Console.WriteLine($"  run {i + 1}: {times[^1]:F3} s whole process ({rows:N0} lines printed)");
        }
        var best = times.Min();
        var median = times.Order().ElementAt(times.Count / 2);
        Console.WriteLine($"geo whole process: best {best:F3} s, median {median:F3} s");
        if (!withR) return 0;

        var r = RScript.Run(RScript.Find("lattice.R"), folder, nsim.ToString(CultureInfo.InvariantCulture));
        var g = r["localG_perm"];
        Console.WriteLine($"spdep localG_perm (999): {g:F2} s{(nsim != 999 ? $" (nsim {nsim}, scaled)" : "")}; geo whole process (median) {median:F3} s: " +
            $"ratio {g / median:F1}x (best {g / best:F1}x)  (target >= 50x: {(g / median >= 50 ? "met" : "MISSED")})");
        return 0;
    }

    private static void Write(string path)
    {
        var random = new Random(42);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.Write("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::3006\"}},\"features\":[\n");
        for (var r = 0; r < Side; r++)
            for (var c = 0; c < Side; c++)
            {
                var smooth = 5 + 2 * Math.Sin(c / 12.0) + 2 * Math.Cos(r / 9.0);
                var hot = 8 * Math.Exp(-(Sq(c - 60) + Sq(r - 60)) / 200.0) + 6 * Math.Exp(-(Sq(c - 150) + Sq(r - 140)) / 450.0);
                var y = Math.Max(0, Math.Round(smooth + hot + 2 * (random.NextDouble() - 0.5)));
                double x0 = 700_000 + c * 100.0, y0 = 7_290_000 + r * 100.0, x1 = x0 + 100, y1 = y0 + 100;
                if (r > 0 || c > 0) w.Write(",\n");
                w.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{{\"type\":\"Feature\",\"properties\":{{\"id\":{r * Side + c + 1},\"y\":{y}}},\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[[{x0:F1},{y0:F1}],[{x1:F1},{y0:F1}],[{x1:F1},{y1:F1}],[{x0:F1},{y1:F1}],[{x0:F1},{y0:F1}]]]}}}}"));
            }
        w.Write("\n]}\n");
    }

    private static double Sq(double v) => v * v;

    /// <summary>The geo the user runs: <c>./geo</c>'s ReadyToRun build in .geo/bin when present, else the Release build.</summary>
    private static string FindGeo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var published = Path.Combine(dir.FullName, ".geo", "bin", "geo.dll");
            if (File.Exists(published) && File.Exists(Path.Combine(dir.FullName, "geo"))) return published;
            var candidate = Path.Combine(dir.FullName, "src", "Geo.Cli", "bin", "Release", "net10.0", "geo.dll");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException("no geo.dll found: run ./geo --help once (ReadyToRun build in .geo/bin), or build Geo.sln -c Release, or give --geo PATH/geo.dll.");
    }
}
