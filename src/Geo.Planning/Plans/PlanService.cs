using System.Globalization;
using System.Text.Json;
using Geo.Analysis.Change;
using Geo.Core.Geometries;
using Geo.Planning.Causes;
using Geo.Planning.Measures;
using Geo.Planning.Runs;
using Geo.Storage;
using Geo.Storage.Model;
using NetTopologySuite.Geometries;

namespace Geo.Planning.Plans;

/// <summary>
/// <c>geo plan draft | list | show | set-status | follow-up</c>: åtgärdsplaner in Brå's template drafted from a stored run
/// (<see cref="CauseService"/>'s facts, <see cref="MeasureMatcher"/>, <see cref="GoalProposal"/>), stored in PostGIS,
/// edited with history, and followed up against a later run. Rules in <c>docs/plans.md</c>.
/// </summary>
public sealed class PlanService(PlanStore plans, RunStore runs, CauseService causes)
{
    /// <summary>The review date when none is given: today + this many months.</summary>
    public const int DefaultReviewMonths = 6;

    /// <summary>Overlap (of the smaller polygon's area) from which a hotspot of a new run is the same problem as a hotspot row of the plan.</summary>
    public const double SameHotspotOverlap = 0.5;

    /// <summary>
    /// Drafts a plan from a completed run and stores it (one transaction), or drafts into an existing plan: rows for
    /// (problem, measure) pairs the plan lacks are added, untouched rows (version 1, status proposed) of pairs it has are
    /// refreshed from the new run, rows the municipality has edited are never changed.
    /// </summary>
    /// <exception cref="ArgumentException">The run or the plan does not exist, the run is not completed or of another study area, or a value is out of range.</exception>
    public async Task<PlanDraftResult> DraftAsync(PlanDraftRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Check(request);
        var run = await CompletedRunAsync(request.RunId, ct).ConfigureAwait(false);
        var facts = await causes.FactsAsync(request.RunId, request.TopN, ct).ConfigureAwait(false);
        return await DraftFromFactsAsync(request, run, facts, ct).ConfigureAwait(false);
    }

    /// <summary>The draft from facts already at hand (<see cref="DraftAsync"/> after reading them; tests).</summary>
    internal async Task<PlanDraftResult> DraftFromFactsAsync(PlanDraftRequest request, AnalysisRunEntity run, IReadOnlyList<ProblemFacts> facts, CancellationToken ct)
    {
        Check(request);
        var catalogue = request.CataloguePath is null ? MeasureCatalogue.Default() : MeasureCatalogue.Load(request.CataloguePath);
        var by = request.CreatedBy ?? Environment.UserName;
        var notices = new List<RunNotice>();
        var reviewDate = request.ReviewDate ?? DateOnly.FromDateTime(DateTime.Today).AddMonths(DefaultReviewMonths);
        if (request.ReviewDate is null)
            notices.Add(new RunNotice("review_date",
                $"Uppföljningsdatum {reviewDate:yyyy-MM-dd} (i dag + {DefaultReviewMonths} månader, förval; ange --review-date för ett annat).",
                $"Review date {reviewDate:yyyy-MM-dd} (today + {DefaultReviewMonths} months, the default; give --review-date to choose another)."));
        if (request.CataloguePath is null)
            notices.Add(new RunNotice("catalogue", $"Åtgärder ur den inbyggda katalogen ({catalogue.Measures.Count} åtgärder).",
                $"Measures from the built-in catalogue ({catalogue.Measures.Count} measures)."));

        var drafted = PlanDrafter.Rows(facts, catalogue);
        var now = PlanStore.Now();
        var rows = new List<PlanRowEntity>();
        foreach (var d in drafted)
            rows.Add(await RowAsync(run, d, catalogue, request.Lang, reviewDate, by, now, ct).ConfigureAwait(false));

        if (request.IntoPlanId is not { } into)
        {
            for (var i = 0; i < rows.Count; i++) rows[i].Position = i + 1;
            var plan = new PlanEntity
            {
                StudyAreaCode = run.StudyAreaCode, RunId = run.Id, Title = Title(run, request.Lang), Lang = request.Lang, TopN = request.TopN,
                ReviewDate = reviewDate, CreatedBy = by,
            };
            var id = await plans.CreateAsync(plan, rows, ct).ConfigureAwait(false);
            return new PlanDraftResult(await ShowAsync(id, ct).ConfigureAwait(false), rows.Count, 0, 0, notices);
        }

        var existing = await plans.GetAsync(into, ct).ConfigureAwait(false) ?? throw new ArgumentException(NoPlan(into));
        if (existing.StudyAreaCode != run.StudyAreaCode)
            throw new ArgumentException($"plan {into} is of study area {existing.StudyAreaCode} and run {run.Id} of {run.StudyAreaCode}: draft into a plan of the run's study area.");
        int added = 0, refreshed = 0, kept = 0;
        var ok = await plans.DraftIntoAsync(into, run.Id, current =>
        {
            var fresh = new List<PlanRowEntity>();
            var position = current.Count == 0 ? 0 : current.Max(r => r.Position);
            var touched = new HashSet<long>();
            foreach (var row in rows)
            {
                var match = current.FirstOrDefault(c => !touched.Contains(c.RowId) && c.MeasureId == row.MeasureId && SameProblem(c, row));
                if (match is null)
                {
                    row.Position = ++position;
                    fresh.Add(row);
                    added++;
                    continue;
                }
                touched.Add(match.RowId);
                if (match.Version != 1 || match.Status != PlanStatuses.Proposed)
                {
                    kept++;
                    continue;
                }
                Refresh(match, row);
                refreshed++;
            }
            kept += current.Count(c => !touched.Contains(c.RowId) && (c.Version != 1 || c.Status != PlanStatuses.Proposed));
            return fresh;
        }, ct).ConfigureAwait(false);
        if (!ok) throw new ArgumentException(NoPlan(into));
        return new PlanDraftResult(await ShowAsync(into, ct).ConfigureAwait(false), added, refreshed, kept, notices);
    }

    /// <summary>The plans of a study area (all when null), newest first, with their rows.</summary>
    public async Task<IReadOnlyList<Plan>> ListAsync(string? studyAreaCode = null, CancellationToken ct = default)
    {
        var list = new List<Plan>();
        foreach (var p in await plans.ListAsync(studyAreaCode, ct).ConfigureAwait(false))
            list.Add(ToPlan(p, await plans.RowsAsync(p.Id, ct).ConfigureAwait(false)));
        return list;
    }

    /// <exception cref="ArgumentException">No plan has this id.</exception>
    public async Task<Plan> ShowAsync(long planId, CancellationToken ct = default)
    {
        var p = await plans.GetAsync(planId, ct).ConfigureAwait(false) ?? throw new ArgumentException(NoPlan(planId));
        return ToPlan(p, await plans.RowsAsync(planId, ct).ConfigureAwait(false));
    }

    /// <summary>The edits of a plan's rows, oldest first.</summary>
    /// <exception cref="ArgumentException">No plan has this id.</exception>
    public async Task<IReadOnlyList<PlanRowEvent>> HistoryAsync(long planId, CancellationToken ct = default)
    {
        _ = await plans.GetAsync(planId, ct).ConfigureAwait(false) ?? throw new ArgumentException(NoPlan(planId));
        return [.. (await plans.EventsAsync(planId, ct).ConfigureAwait(false))
            .Select(e => new PlanRowEvent(e.RowId, e.Version, e.Field, e.OldValue, e.NewValue, e.ChangedBy, e.ChangedAt))];
    }

    /// <summary>
    /// Edits a row: each given value replaces the row's (an empty text clears responsible or notes); values equal to the
    /// row's are no change. The changed fields are written with the row, its version + 1, in one transaction with a
    /// history event each; nothing changes (no new version) when no value differs.
    /// </summary>
    /// <exception cref="ArgumentException">No such plan or row, or a status or follow-up status outside its list.</exception>
    /// <exception cref="InvalidOperationException">The row was changed by someone else meanwhile.</exception>
    public async Task<PlanRow> UpdateRowAsync(long planId, long rowId, string? status = null, string? responsible = null, DateOnly? deadline = null,
        string? notes = null, string? followUpStatus = null, string? by = null, CancellationToken ct = default)
    {
        if (status is not null && !PlanStatuses.Statuses.Contains(status))
            throw new ArgumentException($"status '{status}' is not one of {string.Join(", ", PlanStatuses.Statuses)}.");
        if (followUpStatus is not null && !PlanStatuses.FollowUp.Contains(followUpStatus))
            throw new ArgumentException($"follow-up status '{followUpStatus}' is not one of {string.Join(", ", PlanStatuses.FollowUp)}.");
        var plan = await plans.GetAsync(planId, ct).ConfigureAwait(false) ?? throw new ArgumentException(NoPlan(planId));
        var row = await plans.UpdateRowAsync(planId, rowId, r =>
        {
            var events = new List<PlanRowEventEntity>();
            void Set(string field, string? old, string? value, Action<string?> apply)
            {
                if (value is null) return;
                var v = value.Length == 0 ? null : value;
                if (v == old) return;
                apply(v);
                events.Add(new PlanRowEventEntity { StudyAreaCode = r.StudyAreaCode, Field = field, OldValue = old, NewValue = v, ChangedBy = "" });
            }
            Set("status", r.Status, status, v => r.Status = v!);
            Set("responsible", r.Responsible, responsible, v => r.Responsible = v);
            Set("deadline", Date(r.Deadline), deadline is { } d ? Date(d) : null, v => r.Deadline = v is null ? null : DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            Set("notes", r.Notes, notes, v => r.Notes = v);
            Set("follow_up_status", r.FollowUpStatus, followUpStatus, v => r.FollowUpStatus = v);
            return events;
        }, by ?? Environment.UserName, ct).ConfigureAwait(false);
        return row is null
            ? throw new ArgumentException($"plan {planId} has no row {rowId}: geo plan show {planId} lists its rows (1–{(await plans.RowsAsync(plan.Id, ct).ConfigureAwait(false)).Count}).")
            : ToRow(row);
    }

    /// <summary>
    /// Each row's indicator recounted over run <paramref name="runId"/>'s period with the row's stored polygon, category
    /// group and window, against the row's baseline with the engine's exact rate ratio (incidents per day), and a
    /// suggested status: green when the goal is met (change ≤ the goal's) or a significant fall, red for a significant rise,
    /// yellow otherwise. Nothing is stored: the group sets the status (<see cref="UpdateRowAsync"/>).
    /// </summary>
    /// <exception cref="ArgumentException">No such plan or run, the run is not completed or of another study area.</exception>
    public async Task<PlanFollowUp> FollowUpAsync(long planId, long runId, CancellationToken ct = default)
    {
        var plan = await ShowAsync(planId, ct).ConfigureAwait(false);
        var run = await CompletedRunAsync(runId, ct).ConfigureAwait(false);
        if (run.StudyAreaCode != plan.StudyAreaCode)
            throw new ArgumentException($"plan {planId} is of study area {plan.StudyAreaCode} and run {runId} of {run.StudyAreaCode}: follow a plan up with a run of its study area.");
        var entities = (await plans.RowsAsync(planId, ct).ConfigureAwait(false)).ToDictionary(r => r.RowId);
        var daysNow = run.PeriodTo.DayNumber - run.PeriodFrom.DayNumber + 1;
        var t = RunText.For(plan.Lang);
        var list = new List<PlanRowFollowUp>();
        foreach (var row in plan.Rows)
        {
            var ind = row.Indicator;
            var geom = entities[row.Id].IndicatorGeom;
            if (geom is null)
            {
                list.Add(new PlanRowFollowUp(row, ind.Baseline, 0, null, null, null, null, "undefined", "yellow",
                    t.Swedish ? "Raden saknar problemets polygon; indikatorn kan inte räknas om." : "The row has no polygon of its problem; the indicator cannot be recounted."));
                continue;
            }
            var now = await CountAsync(plan.StudyAreaCode, run.PeriodFrom, run.PeriodTo, ind, geom, ct).ConfigureAwait(false);
            list.Add(Evaluate(row, now, daysNow, run, t));
        }
        return new PlanFollowUp(plan, runId, run.PeriodFrom, run.PeriodTo, list);
    }

    private static PlanRowFollowUp Evaluate(PlanRow row, int now, int daysNow, AnalysisRunEntity run, RunText t)
    {
        var ind = row.Indicator;
        var daysBase = ind.BaselineTo.DayNumber - ind.BaselineFrom.DayNumber + 1;
        var baseline = ind.Baseline;
        var facts = t.Swedish
            ? $"Nu {t.Whole(now)} händelser på {t.Whole(daysNow)} dagar ({run.PeriodFrom:yyyy-MM-dd}–{run.PeriodTo:yyyy-MM-dd}) mot baslinjen {t.Whole(baseline)} på {t.Whole(daysBase)} dagar ({ind.BaselineFrom:yyyy-MM-dd}–{ind.BaselineTo:yyyy-MM-dd})"
            : $"Now {t.Whole(now)} incidents in {t.Whole(daysNow)} days ({run.PeriodFrom:yyyy-MM-dd}–{run.PeriodTo:yyyy-MM-dd}) against the baseline {t.Whole(baseline)} in {t.Whole(daysBase)} days ({ind.BaselineFrom:yyyy-MM-dd}–{ind.BaselineTo:yyyy-MM-dd})";
        var overlap = run.PeriodFrom <= ind.BaselineTo && ind.BaselineFrom <= run.PeriodTo
            ? (t.Swedish ? " Obs: perioderna överlappar." : " Note: the periods overlap.")
            : "";
        if (now + baseline == 0)
            return new PlanRowFollowUp(row, baseline, now, null, null, null, null, "undefined", "yellow",
                facts + (t.Swedish ? ": inga händelser under någon av perioderna, förändringen kan inte testas (gult)." : ": no incidents in either period, the change cannot be tested (yellow).") + overlap);
        var r = RateRatio.Test(now, daysNow, baseline, daysBase);
        var significant = r.P < 0.05;
        var changeClass = !double.IsFinite(r.Statistic) && baseline > 0 ? "undefined"
            : significant ? (now / (double)daysNow > baseline / daysBase ? "significant_rise" : "significant_fall")
            : "no_significant_change";
        var change = baseline > 0 ? now / (double)daysNow / (baseline / daysBase) - 1 : double.PositiveInfinity;
        var goalMet = change <= ind.GoalChange;
        var suggested = changeClass == "significant_rise" ? "red" : goalMet || changeClass == "significant_fall" ? "green" : "yellow";
        string Ratio() => double.IsFinite(r.Statistic)
            ? (t.Swedish
                ? $"{(change >= 0 ? "+" : "−")}{t.Percent(Math.Abs(change))} per dag (kvot {t.Number(r.Statistic, 2)}, 95 % KI {t.Number(r.Lower, 2)}–{(double.IsFinite(r.Upper) ? t.Number(r.Upper, 2) : "∞")}, p = {t.Number(r.P, 3)})"
                : $"{(change >= 0 ? "+" : "−")}{t.Percent(Math.Abs(change))} per day (ratio {t.Number(r.Statistic, 2)}, 95% CI {t.Number(r.Lower, 2)}–{(double.IsFinite(r.Upper) ? t.Number(r.Upper, 2) : "∞")}, p = {t.Number(r.P, 3)})")
            : (t.Swedish ? "baslinjen är 0" : "the baseline is 0");
        var verdict = (suggested, t.Swedish) switch
        {
            ("red", true) => "signifikant ökning: rött",
            ("red", false) => "significant rise: red",
            ("green", true) when goalMet => $"målet {t.Percent(ind.GoalChange).Replace("-", "−", StringComparison.Ordinal)} är nått: grönt",
            ("green", false) when goalMet => $"the goal {t.Percent(ind.GoalChange).Replace("-", "−", StringComparison.Ordinal)} is met: green",
            ("green", true) => "signifikant minskning (målet ännu inte nått): grönt",
            ("green", false) => "significant fall (the goal not yet met): green",
            (_, true) => "ingen signifikant förändring och målet inte nått: gult",
            _ => "no significant change and the goal not met: yellow",
        };
        return new PlanRowFollowUp(row, baseline, now, double.IsFinite(r.Statistic) ? r.Statistic : null, r.Lower,
            double.IsFinite(r.Upper) ? r.Upper : null, r.P, changeClass, suggested, $"{facts}: {Ratio()}; {verdict}.{overlap}");
    }

    /// <summary>The row indicator's count over [from, to]: within its polygon, of its group, within its window when it has one.</summary>
    private async Task<int> CountAsync(string studyAreaCode, DateOnly from, DateOnly to, PlanIndicator ind, Geometry geom, CancellationToken ct)
    {
        var counts = await plans.IndicatorCountsAsync(studyAreaCode, from, to, ind.CategoryGroup, geom, ind.TargetKind == "hotspot", ct).ConfigureAwait(false);
        if (ind.Window is not { } w) return counts.Total;
        var week = PlanWords.Week(w);
        var n = 0;
        for (var h = 0; h < 168; h++) if (week.Contains(h)) n += counts.HourOfWeek[h];
        return n;
    }

    private async Task<PlanRowEntity> RowAsync(AnalysisRunEntity run, DraftRow d, MeasureCatalogue catalogue, string lang, DateOnly reviewDate, string by,
        DateTimeOffset now, CancellationToken ct)
    {
        var p = d.Problem;
        var geom = Multi(p.Geometry);
        var window = d.Window;
        var baseline = 0;
        if (geom is not null)
        {
            var probe = new PlanIndicator("", "", p.TargetKind, p.TargetId, p.CategoryGroup, window, 0, run.PeriodFrom, run.PeriodTo, 0);
            baseline = await CountAsync(run.StudyAreaCode, run.PeriodFrom, run.PeriodTo, probe, geom, ct).ConfigureAwait(false);
        }
        var goal = GoalProposal.For(p, window, baseline, run.PeriodFrom, run.PeriodTo, d.UncoveredHours, lang);
        var m = d.Match.Measure;
        return new PlanRowEntity
        {
            StudyAreaCode = run.StudyAreaCode,
            TargetKind = p.TargetKind,
            TargetId = p.TargetId,
            CategoryGroup = p.CategoryGroup,
            ProblemRank = p.Rank,
            Problem = ProblemText.Of(p, run.PeriodFrom, run.PeriodTo).In(lang),
            Cause = d.Cause.In(lang),
            CauseCode = d.CauseCode,
            MeasureId = m.Id,
            Measure = m.Name(lang),
            MatchReason = d.Match.Reason.In(lang),
            MatchScore = d.Match.Score,
            Kind = MeasureVocabulary.Code(m.Kind),
            Work = MeasureVocabulary.Code(m.Work),
            Horizon = MeasureVocabulary.Code(m.Horizon),
            Goal = goal.Goal.In(lang),
            IndicatorCode = goal.Indicator.Code,
            IndicatorDescription = goal.Indicator.Description,
            IndicatorGeom = geom,
            IndicatorWindow = window is null ? null : JsonSerializer.Serialize(new WindowJson(window.FirstDay, window.LastDay, window.StartHour, window.EndHour, window.Share, window.Text.Sv, window.Text.En)),
            Baseline = baseline,
            BaselineFrom = run.PeriodFrom,
            BaselineTo = run.PeriodTo,
            GoalChange = goal.Indicator.GoalChange,
            Actors = [.. m.Actors.Select(a => catalogue.Actors.FirstOrDefault(x => x.Code == a)?.Label(lang) ?? a)],
            ReviewDate = reviewDate,
            Status = PlanStatuses.Proposed,
            Version = 1,
            UpdatedAt = now,
            UpdatedBy = by,
        };
    }

    /// <summary>Copies the drafted fields of a new draft's row onto an untouched row (never status, responsible, deadline, notes, follow-up status, version).</summary>
    private static void Refresh(PlanRowEntity row, PlanRowEntity from)
    {
        row.TargetId = from.TargetId;
        row.ProblemRank = from.ProblemRank;
        row.Problem = from.Problem;
        row.Cause = from.Cause;
        row.CauseCode = from.CauseCode;
        row.Measure = from.Measure;
        row.MatchReason = from.MatchReason;
        row.MatchScore = from.MatchScore;
        row.Kind = from.Kind;
        row.Work = from.Work;
        row.Horizon = from.Horizon;
        row.Goal = from.Goal;
        row.IndicatorCode = from.IndicatorCode;
        row.IndicatorDescription = from.IndicatorDescription;
        row.IndicatorGeom = from.IndicatorGeom;
        row.IndicatorWindow = from.IndicatorWindow;
        row.Baseline = from.Baseline;
        row.BaselineFrom = from.BaselineFrom;
        row.BaselineTo = from.BaselineTo;
        row.GoalChange = from.GoalChange;
        row.Actors = from.Actors;
        row.ReviewDate = from.ReviewDate;
        row.UpdatedAt = from.UpdatedAt;
        row.UpdatedBy = from.UpdatedBy;
    }

    /// <summary>
    /// Whether a stored row and a new draft's row concern the same problem: same kind and group, and the same area code, or
    /// for hotspots (whose ids differ between runs) polygons overlapping by at least <see cref="SameHotspotOverlap"/> of the
    /// smaller one (the same id when either has no polygon).
    /// </summary>
    private static bool SameProblem(PlanRowEntity a, PlanRowEntity b)
    {
        if (a.TargetKind != b.TargetKind || a.CategoryGroup != b.CategoryGroup) return false;
        if (a.TargetKind != "hotspot" || a.IndicatorGeom is null || b.IndicatorGeom is null) return a.TargetId == b.TargetId;
        var smaller = Math.Min(a.IndicatorGeom.Area, b.IndicatorGeom.Area);
        return smaller > 0 && a.IndicatorGeom.Intersection(b.IndicatorGeom).Area >= SameHotspotOverlap * smaller;
    }

    private static MultiPolygon? Multi(Geometry? g) => g switch
    {
        null => null,
        MultiPolygon mp => mp,
        Polygon p => GeometryServices.Factory(p.SRID).CreateMultiPolygon([p]),
        _ => null,
    };

    private static void Check(PlanDraftRequest r)
    {
        if (r.Lang is not ("sv" or "en")) throw new ArgumentException($"language '{r.Lang}' is not supported: use sv or en.");
        if (r.TopN < 1) throw new ArgumentException($"--top must be at least 1, not {r.TopN}.");
    }

    private async Task<AnalysisRunEntity> CompletedRunAsync(long runId, CancellationToken ct)
    {
        var run = await runs.GetAsync(runId, ct).ConfigureAwait(false) ?? throw new ArgumentException($"there is no run {runId}: geo runs list shows the stored runs.");
        if (run.Status != "completed") throw new ArgumentException($"run {runId} is {run.Status}: plans are drafted from and followed up with completed runs.");
        return run;
    }

    private static string Title(AnalysisRunEntity run, string lang) => lang == "en"
        ? string.Create(CultureInfo.InvariantCulture, $"Action plan, study area {run.StudyAreaCode}, drafted from run {run.Id} ({run.PeriodFrom:yyyy-MM-dd}–{run.PeriodTo:yyyy-MM-dd})")
        : string.Create(CultureInfo.InvariantCulture, $"Åtgärdsplan, {run.StudyAreaCode}, utkast från körning {run.Id} ({run.PeriodFrom:yyyy-MM-dd}–{run.PeriodTo:yyyy-MM-dd})");

    private static string NoPlan(long id) => $"there is no plan {id}: geo plan list shows the stored plans.";

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Plan ToPlan(PlanEntity p, IReadOnlyList<PlanRowEntity> rows) =>
        new(p.Id, p.StudyAreaCode, p.RunId, p.Title, p.Lang, p.TopN, p.ReviewDate, p.CreatedBy, p.CreatedAt, p.BasedOnPlanId, [.. rows.Select(ToRow)]);

    private static PlanRow ToRow(PlanRowEntity r)
    {
        FactWindow? window = null;
        if (r.IndicatorWindow is not null && JsonSerializer.Deserialize<WindowJson>(r.IndicatorWindow) is { } w)
            window = new FactWindow(w.FirstDay, w.LastDay, w.StartHour, w.EndHour, w.Share, new FactText(w.TextSv, w.TextEn));
        var indicator = new PlanIndicator(r.IndicatorCode, r.IndicatorDescription, r.TargetKind, r.TargetId, r.CategoryGroup, window, r.Baseline,
            r.BaselineFrom, r.BaselineTo, r.GoalChange);
        return new PlanRow(r.RowId, r.Position, r.TargetKind, r.TargetId, r.CategoryGroup, r.ProblemRank, r.Problem, r.Cause, r.CauseCode, r.MeasureId,
            r.Measure, r.MatchReason, r.MatchScore, r.Kind, r.Work, r.Horizon, r.Goal, indicator, r.Actors, r.Responsible, r.Deadline, r.ReviewDate,
            r.Status, r.FollowUpStatus, r.Notes, r.Version, r.UpdatedAt, r.UpdatedBy);
    }
}
