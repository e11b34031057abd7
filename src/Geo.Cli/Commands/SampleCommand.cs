using System.CommandLine;
using Geo.Cli.Output;
using Geo.Planning.Samples;
using Geo.Sample;

namespace Geo.Cli.Commands;

/// <summary><c>geo sample generate</c>: a synthetic municipality with planted ground truth.</summary>
public static class SampleCommand
{
    public static Command Build()
    {
        var cmd = new Command("sample", "Synthetic sample municipalities with known ground truth, for demos, tests and benchmarks.");
        var output = new Option<string>("--out") { Description = "Output folder (created; existing sample files are overwritten).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives byte-identical files.", DefaultValueFactory = _ => 42 };
        var years = new Option<int>("--years") { Description = "Number of years of incidents.", DefaultValueFactory = _ => 5 };
        var perYear = new Option<int>("--incidents-per-year") { Description = "Police-reported crimes per year (municipal reports and field observations come on top).", DefaultValueFactory = _ => 8000 };
        var boundary = new Option<string?>("--boundary") { Description = "Lay the model over a real boundary (GeoJSON/GeoPackage), e.g. ../shared/data/sweden/kommuner_sweref99tm.geojson; needs --code." };
        var code = new Option<string?>("--code") { Description = "Code of the feature in --boundary, e.g. 2580 (Luleå)." };
        var population = new Option<string?>("--population") { Description = "Urban areas with population (e.g. tatorter_wgs84.geojson) to place the population in." };
        var generate = new Command("generate",
            "Generate a sample municipality: boundary, DeSO-like areas and districts with population, resources,\n" +
            "incidents (police, municipal reports, field observations) with planted hotspots, trends and time profiles,\n" +
            "a planted temporal coverage gap, a ground-truth file, the analysis settings and a manifest for geo import\n" +
            "sample. Without --boundary: Exempelkommun (code 9999), ~80,000 inhabitants.")
            { output, seed, years, perYear, boundary, code, population };
        generate.SetAction(p =>
        {
            var options = new SampleOptions(p.GetValue(seed), p.GetValue(years), p.GetValue(perYear),
                BoundaryFile: p.GetValue(boundary), Code: p.GetValue(code), PopulationFile: p.GetValue(population));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using var geo = CliServices.Files();
            var result = geo.Get<SampleService>().Generate(options, p.GetValue(output)!, new SyncProgress(Terminal.Log));
            Console.WriteLine($"{result.Name} (code {result.Code}): {result.Population:N0} inhabitants.");
            foreach (var f in result.Files) Console.WriteLine($"  {f.Name,-28} {f.Rows,10:N0} rows {f.Bytes / 1024.0,10:N0} KB");
            Console.WriteLine($"Incidents by group: {string.Join(", ", result.IncidentsByGroup.Select(g => $"{g.Key} {g.Value:N0}"))}; {result.Withheld:N0} with withheld location.");
            foreach (var h in result.Hotspots)
                Console.WriteLine($"  planted {h.Trend,-12} hotspot {h.Id}: {string.Join(", ", h.Categories)}, x{h.Multiplier:F1} at peak, {100 * h.TimeProfile.ObservedShareInWindow:F0}% in its window ({h.TimeProfile.Profile.Description}), expected class {h.ExpectedClassYearly} (yearly)");
            foreach (var g in result.CoverageGaps)
                Console.WriteLine($"  planted coverage gap at {g.Hotspot}: {g.Resource} ({g.OpeningHours}) {g.DistanceMetres:F0} m away; {100 * g.UncoveredShareOfExtras:F0}% of its extra incidents when no prevention resource within {g.WithinMetres:F0} m is open");
            Console.WriteLine($"Ground truth: {Path.Combine(p.GetValue(output)!, "ground_truth.json")}");
            Console.WriteLine($"Written to {Path.GetFullPath(p.GetValue(output)!)} in {clock.Elapsed.TotalSeconds:F1} s. Load it with: geo import sample {p.GetValue(output)}");
            return 0;
        });
        cmd.Subcommands.Add(generate);
        return cmd;
    }

    /// <summary>Reports on the calling thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
