using System.Globalization;
using System.Text;

namespace Geo.Reporting.Reports;

/// <summary>
/// Writes the lägesbild as Markdown (for wikis and the municipality's own documents): the same twelve sections and
/// tables as the HTML report, with the maps and charts as SVG files in a folder beside it (<see cref="Figures"/>).
/// </summary>
public static class MarkdownReportWriter
{
    /// <summary>The Markdown text, and the figures (file name, SVG) it links to under <paramref name="figureFolder"/>.</summary>
    public static (string Text, IReadOnlyList<(string File, string Svg)> Figures) Write(LagesbildReport r, string figureFolder)
    {
        var t = ReportText.For(r.Header.Lang);
        var h = r.Header;
        var k = h.SuppressBelow;
        var figures = new List<(string, string)>();
        var b = new StringBuilder(64 * 1024);
        b.Append("# ").Append(t.T($"Lägesbild {h.StudyAreaName}", $"Situational picture {h.StudyAreaName}")).Append("\n\n");
        b.Append(t.T("Period", "Period")).Append(' ').Append(t.Period(h.PeriodFrom, h.PeriodTo));
        if (h.CompareFrom is { } cf) b.Append(t.T(", jämfört med ", ", compared with ")).Append(t.Period(cf, h.CompareTo!.Value));
        b.Append(". ").Append(t.T("Studieområde", "Study area")).Append($" {h.StudyAreaName} ({h.StudyAreaCode}), ")
            .Append(t.T("analyskörning", "analysis run")).Append($" {h.RunId}. ").Append(t.T("Framtagen för", "Made for")).Append(' ').Append(t.Role(h.Role))
            .Append(k is null ? t.T(" (alla tal visas).", " (every count shown).") : t.T($"; 1–{k - 1} händelser visas som <{k}.", $"; 1–{k - 1} incidents are shown as <{k}."))
            .Append("\n\n");

        void Fig(string name, string svg, string caption)
        {
            if (string.IsNullOrEmpty(svg)) return;
            figures.Add((name, svg));
            b.Append("![").Append(Md(caption)).Append("](").Append(figureFolder).Append('/').Append(name).Append(")\n\n");
        }

        Head(b, 1, t);
        var i = 1;
        foreach (var s in r.Summary) b.Append(i++).Append(". ").Append(Md(s)).Append('\n');
        b.Append('\n');

        Head(b, 2, t);
        foreach (var c in r.Method.Choices) b.Append("- ").Append(Md(c)).Append('\n');
        b.Append('\n');
        Table(b, [t.T("Källa", "Source"), t.T("Händelser", "Incidents"), t.T("Första", "First"), t.T("Sista", "Last")],
            r.Method.Sources.Select(s => new[] { s.Source, t.Count(s.Incidents, k), s.First ?? "–", s.Last ?? "–" }));
        foreach (var q in r.Method.Quality.Concat(r.Method.Missing)) b.Append("- ").Append(Md(q)).Append('\n');
        b.Append('\n');

        Head(b, 3, t);
        if (r.Reference is { } rf)
        {
            if (rf.Note is not null) b.Append(Md(rf.Note)).Append("\n\n");
            Fig("reference.svg", ReportFigures.ReferenceBars(rf, t), t.T("Händelser per 100 000 invånare", "Events per 100,000 residents"));
            Table(b, [t.T("Grupp", "Group"), rf.Municipality, rf.County, t.T("Riket", "Sweden"), t.T("Liknande (median)", "Similar (median)")],
                rf.Rows.Select(x => new[] { x.Label, t.Number(x.Municipality), t.Number(x.County), t.Number(x.Sweden), t.Number(x.SimilarMedian) }));
        }
        else b.Append(t.T("Inga nationella referensvärden är inlästa.", "No national reference values are loaded.")).Append("\n\n");

        Head(b, 4, t);
        Table(b, [t.T("Grupp", "Group"), t.T("Händelser", "Incidents"), t.T("Jämförelse", "Comparison"), t.T("Förändring", "Change"), t.T("Bedömning", "Assessment"), t.T("Trend", "Trend")],
            r.Trends.Select(x => new[] { x.Label, t.Count(x.Incidents, k), t.Count(x.IncidentsCompare, k), t.Change(x.RateRatio), t.ChangeClass(x.ChangeClass), t.TrendClass(x.TrendClass) }));
        foreach (var x in r.Trends.Take(5)) Fig($"trend-{x.Group}.svg", ReportFigures.Trend(x, t), x.Label);

        Head(b, 5, t);
        Fig("areas.svg", ReportFigures.AreaMap(r, t), t.T("Händelser per 1 000 invånare per område", "Incidents per 1,000 residents by area"));
        Fig("hotspots.svg", ReportFigures.HotspotMap(r, t), t.T("Hot spots och deras mönster över tid", "Hotspots and their pattern over time"));
        Table(b, ["hot spot", t.T("Händelser", "Incidents"), t.T("Mönster över tid", "Pattern over time"), t.T("Täckningsglapp", "Coverage gap")],
            r.Where.Hotspots.Select(x => new[] { x.Id.ToString(CultureInfo.InvariantCulture), t.Count(x.Incidents, k), t.EmergingClass(x.EmergingClass), t.Gap(x.CoverageGap) }));

        Head(b, 6, t);
        foreach (var p in r.When.Profiles)
        {
            b.Append("### ").Append(Md(p.Label)).Append("\n\n");
            if (p.Peak is not null) b.Append(Md(p.Peak)).Append("\n\n");
            Fig($"heat-{p.Group}.svg", ReportFigures.Heat(p, k, t), t.T("Veckodag × timme", "Weekday × hour"));
            Fig($"wheel-{p.Group}.svg", ReportFigures.YearWheel(p, k, t), t.T("Årshjul", "Year wheel"));
        }

        Head(b, 7, t);
        Table(b, [t.T("Rang", "Rank"), t.T("Typ", "Kind"), t.T("Plats", "Place"), t.T("Grupp", "Group"), t.T("Stabil", "Stable"), t.T("Skäl", "Reasons")],
            r.AreaPriorities.Concat(r.HotspotPriorities).Select(x => new[] { x.Rank.ToString(CultureInfo.InvariantCulture), t.Kind(x.Kind), x.Place, x.GroupLabel, t.Percent(x.Stability), string.Join("; ", x.Reasons) }));

        Head(b, 8, t);
        Fig("resources.svg", ReportFigures.ResourceMap(r, t), t.T("Resurser och hot spots", "Resources and hotspots"));
        Table(b, [t.T("Resurstyp", "Resource type"), t.T("Antal", "Count"), t.T("Med öppettider", "With opening hours")],
            r.Resources.Select(x => new[] { x.Label, t.Whole(x.Count), t.Whole(x.WithHours) }));
        Table(b, ["hot spot", t.T("Glapp", "Gap"), t.T("Utan täckning", "Uncovered"), t.T("När", "When")],
            r.Gaps.Select(x => new[] { x.HotspotId.ToString(CultureInfo.InvariantCulture), t.Gap(x.Kind), t.Percent(x.UncoveredShare), string.Join("; ", x.Windows) }));

        Head(b, 9, t);
        b.Append(t.T("Hypoteserna är förslag att pröva, inte fastställda orsaker.", "The hypotheses are proposals to test, not established causes.")).Append("\n\n");
        foreach (var f in r.Causes)
        {
            var place = f.Place.In(t.Lang);
            b.Append("### ").Append(Md($"{char.ToUpperInvariant(place[0])}{place[1..]} – {f.Group.In(t.Lang)} ({t.T("prioritet", "priority")} {f.Rank})")).Append("\n\n");
            foreach (var x in f.Triangle) b.Append("- **").Append(Md(t.Side(x.Side))).Append("**: ").Append(Md(x.Text.In(t.Lang))).Append('\n');
            b.Append('\n');
            foreach (var hy in f.Hypotheses) b.Append("1. ").Append(Md(hy.Text.In(t.Lang))).Append('\n');
            b.Append('\n');
        }

        Head(b, 10, t);
        if (r.Plan is { } plan)
        {
            var pt = ReportText.For(plan.Lang);
            Table(b, [pt.T("Problem", "Problem"), pt.T("Orsak (hypotes)", "Cause (hypothesis)"), pt.T("Åtgärd", "Measure"), pt.T("Operativt mål", "Operational goal"),
                    pt.T("Indikator", "Indicator"), pt.T("När", "When"), pt.T("Vem", "Who"), "Status"],
                plan.Rows.OrderBy(x => x.Position).Select(x => new[] { x.Problem, x.Cause, x.Measure, x.Goal, $"{x.Indicator.Description}: {pt.Number(x.Indicator.Baseline, 0)}",
                    pt.Date(x.Deadline ?? x.ReviewDate), x.Responsible ?? string.Join(", ", x.Actors), pt.PlanStatus(x.Status) }));
        }
        else b.Append(t.T($"Ingen åtgärdsplan: geo plan draft {h.RunId} gör ett utkast.", $"No action plan: geo plan draft {h.RunId} makes a draft.")).Append("\n\n");

        Head(b, 11, t);
        if (r.FollowUp is { } fu)
            Table(b, [t.T("Åtgärd", "Measure"), t.T("Utgångsvärde", "Baseline"), t.T("Nu", "Now"), t.T("Bedömning", "Assessment"), t.T("Föreslagen status", "Suggested status")],
                fu.Rows.Select(x => new[] { x.Row.Measure, t.Number(x.Baseline, 0), t.Number(x.Now, 0), t.ChangeClass(x.ChangeClass), t.Traffic(x.SuggestedStatus) }));
        else b.Append(t.T("Det finns ingen tidigare åtgärdsplan att följa upp.", "There is no earlier action plan to follow up.")).Append("\n\n");

        Head(b, 12, t);
        Table(b, [t.T("Område", "Area"), t.T("Namn", "Name"), t.T("Invånare", "Residents"), t.T("Händelser", "Incidents"), t.T("Per 1 000", "Per 1,000"), t.T("Förändring", "Change")],
            r.Appendix.Select(x => new[] { x.Code, x.Name ?? "", t.Whole(x.Population), t.Count(x.Incidents, k), t.Number(x.RatePer1000), t.ChangeClass(x.ChangeClass) }));
        return (b.ToString(), figures);
    }

    private static void Head(StringBuilder b, int n, ReportText t) => b.Append("## ").Append(ReportSections.Title(n, t.Lang)).Append("\n\n");

    private static void Table(StringBuilder b, IReadOnlyList<string> head, IEnumerable<string[]> rows)
    {
        b.Append("| ").Append(string.Join(" | ", head.Select(Md))).Append(" |\n|").Append(string.Concat(head.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows) b.Append("| ").Append(string.Join(" | ", row.Select(Md))).Append(" |\n");
        b.Append('\n');
    }

    /// <summary>Text safe inside a Markdown table cell: pipes escaped, newlines as spaces, a leading &lt; kept as text.</summary>
    private static string Md(string s) => s.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r", "").Replace("\n", " ").Replace("<", "&lt;");
}
