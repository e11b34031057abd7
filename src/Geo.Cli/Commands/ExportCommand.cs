using System.CommandLine;
using Geo.Cli.Output;
using Geo.Core.Domain;
using Geo.Formats.Exports;
using Geo.Planning.Exports;
using Geo.Planning.Runs;
using Geo.Storage;
using Geo.Storage.Model;

namespace Geo.Cli.Commands;

/// <summary>
/// <c>geo export RUN --what W --format F [--role] [--lang] [--dialect] --out FILE</c>: a stored run's table as CSV, XLSX,
/// GeoJSON or GeoPackage for a role, with small counts suppressed for coordinator and partner; every export written to
/// the audit log.
/// </summary>
public static class ExportCommand
{
    public static Command Build()
    {
        var run = new Argument<string>("RUN") { Description = "Run id (geo runs list), or latest (the newest run, of --study-area when given)." };
        var studyArea = new Option<string?>("--study-area") { Description = "With latest: the newest run of this study area." };
        var what = new Option<string>("--what")
        {
            Description = "What to export: indicators, hotspots, areas, reference (every role); cells, priorities, plan (coordinator and analyst).",
            Required = true,
        };
        what.AcceptOnlyFromAmong([.. ExportWhat.All]);
        var format = new Option<string?>("--format") { Description = "csv, xlsx, geojson or gpkg (default: from the extension of --out)." };
        format.AcceptOnlyFromAmong([.. ExportFormats.All]);
        var role = new Option<string?>("--role")
        {
            Description = "Who the export is for: coordinator (default) or partner get counts from 1 to k-1 shown as <k and complements hidden as ..; partners get no cells, priorities or plan and no areas below the threshold; analyst sees every count.",
        };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var lang = new Option<string>("--lang") { Description = "Language of labels and words: sv (Swedish, default) or en (English).", DefaultValueFactory = _ => "sv" };
        lang.AcceptOnlyFromAmong("sv", "en");
        var dialect = new Option<string?>("--dialect") { Description = "CSV dialect: excel-sv (semicolon, decimal comma; default for sv) or standard (comma, decimal point; default for en)." };
        dialect.AcceptOnlyFromAmong([.. ExportFormats.Dialects]);
        var output = new Option<string>("--out") { Description = "The file to write (replaced only when the export succeeds; a CSV gets its metadata in NAME.metadata.json beside it).", Required = true };
        var cmd = new Command("export", "A stored run's table (indicators, hotspots, cells, priorities, plan, areas, reference) as CSV (Swedish Excel by default), XLSX, GeoJSON or GeoPackage for a role, with its metadata and disclosure control; every export is written to the audit log.")
            { run, studyArea, what, format, role, lang, dialect, output };
        cmd.SetAction(async (p, ct) =>
        {
            var path = p.GetValue(output)!;
            var language = p.GetValue(lang)!;
            var en = language == "en";
            var w = p.GetValue(what)!;
            var fmt = p.GetValue(format);
            if (fmt is null)
            {
                var ext = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
                fmt = ext switch { "json" => ExportFormats.GeoJson, _ => ext };
                if (!ExportFormats.All.Contains(fmt))
                    throw new ArgumentException(en
                        ? $"--format is not given and the extension of --out ('{Path.GetExtension(path)}') is not one of {string.Join(", ", ExportFormats.All)}: give --format."
                        : $"--format saknas och filändelsen för --out ('{Path.GetExtension(path)}') är inte en av {string.Join(", ", ExportFormats.All)}: ange --format.");
            }
            var r = p.GetValue(role);
            if (r is null)
            {
                r = Roles.Coordinator;
                Terminal.Notice(en ? "role coordinator (the default; --role chooses analyst, coordinator or partner)" : "roll coordinator (standard; välj med --role analyst, coordinator eller partner)");
            }
            var d = p.GetValue(dialect);
            var line = $"geo export {p.GetValue(run)} --what {w} --format {fmt} --role {r} --lang {language}" + (d is null ? "" : $" --dialect {d}") + $" --out {path}";
            await using var geo = await CliServices.OpenAsync(ct);
            long rows = 0;
            var status = 1;
            try
            {
                var id = await geo.Get<RunsService>().ResolveAsync(p.GetValue(run)!, p.GetValue(studyArea), ct);
                var progress = new Log(step => Terminal.Log(en ? $"Export: {step} ..." : $"Export: {step} ..."));
                var result = await geo.Get<ExportService>().WriteFileAsync(
                    new ExportRequest(id, w, fmt, r, language, d, "cli:" + Environment.UserName), path, progress, ct);
                rows = result.Rows;
                status = 0;
                foreach (var n in result.Notices) Terminal.Notice(n);
                Console.WriteLine(en
                    ? $"Export of run {id} ({w}, {result.Format}, for the {result.Role}): {result.Rows:N0} rows written to {Path.GetFullPath(path)}"
                    : $"Export av körning {id} ({w}, {result.Format}, för {result.Role}): {result.Rows:N0} rader skrivna till {Path.GetFullPath(path)}");
                if (result.MetadataPath is { } m) Console.WriteLine(en ? $"Metadata: {m}" : $"Metadata: {m}");
                Console.WriteLine(result.Threshold is { } k
                    ? en ? $"Suppression: k = {k}; {result.SmallCells} counts shown as <{k}, {result.SecondaryCells} hidden as .. (complements)"
                         : $"Röjandekontroll: k = {k}; {result.SmallCells} antal visas som <{k}, {result.SecondaryCells} döljs som .. (sekundärt)"
                    : en ? "Suppression: none (analyst)" : "Röjandekontroll: ingen (analytiker)");
                return 0;
            }
            finally
            {
                await geo.Get<AuditStore>().AppendAsync([new AuditLogEntity
                {
                    At = DateTimeOffset.UtcNow, KeyName = "cli:" + Environment.UserName, Role = r, Method = "CLI", Path = line,
                    What = $"export {w} {fmt}", Rows = rows, Status = status,
                }], CancellationToken.None);
            }
        });
        return cmd;
    }

    private sealed class Log(Action<string> write) : IProgress<string>
    {
        public void Report(string value) => write(value);
    }
}
