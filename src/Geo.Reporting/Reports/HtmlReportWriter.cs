using System.Globalization;
using System.Text;
using Geo.Planning.Causes;
using Geo.Planning.Plans;

namespace Geo.Reporting.Reports;

/// <summary>
/// Writes the lägesbild as one self-contained HTML file that prints well (A4, each numbered section on a new page): the
/// stylesheet inline, maps and charts as inline SVG, nothing fetched at run time. The markup is well-formed XML
/// (polyglot HTML), so it can be checked by any XML parser.
/// </summary>
public static class HtmlReportWriter
{
    public static string Write(LagesbildReport r)
    {
        var t = ReportText.For(r.Header.Lang);
        var h = r.Header;
        var k = h.SuppressBelow;
        var b = new StringBuilder(256 * 1024);
        var title = t.T($"Lägesbild {h.StudyAreaName}", $"Situational picture {h.StudyAreaName}");
        b.Append("<!DOCTYPE html>\n<html lang=\"").Append(t.Lang).Append("\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            .Append("<meta name=\"generator\" content=\"Geo ").Append(E(h.GeoVersion)).Append("\"/>\n")
            .Append("<title>").Append(E($"{title} {t.Period(h.PeriodFrom, h.PeriodTo)}")).Append("</title>\n<style>/*<![CDATA[*/\n")
            .Append(Geo.Reporting.Html.ReportCss.Text).Append("\n/*]]>*/</style>\n</head>\n<body>\n<main class=\"report\">\n");

        // Cover page with the table of contents.
        b.Append("<section class=\"cover\" id=\"cover\">\n<p class=\"kicker\">").Append(E(t.T("Lägesbild enligt lag (2023:196) om kommuners ansvar för brottsförebyggande arbete",
                "Situational picture under the Act (2023:196) on municipalities' responsibility for crime prevention"))).Append("</p>\n")
            .Append("<h1>").Append(E(title)).Append("</h1>\n<p class=\"subtitle\">").Append(E(t.T("Period", "Period"))).Append(' ')
            .Append(E(t.Period(h.PeriodFrom, h.PeriodTo)));
        if (h.CompareFrom is { } cf) b.Append(E(t.T(", jämfört med ", ", compared with "))).Append(E(t.Period(cf, h.CompareTo!.Value)));
        b.Append("</p>\n<table class=\"facts\">\n");
        Row(b, t.T("Studieområde", "Study area"), $"{h.StudyAreaName} ({h.StudyAreaCode})");
        Row(b, t.T("Analyskörning", "Analysis run"), h.RunLabel is null ? $"{h.RunId}" : $"{h.RunId} ({h.RunLabel})");
        Row(b, t.T("Områdesindelning", "Area set"), h.AreaSet ?? "–");
        Row(b, t.T("Rutnät", "Grid"), $"{t.Whole(h.CellSize)} m");
        Row(b, t.T("Framtagen för", "Made for"), t.Role(h.Role));
        Row(b, t.T("Små tal", "Small counts"), k is null
            ? t.T("visas (analytikerversion, sprids inte vidare)", "shown (analyst version, not for circulation)")
            : t.T($"1–{k - 1} händelser visas som <{k}", $"1–{k - 1} incidents are shown as <{k}"));
        Row(b, t.T("Skapad", "Made"), $"{h.GeneratedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}, Geo {h.GeoVersion}");
        b.Append("</table>\n<nav class=\"toc\"><h2>").Append(E(t.T("Innehåll", "Contents"))).Append("</h2>\n<ol>\n");
        for (var i = 1; i <= ReportSections.All.Count; i++)
            b.Append("<li><a href=\"#").Append(ReportSections.All[i - 1].Id).Append("\">").Append(E(ReportSections.Title(i, t.Lang)[(i.ToString(CultureInfo.InvariantCulture).Length + 2)..])).Append("</a></li>\n");
        b.Append("</ol>\n</nav>\n<p class=\"note\">").Append(E(t.T(
            "Lägesbilden bygger på registrerade händelser. Den beskriver vad, var, när och hur mycket; orsaker anges som hypoteser för samverkansgruppen att pröva, aldrig som fastställda.",
            "The situational picture is built on recorded incidents. It describes what, where, when and how much; causes are given as hypotheses for the group to test, never as established."))).Append("</p>\n</section>\n");

        // 1 Summary.
        Open(b, 1, t);
        b.Append("<ol class=\"summary\">\n");
        foreach (var s in r.Summary) b.Append("<li>").Append(E(s)).Append("</li>\n");
        b.Append("</ol>\n");
        Close(b);

        // 2 Method.
        Open(b, 2, t);
        b.Append("<h3>").Append(E(t.T("Val och standardvärden", "Choices and defaults"))).Append("</h3>\n<ul>\n");
        foreach (var c in r.Method.Choices) b.Append("<li>").Append(E(c)).Append("</li>\n");
        b.Append("</ul>\n<h3>").Append(E(t.T("Datakällor", "Data sources"))).Append("</h3>\n");
        Table(b, [t.T("Källa", "Source"), t.T("Händelser", "Incidents"), t.T("Första", "First"), t.T("Sista", "Last")], [false, true, false, false],
            r.Method.Sources.Select(s => new[] { s.Source, t.Count(s.Incidents, k), s.First ?? "–", s.Last ?? "–" }));
        b.Append("<h3>").Append(E(t.T("Datakvalitet", "Data quality"))).Append("</h3>\n<ul>\n");
        foreach (var q in r.Method.Quality) b.Append("<li>").Append(E(q)).Append("</li>\n");
        b.Append("</ul>\n<h3>").Append(E(t.T("Vad underlaget inte kan säga", "What the data cannot say"))).Append("</h3>\n<ul>\n");
        foreach (var m in r.Method.Missing) b.Append("<li>").Append(E(m)).Append("</li>\n");
        b.Append("</ul>\n");
        Close(b);

        // 3 Reference values.
        Open(b, 3, t);
        if (r.Reference is { } rf)
        {
            if (rf.Note is not null) b.Append("<p class=\"note\">").Append(E(rf.Note)).Append("</p>\n");
            b.Append("<p>").Append(E(t.T(
                $"Polisens händelser per 100 000 invånare {rf.Year}: {rf.Municipality} mot {rf.County}, riket och medianen för {rf.Similar.Count} kommuner av liknande storlek ({string.Join(", ", rf.Similar)}).",
                $"Police events per 100,000 residents in {rf.Year}: {rf.Municipality} against {rf.County}, Sweden and the median of {rf.Similar.Count} municipalities of similar size ({string.Join(", ", rf.Similar)})."))).Append("</p>\n");
            Figure(b, ReportFigures.ReferenceBars(rf, t), t.T("Händelser per 100 000 invånare", "Events per 100,000 residents"));
            Table(b, [t.T("Grupp", "Group"), rf.Municipality, rf.County, t.T("Riket", "Sweden"), t.T("Liknande (median)", "Similar (median)"),
                    t.T("× län", "× county"), t.T("× riket", "× Sweden"), t.T("× liknande", "× similar")], [false, true, true, true, true, true, true, true],
                rf.Rows.Select(x => new[] { x.Label, t.Number(x.Municipality), t.Number(x.County), t.Number(x.Sweden), t.Number(x.SimilarMedian),
                    t.Number(x.RatioToCounty, 2), t.Number(x.RatioToSweden, 2), t.Number(x.RatioToSimilar, 2) }));
            b.Append("<ul class=\"notes\">\n");
            foreach (var n in rf.Notices) b.Append("<li>").Append(E(n)).Append("</li>\n");
            b.Append("</ul>\n");
        }
        else
            b.Append("<p>").Append(E(t.T("Inga nationella referensvärden är inlästa (geo reference load); jämförelsen saknas.",
                "No national reference values are loaded (geo reference load); the comparison is missing."))).Append("</p>\n");
        Close(b);

        // 4 Trends.
        Open(b, 4, t);
        Table(b, [t.T("Grupp", "Group"), t.T("Händelser", "Incidents"), t.T("Jämförelse", "Comparison"), t.T("Förändring (95 % KI)", "Change (95% CI)"),
                t.T("Bedömning", "Assessment"), t.T("Trend per år (95 % KI)", "Trend a year (95% CI)"), t.T("Trend", "Trend")],
            [false, true, true, true, false, true, false],
            r.Trends.Select(x => new[]
            {
                x.Label, t.Count(x.Incidents, k), t.Count(x.IncidentsCompare, k),
                x.RateRatio is null ? "–" : $"{t.Change(x.RateRatio)} ({t.Change(x.RateRatioLower)} – {t.Change(x.RateRatioUpper)})",
                t.ChangeClass(x.ChangeClass),
                x.TrendPercentPerYear is null ? "–" : $"{t.Number(x.TrendPercentPerYear, 0)} % ({t.Number(x.TrendLower, 0)} – {t.Number(x.TrendUpper, 0)})",
                t.TrendClass(x.TrendClass),
            }));
        b.Append("<div class=\"grid-2\">\n");
        foreach (var x in r.Trends.Take(5)) Figure(b, ReportFigures.Trend(x, t), t.T($"{x.Label}: händelser per månad med trend", $"{x.Label}: incidents a month with trend"));
        b.Append("</div>\n");
        Close(b);

        // 5 Where.
        Open(b, 5, t);
        b.Append("<p>").Append(E(t.T(
            "Kartan visar den empiriskt bayes-utjämnade nivån per 1 000 invånare för alla händelser (små områden dras mot kommunens nivå). Klasserna är naturliga brytpunkter (Fisher–Jenks) i fem klasser.",
            "The map shows the empirical-Bayes smoothed rate per 1,000 residents of all incidents (small areas shrink towards the municipality's rate). Classes are natural breaks (Fisher–Jenks), five classes."))).Append("</p>\n");
        Figure(b, ReportFigures.AreaMap(r, t), t.T("Händelser per 1 000 invånare per område", "Incidents per 1,000 residents by area"));
        Figure(b, ReportFigures.HotspotMap(r, t), t.T("Hot spots (Gi*) och deras mönster över tid", "Hotspots (Gi*) and their pattern over time"));
        Table(b, ["hot spot", t.T("Händelser", "Incidents"), t.T("Mönster över tid", "Pattern over time"), t.T("Förändring", "Change"), t.T("Täckningsglapp", "Coverage gap")],
            [false, true, false, false, false],
            r.Where.Hotspots.Select(x => new[] { x.Id.ToString(CultureInfo.InvariantCulture), t.Count(x.Incidents, k), t.EmergingClass(x.EmergingClass), t.ChangeClass(x.ChangeClass), t.Gap(x.CoverageGap) }));
        Close(b);

        // 6 When.
        Open(b, 6, t);
        foreach (var p in r.When.Profiles)
        {
            b.Append("<h3>").Append(E(p.Label)).Append("</h3>\n");
            if (p.Peak is not null) b.Append("<p>").Append(E(t.T($"Tydligaste veckofönster: {p.Peak} av händelserna med klockslag.", $"Clearest window of the week: {p.Peak} of incidents with a time of day."))).Append("</p>\n");
            Figure(b, ReportFigures.Heat(p, k, t), t.T("Veckodag × timme", "Weekday × hour"));
            Figure(b, ReportFigures.YearWheel(p, k, t), t.T("Årshjul: händelser per månad", "Year wheel: incidents by month"), "wheel");
        }
        if (r.When.Untimed > 0)
            b.Append("<p class=\"note\">").Append(E(t.T($"{t.Count(r.When.Untimed, null)} händelser saknar klockslag och ingår inte i tabellerna över tid på dygnet.",
                $"{t.Count(r.When.Untimed, null)} incidents have no time of day and are not in the hour tables."))).Append("</p>\n");
        Close(b);

        // 7 Priorities.
        Open(b, 7, t);
        b.Append("<p>").Append(E(t.T(
            "Prioriteringen är en viktad summa av standardiserade delar (nivå mot kommunen, förändring, trend, andel i hot spots, skadevärde, täckningsglapp, säkerhet). Stabil = andelen av 1 000 slumpade vikter (±25 %) där problemet stannar bland de högst prioriterade.",
            "The priority is a weighted sum of standardised parts (level against the municipality, change, trend, share in hotspots, harm, coverage gap, confidence). Stable = the share of 1,000 random weightings (±25%) in which the problem stays among the top."))).Append("</p>\n");
        foreach (var (list, head) in new[] { (r.AreaPriorities, t.T("Områden", "Areas")), (r.HotspotPriorities, "Hot spots") })
        {
            b.Append("<h3>").Append(E(head)).Append("</h3>\n");
            Table(b, [t.T("Rang", "Rank"), t.T("Plats", "Place"), t.T("Grupp", "Group"), "Score", t.T("Stabil", "Stable"), t.T("Skäl", "Reasons")],
                [true, false, false, true, true, false],
                list.Select(x => new[] { x.Rank.ToString(CultureInfo.InvariantCulture), x.Place, x.GroupLabel, t.Number(x.Score, 2), t.Percent(x.Stability), string.Join("; ", x.Reasons) }));
        }
        Close(b);

        // 8 Resources and coverage gaps.
        Open(b, 8, t);
        Figure(b, ReportFigures.ResourceMap(r, t), t.T("Resurser och hot spots", "Resources and hotspots"));
        Table(b, [t.T("Resurstyp", "Resource type"), t.T("Antal", "Count"), t.T("Med öppettider", "With opening hours")], [false, true, true],
            r.Resources.Select(x => new[] { x.Label, t.Whole(x.Count), t.Whole(x.WithHours) }));
        b.Append("<h3>").Append(E(t.T("Täckningsglapp", "Coverage gaps"))).Append("</h3>\n<p>").Append(E(t.T(
            "Tidsmässigt glapp: minst hälften av händelserna sker när ingen fritidsgård, fältverksamhet eller polis inom räckhåll har öppet. Rumsligt glapp: ingen sådan resurs inom räckhåll.",
            "Temporal gap: at least half of the incidents happen when no youth centre, field work or police within reach is open. Spatial gap: no such resource within reach."))).Append("</p>\n");
        Table(b, ["hot spot", t.T("Områden", "Areas"), t.T("Händelser", "Incidents"), t.T("Glapp", "Gap"), t.T("Utan täckning", "Uncovered"), t.T("När", "When")],
            [false, false, true, false, true, false],
            r.Gaps.Select(x => new[] { x.HotspotId.ToString(CultureInfo.InvariantCulture), string.Join(", ", x.Areas), t.Count(x.Incidents, k), t.Gap(x.Kind), t.Percent(x.UncoveredShare), string.Join("; ", x.Windows) }));
        Close(b);

        // 9 Cause-analysis facts.
        Open(b, 9, t);
        b.Append("<p>").Append(E(t.T(
            "Fakta ordnade efter problemtriangeln (plats, gärningsperson, offer/mål och de som kan påverka dem). Hypoteserna är förslag att pröva i samverkansgruppen; de är inte fastställda orsaker.",
            "Facts arranged along the problem triangle (place, offender, target and those who can influence them). The hypotheses are proposals for the group to test; they are not established causes."))).Append("</p>\n");
        foreach (var f in r.Causes) Cause(b, f, k, t);
        Close(b);

        // 10 Plan.
        Open(b, 10, t);
        Plan(b, r, t);
        Close(b);

        // 11 Follow-up.
        Open(b, 11, t);
        FollowUp(b, r.FollowUp, t);
        Close(b);

        // 12 Appendix.
        Open(b, 12, t);
        Table(b, [t.T("Område", "Area"), t.T("Namn", "Name"), t.T("Invånare", "Residents"), t.T("Händelser", "Incidents"), t.T("Jämförelse", "Comparison"),
                t.T("Per 1 000", "Per 1,000"), t.T("Utjämnad", "Smoothed"), t.T("Förändring", "Change"), t.T("Trend", "Trend"), t.T("I hot spots", "In hotspots"),
                t.T("Upprepning", "Repeat")], [false, false, true, true, true, true, true, false, false, true, true],
            r.Appendix.Select(x => new[]
            {
                x.Code, x.Name ?? "", t.Whole(x.Population), t.Count(x.Incidents, k), t.Count(x.IncidentsCompare, k), t.Number(x.RatePer1000),
                t.Number(x.RateEbPer1000) + (x.Unstable ? " *" : ""), t.ChangeClass(x.ChangeClass), t.TrendClass(x.TrendClass), t.Percent(x.HotShare95), t.Percent(x.RepeatShare),
            }), "small");
        b.Append("<p class=\"note\">").Append(E(t.T("* osäker nivå: färre än 10 händelser.", "* unstable rate: fewer than 10 incidents."))).Append("</p>\n");
        Close(b);
        b.Append("</main>\n</body>\n</html>\n");
        return b.ToString();
    }

    private static void Cause(StringBuilder b, ProblemFacts f, int? k, ReportText t)
    {
        var place = f.Place.In(t.Lang);
        b.Append("<article class=\"problem\">\n<h3>").Append(E($"{char.ToUpperInvariant(place[0])}{place[1..]} – {f.Group.In(t.Lang)} ({t.T("prioritet", "priority")} {f.Rank})")).Append("</h3>\n<p>");
        var parts = new List<string> { t.T($"{t.Count(SuppressCount(f.Incidents, k), k)} händelser", $"{t.Count(SuppressCount(f.Incidents, k), k)} incidents") };
        if (f.RelativeLevel is { } lv) parts.Add(t.T($"{t.Number(lv)} gånger kommunens nivå", $"{t.Number(lv)} times the municipality's level"));
        if (f.RateRatio is { } rr && f.IncidentsCompare is { } ic && SuppressCount(ic, k) is not null && SuppressCount(f.Incidents, k) is not null)
            parts.Add(t.T($"{t.Change(rr.Statistic)} mot jämförelseperioden ({t.ChangeClass(f.ChangeClass)})", $"{t.Change(rr.Statistic)} against the comparison period ({t.ChangeClass(f.ChangeClass)})"));
        if (f.TrendClass is not null) parts.Add(t.T($"trend: {t.TrendClass(f.TrendClass)}", $"trend: {t.TrendClass(f.TrendClass)}"));
        if (f.EmergingClass is not null) parts.Add(t.EmergingClass(f.EmergingClass));
        if (f.Peak is { } pk) parts.Add($"{pk.Text.In(t.Lang)}: {t.Percent(pk.Share)}");
        b.Append(E(string.Join("; ", parts))).Append("</p>\n");
        b.Append("<table class=\"triangle\">\n<thead><tr><th>").Append(E(t.T("Del av problemtriangeln", "Side of the problem triangle"))).Append("</th><th>")
            .Append(E(t.T("Fakta", "Facts"))).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var side in f.Triangle.GroupBy(x => x.Side))
        {
            b.Append("<tr><th scope=\"row\">").Append(E(t.Side(side.Key))).Append("</th><td><ul>");
            foreach (var x in side) b.Append("<li>").Append(E(x.Text.In(t.Lang))).Append("</li>");
            b.Append("</ul></td></tr>\n");
        }
        b.Append("</tbody>\n</table>\n");
        if (f.Hypotheses.Count > 0)
        {
            b.Append("<h4>").Append(E(t.T("Hypoteser att pröva", "Hypotheses to test"))).Append("</h4>\n<ol class=\"hypotheses\">\n");
            foreach (var hy in f.Hypotheses)
            {
                b.Append("<li>").Append(E(hy.Text.In(t.Lang)));
                if (hy.BasedOn.Count > 0) b.Append(" <span class=\"based-on\">(").Append(E(t.T("bygger på: ", "based on: ") + string.Join("; ", hy.BasedOn.Select(x => x.In(t.Lang))))).Append(")</span>");
                b.Append("</li>\n");
            }
            b.Append("</ol>\n");
        }
        if (f.MissingSources.Count > 0)
            b.Append("<p class=\"note\">").Append(E(t.T("Saknas i underlaget: ", "Missing from the data: ") + string.Join("; ", f.MissingSources.Select(x => x.In(t.Lang))))).Append("</p>\n");
        b.Append("</article>\n");
    }

    private static int? SuppressCount(int n, int? k) => k is { } v && n > 0 && n < v ? null : n;

    private static void Plan(StringBuilder b, LagesbildReport r, ReportText t)
    {
        if (r.Plan is not { } plan)
        {
            b.Append("<p>").Append(E(t.T($"Ingen åtgärdsplan: geo plan draft {r.Header.RunId} gör ett utkast.", $"No action plan: geo plan draft {r.Header.RunId} makes a draft."))).Append("</p>\n");
            return;
        }
        b.Append("<p>").Append(E(t.T($"Plan {plan.Id}, upprättad {plan.CreatedAt:yyyy-MM-dd} ur körning {plan.RunId}; uppföljning senast {t.Date(plan.ReviewDate)}. Raderna redigeras med geo plan set-status; ändringar sparas med historik.",
            $"Plan {plan.Id}, drafted {plan.CreatedAt:yyyy-MM-dd} from run {plan.RunId}; review by {t.Date(plan.ReviewDate)}. Rows are edited with geo plan set-status; changes keep their history."))).Append("</p>\n");
        b.Append("<p class=\"note\">").Append(E(t.T("Orsakerna är hypoteser att pröva; åtgärderna är förslag ur åtgärdskatalogen som samverkansgruppen väljer bland.",
            "Causes are hypotheses to test; measures are proposals from the measure catalogue for the group to choose from."))).Append("</p>\n");
        var pt = ReportText.For(plan.Lang);
        string[] head = [pt.T("Orsak (hypotes)", "Cause (hypothesis)"), pt.T("Åtgärd", "Measure"), pt.T("Operativt mål", "Operational goal"),
            pt.T("Indikator och utgångsvärde", "Indicator and baseline"), pt.T("När", "When"), pt.T("Vem", "Who"), pt.T("Typ", "Type"), "Status"];
        b.Append("<table class=\"plan\">\n<thead><tr>");
        foreach (var x in head) b.Append("<th>").Append(E(x)).Append("</th>");
        b.Append("</tr></thead>\n<tbody>\n");
        // Brå's template, one block per problem: the problem once, then each cause with its measures.
        foreach (var problem in plan.Rows.OrderBy(x => x.Position).GroupBy(x => (x.TargetKind, x.TargetId, x.CategoryGroup)))
        {
            b.Append("<tr class=\"problem\"><td colspan=\"").Append(head.Length).Append("\"><strong>").Append(E(pt.T("Problem", "Problem"))).Append(":</strong> ")
                .Append(E(problem.First().Problem)).Append("</td></tr>\n");
            string? lastCause = null;
            foreach (var x in problem)
            {
                var cause = x.Cause == lastCause ? "〃" : x.Cause;
                lastCause = x.Cause;
                string[] cells =
                [
                    cause, $"{x.Measure} ({x.MatchReason})", x.Goal, x.Indicator.Description,
                    (x.Deadline is { } d ? pt.T("klart ", "due ") + pt.Date(d) + "; " : "") + pt.T("uppföljning ", "review ") + pt.Date(x.ReviewDate),
                    x.Responsible ?? string.Join(", ", x.Actors),
                    $"{(x.Kind == "social" ? pt.T("social", "social") : pt.T("situationell", "situational"))}, {(x.Work == "ordinarie" ? pt.T("ordinarie verksamhet", "ordinary work") : pt.T("engångsinsats", "one-off"))}, {(x.Horizon == "long" ? pt.T("lång sikt", "long term") : pt.T("kort sikt", "short term"))}",
                    pt.PlanStatus(x.Status),
                ];
                b.Append("<tr>");
                foreach (var c in cells) b.Append("<td>").Append(E(c)).Append("</td>");
                if (x.FollowUpStatus is { } traffic)
                    b.Insert(b.Length - "</td>".Length, $" <span class=\"status {traffic}\">{E(pt.Traffic(traffic))}</span>");
                b.Append("</tr>\n");
            }
        }
        b.Append("</tbody>\n</table>\n");
    }

    private static void FollowUp(StringBuilder b, PlanFollowUp? f, ReportText t)
    {
        if (f is null)
        {
            b.Append("<p>").Append(E(t.T("Det finns ingen tidigare åtgärdsplan för studieområdet att följa upp.", "There is no earlier action plan of the study area to follow up."))).Append("</p>\n");
            return;
        }
        b.Append("<p>").Append(E(t.T($"Plan {f.Plan.Id} (ur körning {f.Plan.RunId}) följs upp mot denna körning ({t.Period(f.PeriodFrom, f.PeriodTo)}).",
            $"Plan {f.Plan.Id} (from run {f.Plan.RunId}) followed up against this run ({t.Period(f.PeriodFrom, f.PeriodTo)})."))).Append("</p>\n");
        Table(b, [t.T("Åtgärd", "Measure"), t.T("Indikator", "Indicator"), t.T("Utgångsvärde", "Baseline"), t.T("Nu", "Now"), t.T("Förändring (95 % KI)", "Change (95% CI)"),
                t.T("Bedömning", "Assessment"), t.T("Föreslagen status", "Suggested status"), t.T("Förklaring", "Explanation")],
            [false, false, true, true, true, false, false, false],
            f.Rows.Select(x => new[]
            {
                x.Row.Measure, x.Row.Indicator.Description, t.Number(x.Baseline, 0), t.Number(x.Now, 0),
                x.RateRatio is null ? "–" : $"{t.Change(x.RateRatio)} ({t.Change(x.Lower)} – {t.Change(x.Upper)})",
                t.ChangeClass(x.ChangeClass), t.Traffic(x.SuggestedStatus), x.Explanation,
            }), "followup");
    }

    private static void Open(StringBuilder b, int n, ReportText t) =>
        b.Append("<section class=\"chapter\" id=\"").Append(ReportSections.All[n - 1].Id).Append("\">\n<h2>").Append(E(ReportSections.Title(n, t.Lang))).Append("</h2>\n");

    private static void Close(StringBuilder b) => b.Append("</section>\n");

    private static void Row(StringBuilder b, string key, string value) =>
        b.Append("<tr><th scope=\"row\">").Append(E(key)).Append("</th><td>").Append(E(value)).Append("</td></tr>\n");

    private static void Figure(StringBuilder b, string svg, string caption, string? cls = null)
    {
        if (string.IsNullOrEmpty(svg)) return;
        b.Append(cls is null ? "<figure>\n" : $"<figure class=\"{cls}\">\n").Append(svg).Append("\n<figcaption>").Append(E(caption)).Append("</figcaption>\n</figure>\n");
    }

    private static void Table(StringBuilder b, IReadOnlyList<string> head, IReadOnlyList<bool> numeric, IEnumerable<string[]> rows, string? cls = null)
    {
        b.Append(cls is null ? "<table>\n" : $"<table class=\"{cls}\">\n").Append("<thead><tr>");
        for (var i = 0; i < head.Count; i++) b.Append(numeric[i] ? "<th class=\"num\">" : "<th>").Append(E(head[i])).Append("</th>");
        b.Append("</tr></thead>\n<tbody>\n");
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            b.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                var suppressed = row[i].StartsWith('<') && row[i].Length <= 4;
                b.Append(numeric[i] ? (suppressed ? "<td class=\"num suppressed\">" : "<td class=\"num\">") : "<td>").Append(E(row[i])).Append("</td>");
            }
            b.Append("</tr>\n");
        }
        if (!any) b.Append("<tr><td colspan=\"").Append(head.Count).Append("\">–</td></tr>\n");
        b.Append("</tbody>\n</table>\n");
    }

    /// <summary>Escapes text for HTML and XML alike (&amp;, &lt;, &gt;, quotes).</summary>
    internal static string E(string s)
    {
        if (s.AsSpan().IndexOfAny("&<>\"") < 0) return s;
        var b = new StringBuilder(s.Length + 16);
        foreach (var c in s)
            b.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", _ => c.ToString() });
        return b.ToString();
    }
}
