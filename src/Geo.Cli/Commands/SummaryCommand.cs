using System.CommandLine;
using System.Globalization;
using Geo.Cli.Output;
using Geo.Core.Domain;
using Geo.Planning.Summaries;
using Geo.Storage;

namespace Geo.Cli.Commands;

/// <summary><c>geo summary --study-area CODE [--lang sv|en] [--json]</c>: what is loaded.</summary>
public static class SummaryCommand
{
    public static Command Build()
    {
        var studyArea = new Option<string>("--study-area") { Description = "Study area code.", Required = true };
        var lang = new Option<string>("--lang") { Description = "Language of the category labels in the table: sv (Swedish) or en (English). --json carries both.", DefaultValueFactory = _ => "sv" };
        lang.AcceptOnlyFromAmong("sv", "en");
        var json = new Option<bool>("--json") { Description = "Print as JSON (enums as their codes, both labels of each category)." };
        var cmd = new Command("summary",
            "Counts of what is loaded for a study area: incidents by category and by source (first and last date, location and\n" +
            "time precision), resources by type, area sets, import batches.") { studyArea, lang, json };
        cmd.SetAction(async (p, ct) =>
        {
            await using var geo = await CliServices.OpenAsync(ct);
            var s = await geo.Get<SummaryService>().GetAsync(p.GetValue(studyArea)!, ct);
            if (p.GetValue(json))
            {
                Json.Write(new
                {
                    studyArea = new { s.StudyArea.Code, s.StudyArea.Name, s.StudyArea.Srid, s.StudyArea.TimeZone },
                    categories = s.Categories,
                    sources = s.Sources,
                    resources = s.Resources,
                    areaSets = s.AreaSets,
                    imports = s.Imports.Select(i => i.Batch),
                });
                return 0;
            }
            var english = p.GetValue(lang) == "en";
            Console.WriteLine($"Study area {s.StudyArea.Code} {s.StudyArea.Name} (EPSG:{s.StudyArea.Srid}, {s.StudyArea.TimeZone})");
            var categories = Tables.Create("category", "label", ">incidents", ">without location");
            foreach (var c in s.Categories) categories.Row(c.Category, english ? c.LabelEn : c.LabelSv, $"{c.Incidents:N0}", $"{c.WithoutLocation:N0}");
            Tables.Write($"Incidents: {s.Incidents:N0} ({s.WithoutLocation:N0} without location)", categories);
            Tables.Write($"Sources: {s.Sources.Count} (dates in {s.StudyArea.TimeZone}; incidents per location precision)", SourcesTable(s.Sources));
            var resources = Tables.Create("type", ">resources");
            foreach (var r in s.Resources) resources.Row(r.Type, $"{r.Count:N0}");
            Tables.Write($"Resources: {s.Resources.Sum(r => r.Count):N0}", resources);
            var sets = Tables.Create("area set", "kind", ">areas", ">population");
            foreach (var a in s.AreaSets) sets.Row(a.Name, a.Kind, $"{a.Areas:N0}", a.Population?.ToString("N0") ?? "–");
            Tables.Write($"Area sets: {s.AreaSets.Count}", sets);
            var imports = Tables.Create(">batch", "kind", "file", "source", ">rows", ">new", ">rejected", "finished");
            foreach (var i in s.Imports)
                imports.Row(i.Batch.Id.ToString(), i.Batch.Kind.Code(), i.Batch.FileName, i.Batch.Source, $"{i.Batch.RowsRead:N0}",
                    $"{i.Counts.New:N0}", $"{i.Batch.RowsRejected:N0}", i.Batch.FinishedAt?.ToLocalTime().ToString("yyyy-MM-dd HH:mm") ?? "–");
            Tables.Write($"Imports: {s.Imports.Count}", imports);
            return 0;
        });
        return cmd;
    }

    /// <summary>
    /// One row per source: incidents, first and last date, one column per location precision (by code) and without point,
    /// then the time precisions that occur ("minute 36,144 · day 3,856").
    /// </summary>
    private static Spectre.Console.Table SourcesTable(IReadOnlyList<SourceSummary> sources)
    {
        var columns = new List<string> { "source", ">incidents", "first", "last" };
        columns.AddRange(Codes.LocationPrecision.Codes.Select(c => ">" + c));
        columns.Add(">without point");
        columns.Add("time precision");
        var table = Tables.Create([.. columns]);
        foreach (var s in sources)
        {
            var cells = new List<string> { s.Source, $"{s.Incidents:N0}", Date(s.FirstDate), Date(s.LastDate) };
            cells.AddRange(Enum.GetValues<LocationPrecision>().Select(lp => $"{s.ByLocationPrecision.GetValueOrDefault(lp):N0}"));
            cells.Add($"{s.WithoutPoint:N0}");
            cells.Add(string.Join(" · ", Enum.GetValues<TimePrecision>().Where(tp => s.ByTimePrecision.GetValueOrDefault(tp) > 0)
                .Select(tp => $"{tp.Code()} {s.ByTimePrecision[tp]:N0}")));
            table.Row([.. cells]);
        }
        return table;
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
