using System.CommandLine;
using Geo.Cli.Output;
using Geo.Storage;

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
            var code = p.GetValue(studyArea)!;
            await using var database = await Database.OpenAsync(ct);
            var sa = await new StudyAreaStore(database).GetAsync(code, ct)
                     ?? throw new ArgumentException($"Study area '{code}' does not exist (geo study-area list shows the ones that do).");
            var q = new SummaryQueries(database);
            var categories = await q.IncidentsByCategoryAsync(code, ct);
            var resources = await q.ResourcesByTypeAsync(code, ct);
            var sets = await q.AreaSetsAsync(code, ct);
            var batches = await q.ImportBatchesAsync(code, ct);
            if (p.GetValue(json))
            {
                Json.Write(new { studyArea = new { sa.Code, sa.Name, sa.Srid }, categories, resources, areaSets = sets, imports = batches });
                return 0;
            }
            Console.WriteLine($"Study area {sa.Code} {sa.Name} (EPSG:{sa.Srid})");
            Console.WriteLine($"Incidents: {categories.Sum(c => c.Incidents):N0} ({categories.Sum(c => c.WithoutLocation):N0} without location)");
            foreach (var c in categories.OrderByDescending(c => c.Incidents))
                Console.WriteLine($"  {c.Category,-32} {c.LabelSv,-32} {c.Incidents,10:N0}");
            Console.WriteLine($"Resources: {resources.Sum(r => r.Count):N0}");
            foreach (var r in resources) Console.WriteLine($"  {r.Type,-32} {r.Count,10:N0}");
            Console.WriteLine($"Area sets: {sets.Count}");
            foreach (var s in sets) Console.WriteLine($"  {s.Name,-32} {s.Kind,-10} {s.Areas,6:N0} areas  population {s.Population?.ToString("N0") ?? "–"}");
            Console.WriteLine($"Imports: {batches.Count}");
            return 0;
        });
        return cmd;
    }
}
