using System.Text.Encodings.Web;
using System.Text.Json;
using Geo.Planning.Causes;
using Geo.Planning.Plans;

namespace Geo.Reporting.Plans;

/// <summary>
/// Writes a plan as JSON in the shape <c>geo-plan/1</c> (documented in docs/plans.md, "Plan files"): camelCase names,
/// every field of the plan and its rows, the codes as stored (not translated), dates as ISO strings (<c>yyyy-MM-dd</c>;
/// times as ISO 8601 with their offset), numbers as JSON numbers (null when not finite), the follow-up when given.
/// UTF-8 without a byte-order mark, indented, non-ASCII letters written as they are.
/// </summary>
internal static class PlanJsonWriter
{
    public const string Format = "geo-plan/1";

    public static async Task WriteAsync(Stream stream, Plan plan, PlanFollowUp? followUp, string geoVersion, CancellationToken ct)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        await using var w = new Utf8JsonWriter(stream, options);
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteString("geoVersion", geoVersion);
        w.WriteNumber("id", plan.Id);
        w.WriteString("studyAreaCode", plan.StudyAreaCode);
        w.WriteNumber("runId", plan.RunId);
        w.WriteString("title", plan.Title);
        w.WriteString("lang", plan.Lang);
        w.WriteNumber("topN", plan.TopN);
        w.WriteString("reviewDate", PlanLabels.Date(plan.ReviewDate));
        w.WriteString("createdBy", plan.CreatedBy);
        w.WriteString("createdAt", plan.CreatedAt);
        if (plan.BasedOnPlanId is { } basedOn) w.WriteNumber("basedOnPlanId", basedOn);
        else w.WriteNull("basedOnPlanId");
        w.WriteString("note", PlanLabels.For(plan.Lang).HypothesisNote);

        w.WriteStartArray("rows");
        foreach (var row in plan.Rows.OrderBy(r => r.Position))
        {
            ct.ThrowIfCancellationRequested();
            Row(w, row);
        }
        w.WriteEndArray();

        if (followUp is null) w.WriteNull("followUp");
        else FollowUp(w, followUp, ct);
        w.WriteEndObject();
        await w.FlushAsync(ct).ConfigureAwait(false);
    }

    private static void Row(Utf8JsonWriter w, PlanRow r)
    {
        w.WriteStartObject();
        w.WriteNumber("id", r.Id);
        w.WriteNumber("position", r.Position);
        w.WriteString("targetKind", r.TargetKind);
        w.WriteString("targetId", r.TargetId);
        w.WriteString("categoryGroup", r.CategoryGroup);
        w.WriteNumber("problemRank", r.ProblemRank);
        w.WriteString("problem", r.Problem);
        w.WriteString("cause", r.Cause);
        w.WriteString("causeCode", r.CauseCode);
        w.WriteString("measureId", r.MeasureId);
        w.WriteString("measure", r.Measure);
        w.WriteString("matchReason", r.MatchReason);
        Number(w, "matchScore", r.MatchScore);
        w.WriteString("kind", r.Kind);
        w.WriteString("work", r.Work);
        w.WriteString("horizon", r.Horizon);
        w.WriteString("goal", r.Goal);
        w.WritePropertyName("indicator");
        Indicator(w, r.Indicator);
        w.WriteStartArray("actors");
        foreach (var a in r.Actors) w.WriteStringValue(a);
        w.WriteEndArray();
        w.WriteString("responsible", r.Responsible);
        w.WriteString("deadline", r.Deadline is { } d ? PlanLabels.Date(d) : null);
        w.WriteString("reviewDate", PlanLabels.Date(r.ReviewDate));
        w.WriteString("status", r.Status);
        w.WriteString("followUpStatus", r.FollowUpStatus);
        w.WriteString("notes", r.Notes);
        w.WriteNumber("version", r.Version);
        w.WriteString("updatedAt", r.UpdatedAt);
        w.WriteString("updatedBy", r.UpdatedBy);
        w.WriteEndObject();
    }

    private static void Indicator(Utf8JsonWriter w, PlanIndicator i)
    {
        w.WriteStartObject();
        w.WriteString("code", i.Code);
        w.WriteString("description", i.Description);
        w.WriteString("targetKind", i.TargetKind);
        w.WriteString("targetId", i.TargetId);
        w.WriteString("categoryGroup", i.CategoryGroup);
        if (i.Window is { } win)
        {
            w.WritePropertyName("window");
            Window(w, win);
        }
        else w.WriteNull("window");
        Number(w, "baseline", i.Baseline);
        w.WriteString("baselineFrom", PlanLabels.Date(i.BaselineFrom));
        w.WriteString("baselineTo", PlanLabels.Date(i.BaselineTo));
        Number(w, "goalChange", i.GoalChange);
        w.WriteEndObject();
    }

    private static void Window(Utf8JsonWriter w, FactWindow win)
    {
        w.WriteStartObject();
        w.WriteNumber("firstDay", win.FirstDay);
        w.WriteNumber("lastDay", win.LastDay);
        w.WriteNumber("startHour", win.StartHour);
        w.WriteNumber("endHour", win.EndHour);
        Number(w, "share", win.Share);
        w.WriteStartObject("text");
        w.WriteString("sv", win.Text.Sv);
        w.WriteString("en", win.Text.En);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void FollowUp(Utf8JsonWriter w, PlanFollowUp f, CancellationToken ct)
    {
        w.WriteStartObject("followUp");
        w.WriteNumber("planId", f.Plan.Id);
        w.WriteNumber("runId", f.RunId);
        w.WriteString("periodFrom", PlanLabels.Date(f.PeriodFrom));
        w.WriteString("periodTo", PlanLabels.Date(f.PeriodTo));
        w.WriteStartArray("rows");
        foreach (var r in f.Rows.OrderBy(r => r.Row.Position))
        {
            ct.ThrowIfCancellationRequested();
            w.WriteStartObject();
            w.WriteNumber("rowId", r.Row.Id);
            w.WriteNumber("position", r.Row.Position);
            w.WriteString("measureId", r.Row.MeasureId);
            w.WriteString("indicatorCode", r.Row.Indicator.Code);
            Number(w, "baseline", r.Baseline);
            Number(w, "now", r.Now);
            Number(w, "rateRatio", r.RateRatio);
            Number(w, "lower", r.Lower);
            Number(w, "upper", r.Upper);
            Number(w, "p", r.P);
            w.WriteString("changeClass", r.ChangeClass);
            w.WriteString("suggestedStatus", r.SuggestedStatus);
            w.WriteString("explanation", r.Explanation);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A JSON number (shortest round-trip form, invariant), or null when missing or not finite.</summary>
    private static void Number(Utf8JsonWriter w, string name, double? v)
    {
        if (v is { } x && double.IsFinite(x)) w.WriteNumber(name, x);
        else w.WriteNull(name);
    }
}
