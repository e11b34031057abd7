using System.CommandLine;
using Geo.Cli.Output;
using Geo.Planning.Runs;
using Geo.Reporting.Reports;

namespace Geo.Cli.Commands;

/// <summary><c>geo report RUN --format html|pdf|md|json [--lang] [--plan] [--role] --out FILE</c>: the lägesbild as a document.</summary>
public static class ReportCommand
{
    public static Command Build()
    {
        var run = new Argument<string>("RUN") { Description = "Run id (geo runs list), or latest (the newest run, of --study-area when given)." };
        var studyArea = new Option<string?>("--study-area") { Description = "With latest: the newest run of this study area." };
        var format = new Option<string?>("--format") { Description = "html, pdf, md or json (default: from the extension of --out, else html)." };
        format.AcceptOnlyFromAmong([.. ReportRoles.Formats]);
        var lang = new Option<string>("--lang") { Description = "Language: sv (Swedish, default) or en (English).", DefaultValueFactory = _ => "sv" };
        lang.AcceptOnlyFromAmong("sv", "en");
        var plan = new Option<long?>("--plan") { Description = "The åtgärdsplan of section 10 (geo plan list); default: the newest plan drafted from the run (geo plan draft RUN makes one); section 11 follows up the newest plan of an earlier run." };
        var role = new Option<string>("--role")
        {
            Description = "Who the report is for: coordinator (default) or partner get counts from 1 to k-1 suppressed (<5); analyst sees every count.",
            DefaultValueFactory = _ => ReportRoles.Coordinator,
        };
        role.AcceptOnlyFromAmong([.. ReportRoles.All]);
        var suppress = new Option<int>("--suppress-below") { Description = "k: counts from 1 to k-1 are suppressed for coordinator and partner.", DefaultValueFactory = _ => ReportRoles.DefaultSuppressBelow };
        var output = new Option<string>("--out") { Description = "The file to write (for md, its figures go to a folder NAME_figures beside it).", Required = true };
        var cmd = new Command("report", "The lägesbild of a stored run as a document in twelve sections (summary, method, reference values, trends, where, when, priorities, resources and coverage gaps, cause-analysis facts, action plan, follow-up, appendix), Swedish by default; PDF through headless Chromium.")
            { run, studyArea, format, lang, plan, role, suppress, output };
        cmd.SetAction(async (p, ct) =>
        {
            var path = p.GetValue(output)!;
            var fmt = p.GetValue(format) ?? Path.GetExtension(path).TrimStart('.').ToLowerInvariant() switch
            {
                "pdf" => "pdf",
                "md" => "md",
                "json" => "json",
                _ => "html",
            };
            var language = p.GetValue(lang)!;
            await using var geo = await CliServices.OpenAsync(ct);
            var id = await geo.Get<RunsService>().ResolveAsync(p.GetValue(run)!, p.GetValue(studyArea), ct);
            var progress = new Log(step => Terminal.Log(language == "en" ? $"Report: {step} ..." : $"Rapport: {step} ..."));
            var result = await geo.Get<ReportService>().WriteAsync(
                new ReportRequest(id, path, fmt, language, p.GetValue(role)!, p.GetValue(plan), p.GetValue(suppress)), progress, ct);
            foreach (var n in result.Notices) Terminal.Notice(n);
            Console.WriteLine(language == "en"
                ? $"Report of run {id} ({result.Format}, {result.Sections} sections, for the {result.Role}) written to {result.Path}"
                : $"Rapport för körning {id} ({result.Format}, {result.Sections} avsnitt, för {result.Role}) skriven till {result.Path}");
            return 0;
        });
        return cmd;
    }

    private sealed class Log(Action<string> write) : IProgress<string>
    {
        public void Report(string value) => write(value);
    }
}
