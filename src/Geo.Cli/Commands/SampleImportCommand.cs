using System.CommandLine;
using Geo.Core.Domain;
using Geo.Cli.Output;
using Geo.Planning.Samples;

namespace Geo.Cli.Commands;

/// <summary><c>geo import sample DIR [--study-area CODE]</c>: load a whole sample municipality.</summary>
public static class SampleImportCommand
{
    public static Command Build()
    {
        var folder = new Argument<string>("DIR") { Description = "Folder with manifest.json (from geo sample generate, e.g. data/sample)." };
        var studyArea = new Option<string?>("--study-area") { Description = "Study area code to load under (default: the manifest's, 9999 for Exempelkommun)." };
        var json = new Option<bool>("--json") { Description = "Print one result per file as JSON." };
        var cmd = new Command("sample",
            "Load a whole sample municipality: create the study area from its boundary, then its area sets, resources\n" +
            "and incident files, each in its own transaction (re-running reports every row unchanged).") { folder, studyArea, json };
        cmd.SetAction(async (p, ct) =>
        {
            var asJson = p.GetValue(json);
            await using var geo = await CliServices.OpenAsync(ct);
            var result = await geo.Get<SampleImportService>().RunAsync(p.GetValue(folder)!, p.GetValue(studyArea), Environment.UserName,
                onFile: i => { if (!asJson) Terminal.Log($"Loading {i.Kind.Code()} {i.File} ..."); }, ct: ct);
            if (asJson)
            {
                Json.Write(new
                {
                    studyArea = result.StudyAreaCode,
                    imports = result.Imports.Select(r => new { file = r.Import.File, kind = r.Import.Kind, result = ImportCommand.ToJson(r.Summary, failed: false) }),
                });
                return 0;
            }
            Console.WriteLine($"Sample {result.StudyAreaName} loaded as study area {result.StudyAreaCode}:");
            foreach (var (import, summary) in result.Imports)
            {
                Console.WriteLine("  " + ImportCommand.Describe(import.File, summary));
                if (summary.RejectReport is not null) Console.WriteLine($"    Reject report: {summary.RejectReport}");
            }
            if (result.AnalysisConfig is { } config)
                Console.WriteLine($"  Analysis settings {config} stored for study area {result.StudyAreaCode} (geo analyze uses them unless --config is given).");
            return 0;
        });
        return cmd;
    }
}
