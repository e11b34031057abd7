using System.CommandLine;
using System.Globalization;
using Geo.Cli.Output;
using Geo.Core.Crs;
using Geo.Core.Domain;
using Geo.Import;
using Geo.Import.Pipeline;
using Geo.Planning.Imports;

namespace Geo.Cli.Commands;

/// <summary><c>geo import incidents|resources|areas FILE --study-area CODE ...</c>.</summary>
public static class ImportCommand
{
    public static Command Build()
    {
        var cmd = new Command("import",
            "Load a file into a study area: one transaction, so a failed import changes nothing; re-importing the\n" +
            "same or an overlapping file adds no duplicates (rows are keyed by source and source id).\n" +
            "Formats: CSV (delimiter, decimal comma and encoding detected), GeoJSON, GeoPackage; .gz accepted.\n" +
            "Native CSV formats and mapping profiles: docs/import-formats.md; built-in profiles: geo profiles list.");
        cmd.Subcommands.Add(Kind("incidents", ImportKind.Incidents, "Load incidents (police reports, municipal reports, field observations)."));
        cmd.Subcommands.Add(Kind("resources", ImportKind.Resources, "Load resources and risk facilities (youth centres, schools, police, licensed premises, ...)."));
        cmd.Subcommands.Add(Kind("areas", ImportKind.Areas, "Load an area set (DeSO, RegSO, districts, custom) with population."));
        cmd.Subcommands.Add(SampleImportCommand.Build());
        return cmd;
    }

    private static Command Kind(string name, ImportKind kind, string description)
    {
        var file = new Argument<string>("FILE") { Description = "Input file (.csv, .geojson, .gpkg, optionally .gz)." };
        var studyArea = new Option<string>("--study-area") { Description = "Target study area code.", Required = true };
        var profile = new Option<string?>("--profile") { Description = "Built-in mapping profile (see geo profiles list)." };
        var mapping = new Option<string?>("--mapping") { Description = "Your own profile (.json) or category mapping (.csv: source_code,category)." };
        var crs = new Option<string?>("--crs") { Description = "CRS of the file's coordinates, e.g. EPSG:4326 (default: declared by the file or profile; lat/lon → EPSG:4326; x/y → the study area's CRS)." };
        var maxReject = new Option<double>("--max-reject-rate") { Description = "Largest share of rejected rows that still loads; above it nothing is loaded.", DefaultValueFactory = _ => 0.01 };
        var tolerance = new Option<double>("--tolerance") { Description = "Metres outside the study-area boundary still accepted (with a warning).", DefaultValueFactory = _ => 100 };
        var source = new Option<string?>("--source") { Description = "Source name for every row, e.g. kommun-felanmalan (default: the profile's, a 'source' column, or 'native'). Rows are keyed by source and source id." };
        var outside = new Option<string>("--outside") { Description = "Rows outside the study area (beyond --tolerance): reject them, or skip them without counting them as rejects (for national feeds such as the police's).", DefaultValueFactory = _ => "reject" };
        outside.AcceptOnlyFromAmong("reject", "skip");
        var report = new Option<string?>("--reject-report") { Description = "Reject report CSV path (default: $GEO_HOME/reports/<file>-<time>.rejects.csv, written only when rows were reported)." };
        var duplicates = new Option<string>("--duplicates")
        {
            Description = "Rows whose id repeats an earlier row's: reject them (reported with the row they repeat; they count towards the reject rate), " +
                          "or accept them on purpose keeping the first (keep-first) or the last (keep-last) row of each id.",
            DefaultValueFactory = _ => "reject",
        };
        duplicates.AcceptOnlyFromAmong("reject", "keep-first", "keep-last");
        var wait = new Option<double?>("--wait") { Description = "Seconds to wait for another import into the same study area (default: as long as it takes; 0: do not wait)." };
        var keep = new Option<string[]>("--keep-attributes")
        {
            Description = "Extra columns to keep in the attributes, comma-separated (e.g. district,beat); besides a profile's \"attributes\" " +
                          "nothing else is kept. Column names that look personal are refused; values holding a personal identity number, " +
                          "a phone number or an e-mail address are dropped with a warning in the reject report.",
        };
        var allowText = new Option<string[]>("--allow-text")
        {
            Description = $"Attribute columns that may hold free text (over {ImportOptions.FreeTextMaxLength} characters, or sentences), comma-separated; " +
                          "kept as well, and still screened for personal data.",
        };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON on stdout." };
        var command = new Command(name, description) { file, studyArea, profile, mapping, crs, source, maxReject, tolerance, outside, duplicates, wait, report, keep, allowText, json };
        Option<string>? earliest = null;
        Option<double>? daysAhead = null;
        if (kind == ImportKind.Incidents)
        {
            earliest = new Option<string>("--earliest-date") { Description = "Reject incidents dated before this day (YYYY-MM-DD): older dates are typos or placeholders.", DefaultValueFactory = _ => "1900-01-01" };
            daysAhead = new Option<double>("--max-days-ahead") { Description = "Reject incidents dated more than this many days after now.", DefaultValueFactory = _ => ImportOptions.DefaultMaxDaysAhead };
            command.Options.Add(earliest);
            command.Options.Add(daysAhead);
        }

        Option<string?>? set = null;
        Option<string>? setKind = null;
        if (kind == ImportKind.Areas)
        {
            set = new Option<string?>("--set") { Description = "Area set name (default: the file name without extension)." };
            setKind = new Option<string>("--set-kind") { Description = "deso, regso, district or custom.", DefaultValueFactory = _ => "custom" };
            setKind.AcceptOnlyFromAmong("deso", "regso", "district", "custom");
            command.Options.Add(set);
            command.Options.Add(setKind);
        }

        command.SetAction(async (p, ct) =>
        {
            var path = p.GetValue(file)!;
            var request = new ImportRequest(kind, path, p.GetValue(studyArea)!, p.GetValue(profile), p.GetValue(mapping),
                p.GetValue(crs) is { } c ? CrsRegistry.Parse(c) : null,
                set is null ? null : p.GetValue(set), setKind is null ? "custom" : p.GetValue(setKind)!,
                p.GetValue(maxReject), p.GetValue(report), p.GetValue(tolerance), Environment.UserName, p.GetValue(outside) == "skip", p.GetValue(source),
                p.GetValue(duplicates) switch { "keep-first" => DuplicatePolicy.KeepFirst, "keep-last" => DuplicatePolicy.KeepLast, _ => DuplicatePolicy.Reject },
                p.GetValue(wait) is { } seconds
                    ? double.IsFinite(seconds) && seconds >= 0 ? TimeSpan.FromSeconds(seconds) : throw new ArgumentException($"--wait must be 0 or more seconds, got {seconds}.")
                    : null,
                ColumnList(p.GetValue(keep)), ColumnList(p.GetValue(allowText)))
            {
                EarliestDate = earliest is null ? ImportOptions.DefaultEarliestDate : ParseDate(p.GetValue(earliest)!),
                MaxDaysAhead = daysAhead is null ? ImportOptions.DefaultMaxDaysAhead : p.GetValue(daysAhead),
            };
            var asJson = p.GetValue(json);

            await using var geo = await CliServices.OpenAsync(ct);
            var imports = geo.Get<ImportService>();
            ImportSummary summary;
            try
            {
                summary = await ImportProgressBar.RunAsync($"{name} {Path.GetFileName(path)}", !asJson && Terminal.Interactive,
                    progress => imports.RunAsync(request, progress, ct));
            }
            catch (ImportRejectedException e) when (asJson)
            {
                Json.Write(ToJson(e.Summary, failed: true));
                Console.Error.WriteLine("error: " + e.Message);
                return Errors.Rejected;
            }
            if (asJson)
            {
                Json.Write(ToJson(summary, failed: false));
                return 0;
            }
            foreach (var n in summary.Notices) Terminal.Notice(n);
            Console.WriteLine(Describe(Path.GetFileName(path), summary));
            if (summary.Warnings + summary.Repaired > 0)
                Console.WriteLine($"  {summary.Warnings:N0} warnings, {summary.Repaired:N0} geometries repaired.");
            if (summary.RejectReport is not null) Console.WriteLine($"  Reject report: {summary.RejectReport}");
            return 0;
        });
        return command;
    }

    /// <summary>Column names from repeated, comma-separated option values ("a,b" "c" → a, b, c); null when none.</summary>
    internal static IReadOnlyList<string>? ColumnList(string[]? values)
    {
        var names = (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
        return names.Length == 0 ? null : names;
    }

    private static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new ArgumentException($"--earliest-date '{text}' is not a date: write it as YYYY-MM-DD, e.g. 1990-01-01.");

    internal static string Describe(string file, ImportSummary summary) => string.Create(CultureInfo.InvariantCulture,
        $"{file}: {summary.Read:N0} rows read, {summary.Loaded:N0} loaded ({summary.New:N0} new, {summary.Updated:N0} updated, {summary.Unchanged:N0} unchanged), {summary.Rejected:N0} rejected{(summary.Duplicates > 0 ? $" ({summary.Duplicates:N0} of them repeated ids)" : "")}, {summary.WithoutLocation:N0} without location{(summary.Skipped > 0 ? $", {summary.Skipped:N0} outside the study area skipped" : "")}{(summary.Collapsed > 0 ? $", {summary.Collapsed:N0} repeated ids collapsed" : "")}, in {summary.Seconds:F1} s ({summary.RowsPerSecond:N0} rows/s).");

    internal static object ToJson(ImportSummary s, bool failed) => new
    {
        read = s.Read,
        loaded = failed ? 0 : s.Loaded,
        rejected = s.Rejected,
        skippedOutside = s.Skipped,
        @new = s.New,
        updated = s.Updated,
        unchanged = s.Unchanged,
        withoutLocation = s.WithoutLocation,
        duplicates = s.Duplicates,
        collapsed = s.Collapsed,
        seconds = Math.Round(s.Seconds, 3),
        rejectReport = s.RejectReport,
        warnings = s.Warnings,
        repaired = s.Repaired,
        rowsPerSecond = Math.Round(s.RowsPerSecond),
        batchId = s.BatchId,
        failed,
        notices = s.Notices,
    };
}
