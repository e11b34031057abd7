using System.CommandLine;
using System.Globalization;
using Geo.Cli.Output;
using Geo.Planning.Runs;

namespace Geo.Cli.Commands;

/// <summary><c>geo analyze --study-area CODE …</c>: create a stored lägesbild run and print its top priorities.</summary>
public static class AnalyzeCommand
{
    public static Command Build()
    {
        var studyArea = new Option<string>("--study-area") { Description = "Study area code.", Required = true };
        var from = new Option<DateOnly?>("--from") { Description = "First local date of the period (default: the last 12 full months the data covers)." };
        var to = new Option<DateOnly?>("--to") { Description = "Last local date of the period (inclusive)." };
        var compareFrom = new Option<DateOnly?>("--compare-from") { Description = "First date of the comparison period (default: as many months, or days, just before the period: the 12 months before the default period)." };
        var compareTo = new Option<DateOnly?>("--compare-to") { Description = "Last date of the comparison period (inclusive)." };
        var areaSet = new Option<string?>("--area-set") { Description = "Area set to report (default: the finest set with population)." };
        var categories = new Option<string?>("--categories") { Description = "Category codes or main groups, comma separated (default: every category, reported per main group and in total)." };
        var cellSize = new Option<string>("--cell-size") { Description = "Grid cell size in metres, or auto (default).", DefaultValueFactory = _ => "auto" };
        var config = new Option<string?>("--config") { Description = "Settings file (JSON: reference municipality, priority weights, coverage distance and threshold, harm weights; see docs/lagesbild.md). Default: the study area's stored settings, else the built-in defaults." };
        var label = new Option<string?>("--label") { Description = "A label for the run (e.g. \"lägesbild 2025\")." };
        var lang = new Option<string>("--lang") { Description = "Language of the printed reasons and notices: sv (Swedish, default) or en (English). --json carries both.", DefaultValueFactory = _ => "sv" };
        lang.AcceptOnlyFromAmong("sv", "en");
        var json = new Option<bool>("--json") { Description = "Print the stored run and its top priorities as JSON." };
        var cmd = new Command("analyze",
            "Run the lägesbild on what is loaded for a study area and store it as a run: area indicators (rates, change,\n" +
            "trend, time of day and week, hot-cell shares, repeat places, data quality), Gi* cells and emerging classes,\n" +
            "hotspots with nearby resources and temporal coverage gaps, and priorities with their reasons. Every default is\n" +
            "announced; the run is reproducible and never changes afterwards (see geo runs).")
        { studyArea, from, to, compareFrom, compareTo, areaSet, categories, cellSize, config, label, lang, json };
        cmd.SetAction(async (p, ct) =>
        {
            var size = p.GetValue(cellSize)!;
            double? cell = null;
            if (size != "auto")
            {
                if (!double.TryParse(size, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !(v > 0))
                    throw new ArgumentException($"--cell-size must be a number of metres above 0 or auto, not '{size}'.");
                cell = v;
            }
            var cats = p.GetValue(categories)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var request = new AnalyzeRequest(p.GetValue(studyArea)!, p.GetValue(from), p.GetValue(to), p.GetValue(compareFrom), p.GetValue(compareTo),
                p.GetValue(areaSet), cats, cell, p.GetValue(config), p.GetValue(label), Environment.UserName);
            var asJson = p.GetValue(json);
            var language = p.GetValue(lang)!;
            await using var geo = await CliServices.OpenAsync(ct);
            var progress = new StepLog(step => { if (!asJson) Terminal.Log(language == "en" ? $"Analysing: {step} ..." : $"Analyserar: {step} ..."); });
            var result = await geo.Get<AnalyzeService>().RunAsync(request, progress, ct);
            if (asJson)
            {
                Json.Write(RunsCommand.ToJson(result.Run, result.Notices, result.TopAreas, result.TopHotspots, result.Hotspots));
                return 0;
            }
            foreach (var n in result.Notices) Terminal.Notice(n.Text(language));
            var en = language == "en";
            Console.WriteLine(en
                ? $"Run {result.Run.Id} of study area {result.Run.StudyAreaCode} stored ({result.Run.PeriodFrom:yyyy-MM-dd}–{result.Run.PeriodTo:yyyy-MM-dd}, {result.Run.IncidentsRead:N0} incidents read)."
                : $"Körning {result.Run.Id} av studieområde {result.Run.StudyAreaCode} sparad ({result.Run.PeriodFrom:yyyy-MM-dd}–{result.Run.PeriodTo:yyyy-MM-dd}, {result.Run.IncidentsRead:N0} händelser lästa).");
            Console.WriteLine((en ? "Steps: " : "Steg: ") + string.Join(" · ", result.Steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Seconds:0.00} s"))) +
                              string.Create(CultureInfo.InvariantCulture, $" · {(en ? "total" : "totalt")} {result.Steps.Sum(s => s.Seconds):0.00} s"));
            RunsCommand.WriteReference(result.Run, language);
            RunsCommand.WritePriorities(result.TopAreas, result.TopHotspots, result.Hotspots, language);
            return 0;
        });
        return cmd;
    }

    /// <summary>Reports each step as it starts, on the calling thread (System.Progress would post to the thread pool, out of order).</summary>
    private sealed class StepLog(Action<string> write) : IProgress<string>
    {
        public void Report(string value) => write(value);
    }
}
