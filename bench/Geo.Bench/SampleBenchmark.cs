using System.Diagnostics;
using Geo.Sample;

namespace Geo.Bench;

/// <summary>
/// Issue #3's generator benchmark: a large sample (default 200,000 police-reported crimes a year for 5 years,
/// about 1.1M incidents with municipal reports and observations) written in constant memory. Prints time,
/// incidents/s and peak memory; compare with a small run to see that memory does not grow with the volume.
/// </summary>
public static class SampleBenchmark
{
    public static int Run(string[] args)
    {
        var perYear = Args.Int(args, "--incidents-per-year", 200_000);
        var years = Args.Int(args, "--years", 5);
        var output = Args.String(args, "--out") ?? Path.Combine(Path.GetTempPath(), $"geo-sample-bench-{perYear}");
        var clock = Stopwatch.StartNew();
        var result = SampleGenerator.Generate(new SampleOptions(Years: years, IncidentsPerYear: perYear), output);
        var seconds = clock.Elapsed.TotalSeconds;
        var incidents = Directory.GetFiles(output, "incidents_*.csv").Sum(f => File.ReadLines(f).LongCount() - 1);
        var bytes = Directory.GetFiles(output).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"sample generate: {incidents:N0} incidents, {bytes / 1e6:N0} MB in {seconds:F1} s ({incidents / seconds:N0} incidents/s)");
        Console.WriteLine($"peak memory (VmHWM): {Args.PeakMegabytes():N0} MB");
        return 0;
    }
}
