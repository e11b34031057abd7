using System.Text;
using Geo.Planning.Plans;

namespace Geo.Reporting.Plans;

/// <summary>
/// Writes a plan as a Markdown document in the plan's language: the title, the header facts, the note that causes are
/// hypotheses, one table in Brå's template (one line per plan row), the follow-up table when given, and a detail list per
/// row (match reason, actors, the indicator's definition). Text in table cells has its pipes and backslashes escaped and
/// its line breaks written as <c>&lt;br&gt;</c>; angle brackets are written as entities so that notes never become HTML.
/// </summary>
internal static class PlanMarkdownWriter
{
    public static string Write(Plan plan, PlanFollowUp? followUp, string geoVersion, CancellationToken ct)
    {
        var l = PlanLabels.For(plan.Lang);
        var sb = new StringBuilder();
        sb.Append("# ").Append(Inline(plan.Title)).Append("\n\n");
        Fact(sb, l.StudyArea, plan.StudyAreaCode);
        Fact(sb, l.Run, plan.RunId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Fact(sb, l.PlanId, plan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Fact(sb, l.Drafted, $"{PlanLabels.Utc(plan.CreatedAt)} {l.By} {plan.CreatedBy}");
        Fact(sb, l.ReviewDate, PlanLabels.Date(plan.ReviewDate));
        Fact(sb, l.Language, l.LanguageName);
        Fact(sb, l.TopN, plan.TopN.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (plan.BasedOnPlanId is { } basedOn) Fact(sb, l.BasedOn, basedOn.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Fact(sb, l.GeoVersion, geoVersion);
        sb.Append('\n');
        sb.Append("> ").Append(Inline(l.HypothesisNote)).Append("\n\n");

        var rows = plan.Rows.OrderBy(r => r.Position).ToList();
        sb.Append("## ").Append(l.PlanSheet).Append("\n\n");
        TableHeader(sb, [l.Number, l.Problem, l.Cause, l.Measure, l.Goal, l.IndicatorAndBaseline, l.When, l.Who, l.Type, l.Status, l.FollowUp, l.Notes]);
        foreach (var r in rows)
        {
            ct.ThrowIfCancellationRequested();
            TableRow(sb,
            [
                r.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Problem, r.Cause, r.Measure, r.Goal,
                l.IndicatorText(r.Indicator), l.WhenText(r), l.WhoText(r), l.TypeLabel(r), l.StatusLabel(r.Status),
                l.ColourLabel(r.FollowUpStatus), r.Notes ?? "",
            ]);
        }
        sb.Append('\n');

        if (followUp is not null)
        {
            sb.Append("## ").Append(Inline(l.FollowUpHeading(followUp))).Append("\n\n");
            TableHeader(sb, [l.Number, l.Measure, l.Indicator, l.Baseline, l.Now, l.RatioWithInterval, l.P, l.Change, l.SuggestedStatus, l.Explanation]);
            foreach (var f in followUp.Rows.OrderBy(f => f.Row.Position))
            {
                ct.ThrowIfCancellationRequested();
                var code = f.Row.Indicator.Code;
                var ratio = f.RateRatio is null ? "–" : $"{l.Num(f.RateRatio, 2)} ({l.Num(f.Lower, 2)}–{l.Num(f.Upper, 2)})";
                TableRow(sb,
                [
                    f.Row.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Row.Measure, f.Row.Indicator.Description,
                    l.IndicatorValue(code, f.Baseline), l.IndicatorValue(code, f.Now), ratio, l.PValue(f.P), l.ChangeClassLabel(f.ChangeClass),
                    l.ColourLabel(f.SuggestedStatus), f.Explanation,
                ]);
            }
            sb.Append('\n');
        }

        sb.Append("## ").Append(l.Details).Append("\n\n");
        foreach (var r in rows)
        {
            ct.ThrowIfCancellationRequested();
            var i = r.Indicator;
            sb.Append("### ").Append(r.Position).Append(". ").Append(Inline(r.Measure)).Append("\n\n");
            Fact(sb, l.MatchReason, $"{r.MatchReason} ({l.MatchScore.ToLowerInvariant()} {l.Num(r.MatchScore)})");
            Fact(sb, l.Actors, r.Actors.Count == 0 ? "–" : string.Join(", ", r.Actors));
            Fact(sb, l.Responsible, string.IsNullOrWhiteSpace(r.Responsible) ? l.NotSet : r.Responsible);
            var window = i.Window is { } w ? $"; {l.Window} {w.Text.In(l.Lang)} ({l.Percent(w.Share)} {l.OfIncidents})" : "";
            Fact(sb, l.IndicatorDefinition,
                $"`{i.Code}`: {i.Description}. {l.Target} {l.TargetKindLabel(i.TargetKind)} {i.TargetId}, {l.CategoryGroup} {l.Group(i.CategoryGroup)}{window}; "
                + $"{l.BaselineWord} {l.IndicatorValue(i.Code, i.Baseline)} {l.Over} {PlanLabels.Date(i.BaselineFrom)} – {PlanLabels.Date(i.BaselineTo)}; {l.GoalWord} {l.Percent(i.GoalChange)}");
            Fact(sb, l.CauseCode, $"`{r.CauseCode}`");
            Fact(sb, l.MeasureId, $"`{r.MeasureId}`");
            Fact(sb, l.Version, $"{r.Version}, {l.Edited} {PlanLabels.Utc(r.UpdatedAt)} {l.By} {r.UpdatedBy}");
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static void Fact(StringBuilder sb, string label, string value) =>
        sb.Append("- **").Append(Inline(label)).Append(":** ").Append(Inline(value)).Append('\n');

    private static void TableHeader(StringBuilder sb, IReadOnlyList<string> columns)
    {
        TableRow(sb, columns);
        sb.Append('|');
        foreach (var _ in columns) sb.Append(" --- |");
        sb.Append('\n');
    }

    private static void TableRow(StringBuilder sb, IReadOnlyList<string> cells)
    {
        sb.Append('|');
        foreach (var c in cells) sb.Append(' ').Append(Cell(c)).Append(" |");
        sb.Append('\n');
    }

    /// <summary>Text for a table cell: <see cref="Inline"/> with pipes escaped; empty cells stay empty.</summary>
    internal static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>
    /// Text on one Markdown line: backslashes escaped, angle brackets as entities, line breaks as <c>&lt;br&gt;</c>
    /// (a CR LF pair is one break), other control characters dropped.
    /// </summary>
    internal static string Inline(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r':
                    sb.Append("<br>");
                    if (k + 1 < text.Length && text[k + 1] == '\n') k++;
                    break;
                case '\n': sb.Append("<br>"); break;
                case '\t': sb.Append(' '); break;
                default:
                    if (!char.IsControl(c)) sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }
}
