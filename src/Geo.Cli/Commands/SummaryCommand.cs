using System.CommandLine;
using Geo.Cli.Output;
using Geo.Planning.Summaries;

namespace Geo.Cli.Commands;

/// <summary><c>geo summary --study-area CODE</c>: what is loaded.</summary>
public static class SummaryCommand
{
    public static Command Build()
    {
        var studyArea = new Option<string>("--study-area") { Description = "Study area code.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print as JSON." };
        var cmd = new Command("summary", "Counts of what is loaded for a study area: incidents by category, resources by type, area sets, import batches.") { studyArea, json };
        cmd.SetAction(async (p, ct) =>
        {
            await using var geo = await CliServices.OpenAsync(ct);
            var s = await geo.Get<SummaryService>().GetAsync(p.GetValue(studyArea)!, ct);
            if (p.GetValue(json))
            {
                Json.Write(new
                {
                    studyArea = new { s.StudyArea.Code, s.StudyArea.Name, s.StudyArea.Srid },
                    categories = s.Categories,
                    resources = s.Resources,
                    areaSets = s.AreaSets,
                    imports = s.Imports.Select(i => i.Batch),
                });
                return 0;
            }
            Console.WriteLine($"Study area {s.StudyArea.Code} {s.StudyArea.Name} (EPSG:{s.StudyArea.Srid})");
            var categories = Tables.Create("category", "label", ">incidents", ">without location");
            foreach (var c in s.Categories) categories.Row(c.Category, c.LabelSv, $"{c.Incidents:N0}", $"{c.WithoutLocation:N0}");
            Tables.Write($"Incidents: {s.Incidents:N0} ({s.WithoutLocation:N0} without location)", categories);
            var resources = Tables.Create("type", ">resources");
            foreach (var r in s.Resources) resources.Row(r.Type, $"{r.Count:N0}");
            Tables.Write($"Resources: {s.Resources.Sum(r => r.Count):N0}", resources);
            var sets = Tables.Create("area set", "kind", ">areas", ">population");
            foreach (var a in s.AreaSets) sets.Row(a.Name, a.Kind, $"{a.Areas:N0}", a.Population?.ToString("N0") ?? "–");
            Tables.Write($"Area sets: {s.AreaSets.Count}", sets);
            var imports = Tables.Create(">batch", "kind", "file", "source", ">rows", ">new", ">rejected", "finished");
            foreach (var i in s.Imports)
                imports.Row(i.Batch.Id.ToString(), i.Batch.Kind.ToString().ToLowerInvariant(), i.Batch.FileName, i.Batch.Source, $"{i.Batch.RowsRead:N0}",
                    $"{i.Counts.New:N0}", $"{i.Batch.RowsRejected:N0}", i.Batch.FinishedAt?.ToLocalTime().ToString("yyyy-MM-dd HH:mm") ?? "–");
            Tables.Write($"Imports: {s.Imports.Count}", imports);
            return 0;
        });
        return cmd;
    }
}
