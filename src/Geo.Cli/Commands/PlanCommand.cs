using System.CommandLine;
using System.Globalization;
using Geo.Cli.Output;
using Geo.Planning.Plans;
using Geo.Planning.Runs;
using Geo.Reporting.Plans;

namespace Geo.Cli.Commands;

/// <summary>
/// <c>geo plan draft | list | show | set-status | follow-up</c>: åtgärdsplaner in Brå's template drafted from a stored run,
/// edited with history, followed up against a later run (docs/plans.md).
/// </summary>
public static class PlanCommand
{
    public static Command Build()
    {
        var cmd = new Command("plan",
            "Åtgärdsplaner (action plans) in Brå's template: draft one from a stored run, list and show them, set a row's\n" +
            "status, responsible, deadline and notes (kept with history), and follow a plan up against a later run.");
        cmd.Subcommands.Add(Draft());
        cmd.Subcommands.Add(List());
        cmd.Subcommands.Add(Show());
        cmd.Subcommands.Add(SetStatus());
        cmd.Subcommands.Add(FollowUp());
        return cmd;
    }

    private static Option<string?> OutOption() =>
        new("--out") { Description = "Also write the plan to this file: .json, .md or .xlsx (Brå's template, in the plan's language)." };

    private static Command Draft()
    {
        var run = new Argument<string>("RUN") { Description = "Run id (geo runs list), or latest (the newest run, of --study-area when given)." };
        var studyArea = new Option<string?>("--study-area") { Description = "With latest: the newest run of this study area." };
        var top = new Option<int>("--top") { Description = "How many top problems of each kind (areas, hotspots) get rows.", DefaultValueFactory = _ => 5 };
        var lang = new Option<string>("--lang") { Description = "Language of the plan's texts: sv (Swedish, default) or en (English).", DefaultValueFactory = _ => "sv" };
        lang.AcceptOnlyFromAmong("sv", "en");
        var into = new Option<long?>("--into") { Description = "Draft into this existing plan: add rows it lacks, refresh its untouched rows, never change a row the municipality has edited." };
        var review = new Option<string?>("--review-date") { Description = "Review date (yyyy-MM-dd); default today + 6 months." };
        var catalogue = new Option<string?>("--catalogue") { Description = "Measure catalogue file instead of the built-in one (geo measures check FILE checks it)." };
        var output = OutOption();
        var cmd = new Command("draft",
            "Draft an åtgärdsplan from a completed run: for each top problem one row per candidate cause with the best-matching\n" +
            "measure of the catalogue (and the reason), a measurable goal with its indicator and baseline, actors and a review\n" +
            "date; a row for the uncovered hours of a temporal coverage gap. Stored in the database; prints the plan's id.")
            { run, studyArea, top, lang, into, review, catalogue, output };
        cmd.SetAction(async (p, ct) =>
        {
            var outPath = CheckOut(p.GetValue(output));
            var reviewDate = p.GetValue(review) is { } r ? ParseDate(r, "--review-date") : (DateOnly?)null;
            await using var geo = await CliServices.OpenAsync(ct);
            var id = await geo.Get<RunsService>().ResolveAsync(p.GetValue(run)!, p.GetValue(studyArea), ct);
            var result = await geo.Get<PlanService>().DraftAsync(
                new PlanDraftRequest(id, p.GetValue(top), p.GetValue(lang)!, p.GetValue(into), reviewDate, p.GetValue(catalogue)), ct);
            var plan = result.Plan;
            var en = plan.Lang == "en";
            foreach (var n in result.Notices) Console.WriteLine("· " + n.Text(plan.Lang));
            Console.WriteLine(p.GetValue(into) is null
                ? $"Plan {plan.Id} drafted from run {id}: {result.Added} rows."
                : $"Plan {plan.Id} drafted into from run {id}: {result.Added} rows added, {result.Refreshed} untouched rows refreshed, {result.Kept} edited rows kept unchanged.");
            WriteRows(plan, en);
            if (outPath is not null)
            {
                await geo.Get<PlanFileWriter>().WriteAsync(plan, null, outPath, ct);
                Console.WriteLine($"Written: {Path.GetFullPath(outPath)}");
            }
            return 0;
        });
        return cmd;
    }

    private static Command List()
    {
        var studyArea = new Option<string?>("--study-area") { Description = "Only the plans of this study area." };
        var cmd = new Command("list", "The stored plans, newest first.") { studyArea };
        cmd.SetAction(async (p, ct) =>
        {
            await using var geo = await CliServices.OpenAsync(ct);
            var plans = await geo.Get<PlanService>().ListAsync(p.GetValue(studyArea), ct);
            var table = Tables.Create(">plan", "study area", ">run", "lang", ">rows", "statuses", "review date", "created", "title");
            foreach (var x in plans)
                table.Row(x.Id.ToString(CultureInfo.InvariantCulture), x.StudyAreaCode, x.RunId.ToString(CultureInfo.InvariantCulture), x.Lang,
                    x.Rows.Count.ToString(CultureInfo.InvariantCulture),
                    string.Join(", ", x.Rows.GroupBy(r => r.Status).OrderBy(g => PlanStatuses.Statuses.ToList().IndexOf(g.Key)).Select(g => $"{g.Key} {g.Count()}")),
                    Date(x.ReviewDate), x.CreatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + x.CreatedBy, x.Title);
            Tables.Write($"Plans: {plans.Count}", table);
            return 0;
        });
        return cmd;
    }

    private static Command Show()
    {
        var plan = new Argument<long>("PLAN") { Description = "Plan id (geo plan list)." };
        var history = new Option<bool>("--history") { Description = "Also print every edit of the rows (field, old and new value, who, when)." };
        var output = OutOption();
        var cmd = new Command("show", "One plan: its rows in Brå's template (problem, cause, measure, goal, indicator, actors, status).") { plan, history, output };
        cmd.SetAction(async (p, ct) =>
        {
            var outPath = CheckOut(p.GetValue(output));
            await using var geo = await CliServices.OpenAsync(ct);
            var service = geo.Get<PlanService>();
            var x = await service.ShowAsync(p.GetValue(plan), ct);
            var en = x.Lang == "en";
            Console.WriteLine($"Plan {x.Id} · study area {x.StudyAreaCode} · run {x.RunId} · {x.Title}");
            Console.WriteLine($"  review date {Date(x.ReviewDate)}; created {x.CreatedAt.ToLocalTime():yyyy-MM-dd HH:mm} by {x.CreatedBy}");
            foreach (var r in x.Rows)
            {
                Console.WriteLine();
                Console.WriteLine($"Row {r.Id} · {r.TargetKind} {r.TargetId} · {r.CategoryGroup} · rank {r.ProblemRank} · {r.Status}" +
                                  $"{(r.FollowUpStatus is null ? "" : " · " + r.FollowUpStatus)} · version {r.Version}");
                Console.WriteLine($"  {(en ? "Problem" : "Problem")}: {r.Problem}");
                Console.WriteLine($"  {(en ? "Cause" : "Orsak")}: {r.Cause}");
                Console.WriteLine($"  {(en ? "Measure" : "Åtgärd")}: {r.MeasureId} {r.Measure} ({r.Kind}, {r.Work}, {r.Horizon}) · {r.MatchReason}");
                Console.WriteLine($"  {(en ? "Goal" : "Operativt mål")}: {r.Goal}");
                Console.WriteLine($"  {(en ? "Indicator" : "Indikator")}: {r.Indicator.Code} · {r.Indicator.Description}");
                Console.WriteLine($"  {(en ? "Who" : "Vem")}: {string.Join(", ", r.Actors)}{(r.Responsible is null ? "" : $" · {(en ? "responsible" : "ansvarig")}: {r.Responsible}")}");
                Console.WriteLine($"  {(en ? "When" : "När")}: {(en ? "deadline" : "klart")} {(r.Deadline is { } d ? Date(d) : "–")} · {(en ? "review" : "uppföljning")} {Date(r.ReviewDate)}");
                if (r.Notes is not null) Console.WriteLine($"  {(en ? "Notes" : "Anteckningar")}: {r.Notes}");
            }
            if (p.GetValue(history))
            {
                var events = await service.HistoryAsync(x.Id, ct);
                var table = Tables.Create(">row", ">version", "field", "old", "new", "by", "when");
                foreach (var e in events)
                    table.Row(e.RowId.ToString(CultureInfo.InvariantCulture), e.Version.ToString(CultureInfo.InvariantCulture), e.Field, e.OldValue ?? "–", e.NewValue ?? "–",
                        e.ChangedBy, e.ChangedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
                Console.WriteLine();
                Tables.Write($"History: {events.Count} changes", table);
            }
            if (outPath is not null)
            {
                await geo.Get<PlanFileWriter>().WriteAsync(x, null, outPath, ct);
                Console.WriteLine($"Written: {Path.GetFullPath(outPath)}");
            }
            return 0;
        });
        return cmd;
    }

    private static Command SetStatus()
    {
        var plan = new Argument<long>("PLAN") { Description = "Plan id." };
        var row = new Argument<long>("ROW") { Description = "Row id (geo plan show PLAN)." };
        var status = new Argument<string>("STATUS")
            { Description = $"New status: {string.Join(", ", PlanStatuses.Statuses)}; or - to keep the status and set only the options." };
        var responsible = new Option<string?>("--responsible") { Description = "The responsible person or unit (\"\" clears it)." };
        var deadline = new Option<string?>("--deadline") { Description = "Deadline (yyyy-MM-dd)." };
        var notes = new Option<string?>("--notes") { Description = "Notes (\"\" clears them)." };
        var followUp = new Option<string?>("--follow-up") { Description = "Follow-up status: green, yellow or red." };
        followUp.AcceptOnlyFromAmong([.. PlanStatuses.FollowUp]);
        var cmd = new Command("set-status",
            "Edit a row: its status and, optionally, responsible, deadline, notes and follow-up status. Each edit raises the row's\n" +
            "version and is kept in the history (geo plan show PLAN --history); an edited row is never changed by a new draft.")
            { plan, row, status, responsible, deadline, notes, followUp };
        cmd.SetAction(async (p, ct) =>
        {
            var s = p.GetValue(status)!;
            if (s != "-" && !PlanStatuses.Statuses.Contains(s))
                throw new ArgumentException($"STATUS '{s}' is not one of {string.Join(", ", PlanStatuses.Statuses)} (or - to keep it).");
            var d = p.GetValue(deadline) is { } text ? ParseDate(text, "--deadline") : (DateOnly?)null;
            await using var geo = await CliServices.OpenAsync(ct);
            var r = await geo.Get<PlanService>().UpdateRowAsync(p.GetValue(plan), p.GetValue(row), s == "-" ? null : s, p.GetValue(responsible), d,
                p.GetValue(notes), p.GetValue(followUp), null, ct);
            Console.WriteLine($"Plan {p.GetValue(plan)} row {r.Id}: {r.Status}{(r.FollowUpStatus is null ? "" : ", " + r.FollowUpStatus)}; " +
                              $"responsible {r.Responsible ?? "–"}; deadline {(r.Deadline is { } dl ? Date(dl) : "–")}; version {r.Version}.");
            return 0;
        });
        return cmd;
    }

    private static Command FollowUp()
    {
        var plan = new Argument<long>("PLAN") { Description = "Plan id." };
        var run = new Option<string>("--run") { Description = "The later run: an id, or latest (the plan's study area's newest run).", Required = true };
        var output = OutOption();
        var cmd = new Command("follow-up",
            "Each row's indicator recounted over the later run's period (same polygon, group and hours) against its baseline,\n" +
            "tested with the exact rate ratio (incidents per day, 95 %), with a suggested status: green (goal met or a\n" +
            "significant fall), yellow (no significant change), red (a significant rise). Nothing is changed.") { plan, run, output };
        cmd.SetAction(async (p, ct) =>
        {
            var outPath = CheckOut(p.GetValue(output));
            await using var geo = await CliServices.OpenAsync(ct);
            var service = geo.Get<PlanService>();
            var x = await service.ShowAsync(p.GetValue(plan), ct);
            var runId = await geo.Get<RunsService>().ResolveAsync(p.GetValue(run)!, x.StudyAreaCode, ct);
            var f = await service.FollowUpAsync(x.Id, runId, ct);
            var en = x.Lang == "en";
            Console.WriteLine($"Plan {x.Id} followed up with run {runId} ({Date(f.PeriodFrom)}–{Date(f.PeriodTo)})");
            var table = Tables.Create(">row", en ? "problem" : "problem", en ? "measure" : "åtgärd", "indicator", ">baseline", ">now", ">ratio", ">p", en ? "suggested" : "förslag", en ? "why" : "varför");
            foreach (var r in f.Rows)
                table.Row(r.Row.Id.ToString(CultureInfo.InvariantCulture), $"{r.Row.TargetKind} {r.Row.TargetId} {r.Row.CategoryGroup}", r.Row.MeasureId,
                    r.Row.Indicator.Code + (r.Row.Indicator.Window is { } w ? " " + w.Text.In(x.Lang) : ""),
                    r.Baseline.ToString("0", CultureInfo.InvariantCulture), double.IsFinite(r.Now) ? r.Now.ToString("0", CultureInfo.InvariantCulture) : "–",
                    r.RateRatio is { } rr ? rr.ToString("0.00", CultureInfo.InvariantCulture) : "–", r.P is { } pv ? pv.ToString("0.000", CultureInfo.InvariantCulture) : "–",
                    r.SuggestedStatus, r.Explanation);
            Tables.Write(en ? "Rows:" : "Rader:", table);
            if (outPath is not null)
            {
                await geo.Get<PlanFileWriter>().WriteAsync(x, f, outPath, ct);
                Console.WriteLine($"Written: {Path.GetFullPath(outPath)}");
            }
            return 0;
        });
        return cmd;
    }

    private static void WriteRows(Plan plan, bool en)
    {
        var table = Tables.Create(">row", en ? "problem" : "problem", en ? "cause" : "orsak", en ? "measure" : "åtgärd", en ? "why" : "varför",
            en ? "goal" : "mål", "status");
        foreach (var r in plan.Rows)
            table.Row(r.Id.ToString(CultureInfo.InvariantCulture), $"{r.TargetKind} {r.TargetId} {r.CategoryGroup} (#{r.ProblemRank})", r.CauseCode,
                $"{r.MeasureId} {r.Measure}", r.MatchReason, r.Goal, $"{r.Status} v{r.Version}");
        Tables.Write(en ? $"Rows: {plan.Rows.Count}" : $"Rader: {plan.Rows.Count}", table);
    }

    private static string? CheckOut(string? path)
    {
        if (path is null) return null;
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (!PlanFileWriter.Extensions.Contains(ext))
            throw new ArgumentException($"--out {path}: the file must end in {string.Join(", ", PlanFileWriter.Extensions)}.");
        return path;
    }

    private static DateOnly ParseDate(string text, string option) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new ArgumentException($"{option} '{text}' is not a date: write it as yyyy-MM-dd, e.g. 2027-06-30.");

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
