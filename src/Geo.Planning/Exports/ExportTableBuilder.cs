using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Geo.Analysis.Disclosure;
using Geo.Core.Domain;
using Geo.Formats.Exports;
using Geo.Planning.Exports.Release;
using Geo.Planning.Places;
using Geo.Storage;
using Geo.Storage.Model;

namespace Geo.Planning.Exports;

/// <summary>
/// Makes the tables of one export of a run for a role: the columns with their labels, and the rows streamed from the
/// export queries with the release applied (a count's status from <see cref="RunRelease"/>, a value computed from a hidden
/// count hidden as derived, partners' areas below the threshold left out, coordinator-only columns left out for partners).
/// </summary>
internal sealed partial class ExportTableBuilder(ExportQueries queries, AnalysisRunEntity run, RunRelease release, string role, string lang,
    IReadOnlyDictionary<string, (string Sv, string En)> categoryLabels, ExportTally tally)
{
    private readonly int? _k = release.Threshold;
    private readonly Suppressor _suppressor = new(release.Threshold);
    private readonly bool _coordinator = Roles.AtLeast(role, Roles.Coordinator);
    private readonly bool _partner = !Roles.AtLeast(role, Roles.Coordinator);
    private readonly string _set = run.AreaSet ?? "";

    /// <summary>The table of <paramref name="what"/>.</summary>
    public ExportTable Build(string what, CancellationToken ct) => what switch
    {
        ExportWhat.Indicators => new ExportTable("indicators", "Indikatorer per område", "Indicators by area", IndicatorColumns(), "MULTIPOLYGON", Indicators(ct)),
        ExportWhat.Hotspots => new ExportTable("hotspots", "Brännpunkter", "Hot spots", HotspotColumns(), "MULTIPOLYGON", Hotspots(ct)),
        ExportWhat.Cells => new ExportTable("cells", "Rutnätsceller", "Grid cells", CellColumns(), "POLYGON", Cells(ct)),
        ExportWhat.Priorities => new ExportTable("priorities", "Prioriteringar", "Priorities", PriorityColumns(), null, Priorities(ct)),
        ExportWhat.Plan => new ExportTable("plan", "Åtgärdsplan", "Action plan", PlanColumns(), null, Plan(ct)),
        ExportWhat.Areas => new ExportTable("areas", "Områden", "Areas", AreaColumns(), "MULTIPOLYGON", Areas(ct)),
        ExportWhat.Reference => new ExportTable("reference", "Referensvärden", "Reference values", ReferenceColumns(), null, Reference()),
        _ => throw new ArgumentException($"'{what}' is not something Geo exports; use one of {string.Join(", ", ExportWhat.All)}.", nameof(what)),
    };

    private bool Suppressible => _k is not null;

    private ExportColumn Col(string name, string sv, string en, ExportKind kind, int decimals = 0, bool hideable = false) =>
        new(name, sv, en, kind, decimals, hideable && Suppressible);

    // ---- the release applied to values ----

    /// <summary>True when a count with <paramref name="status"/> and <paramref name="value"/> is not shown.</summary>
    private bool Hidden(int? value, CellStatus status) => _k is { } k && (status != CellStatus.Published || value is { } v && v > 0 && v < k);

    /// <summary>The count as shown: the value, or the mark of its status (a published count from 1 to k − 1 is shown as small all the same).</summary>
    private object? Count(int? value, CellStatus status)
    {
        if (_k is not { } k || value is null) return value;
        if (status == CellStatus.Withheld) return tally.Note(new ExportSuppressed(ExportHidden.Withheld, k));
        if (status == CellStatus.Small || value is > 0 && value < k) return tally.Note(new ExportSuppressed(ExportHidden.Small, k));
        if (status == CellStatus.Secondary) return tally.Note(new ExportSuppressed(ExportHidden.Secondary, k));
        return value;
    }

    /// <summary>A value computed from counts: hidden as derived when any of them is hidden (and it has a value).</summary>
    private object? Derived(object? value, bool hidden) =>
        hidden && value is not null && _k is { } k ? tally.Note(new ExportSuppressed(ExportHidden.Derived, k)) : value;

    private string GroupLabel(string group) =>
        group == "total" ? (lang == "en" ? "Total" : "Totalt")
        : categoryLabels.TryGetValue(group, out var l) ? (lang == "en" ? l.En : l.Sv) : group;

    private string CategoryLabel(string category) =>
        categoryLabels.TryGetValue(category, out var l) ? (lang == "en" ? l.En : l.Sv) : category;

    private string Incidents(string n) => lang == "en" ? $"{n} incidents" : $"{n} händelser";

    /// <summary>A text's counts in words: small ones as "&lt;k händelser"; every one as ".. händelser" when <paramref name="hideAll"/>.</summary>
    private string Text(string text, bool hideAll) =>
        hideAll && _k is not null ? CountInWords().Replace(text, m => ".. " + m.Groups[2].Value) : _suppressor.Text(text);

    [GeneratedRegex(@"\b(\d[\d  ]*) (händelser|händelse|incidents|incident)\b")]
    private static partial Regex CountInWords();

    private static string Pct(double share, string lang) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + (lang == "en" ? "%" : " %");

    /// <summary>True when the partner does not get area <paramref name="code"/> of <paramref name="set"/> (its total count is small).</summary>
    private bool LeftOut(string set, string code)
    {
        if (!_partner || code == "*" || _k is null) return false;
        if (release.Area(set, code, "total", ReleasePeriod.Main) is CellStatus.Small or CellStatus.Withheld) return true;
        var c = release.Find(set, code, "total", ReleasePeriod.Main);
        return c is not null && c.Value > 0 && c.Value < _k;
    }

    // ---- indicators ----

    private List<ExportColumn> IndicatorColumns()
    {
        List<ExportColumn> c =
        [
            Col("area_code", "Områdeskod", "Area code", ExportKind.Text),
            Col("area_name", "Område", "Area", ExportKind.Text),
            Col("category_group", "Brottsgrupp (kod)", "Category group (code)", ExportKind.Text),
            Col("group_name", "Brottsgrupp", "Category group", ExportKind.Text),
            Col("population", "Befolkning", "Population", ExportKind.Integer),
            Col("incidents", "Händelser", "Incidents", ExportKind.Count, 0, true),
            Col("incidents_compare", "Händelser jämförelseperioden", "Incidents in the comparison period", ExportKind.Count, 0, true),
            Col("rate_per_1000", "Händelser per 1 000 invånare", "Incidents per 1,000 residents", ExportKind.Decimal, 2, true),
            Col("rate_eb_per_1000", "Skattad nivå per 1 000 (EB)", "Estimated rate per 1,000 (EB)", ExportKind.Decimal, 2, true),
            Col("rate_ratio", "Kvot mot jämförelseperioden", "Rate ratio to the comparison period", ExportKind.Decimal, 2, true),
            Col("rate_ratio_lower", "Kvot, nedre 95 %-gräns", "Rate ratio, lower 95% limit", ExportKind.Decimal, 2, true),
            Col("rate_ratio_upper", "Kvot, övre 95 %-gräns", "Rate ratio, upper 95% limit", ExportKind.Decimal, 2, true),
            Col("rate_ratio_p", "Kvot, p-värde", "Rate ratio, p-value", ExportKind.Decimal, 4, true),
            Col("change_class", "Förändring", "Change", ExportKind.Text, 0, true),
            Col("trend_percent_per_year", "Trend % per år", "Trend % per year", ExportKind.Decimal, 1, true),
            Col("trend_lower", "Trend, nedre 95 %-gräns", "Trend, lower 95% limit", ExportKind.Decimal, 1, true),
            Col("trend_upper", "Trend, övre 95 %-gräns", "Trend, upper 95% limit", ExportKind.Decimal, 1, true),
            Col("trend_class", "Trendklass", "Trend class", ExportKind.Text, 0, true),
            Col("evening_share", "Andel kväll", "Evening share", ExportKind.Percent, 1, true),
            Col("night_share", "Andel natt", "Night share", ExportKind.Percent, 1, true),
            Col("weekend_share", "Andel helg", "Weekend share", ExportKind.Percent, 1, true),
        ];
        if (_coordinator)
        {
            c.Add(Col("priority_rank", "Prioritetsrang", "Priority rank", ExportKind.Integer));
            c.Add(Col("priority_score", "Prioritetspoäng", "Priority score", ExportKind.Decimal, 2, true));
        }
        return c;
    }

    private async IAsyncEnumerable<ExportRow> Indicators([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var r in queries.StreamAsync("indicators", run.Id, ct).ConfigureAwait(false))
        {
            var code = r.Text("area_code")!;
            var set = code == "*" ? "*" : _set;
            if (LeftOut(set, code))
            {
                if (r.Text("category_group") == "total") tally.AreasLeftOut++;
                continue;
            }
            var group = r.Text("category_group")!;
            var n = r.Int("incidents");
            var nc = r.Int("incidents_compare");
            var main = release.Area(set, code, group, ReleasePeriod.Main);
            var compare = release.Area(set, code, group, ReleasePeriod.Compare);
            var hidden = Hidden(n, main);
            var either = hidden || Hidden(nc, compare);
            var values = new List<object?>
            {
                code, r.Text("area_name"), group, GroupLabel(group), r.Int("population"),
                Count(n, main), Count(nc, compare),
                Derived(r.Double("rate_per_1000"), hidden), Derived(r.Double("rate_eb_per_1000"), hidden),
                Derived(r.Double("rate_ratio"), either), Derived(r.Double("rate_ratio_lower"), either), Derived(r.Double("rate_ratio_upper"), either),
                Derived(r.Double("rate_ratio_p"), either), Derived(r.Text("change_class"), either),
                Derived(r.Double("trend_percent_per_year"), hidden), Derived(r.Double("trend_percent_per_year_lower"), hidden),
                Derived(r.Double("trend_percent_per_year_upper"), hidden), Derived(r.Text("trend_class"), hidden),
                Derived(r.Double("evening_share"), hidden), Derived(r.Double("night_share"), hidden), Derived(r.Double("weekend_share"), hidden),
            };
            if (_coordinator)
            {
                values.Add(r.Int("priority_rank"));
                values.Add(Derived(r.Double("priority_score"), hidden));
            }
            yield return new ExportRow(r.Geometry("geom"), values);
        }
    }

    // ---- hotspots ----

    private List<ExportColumn> HotspotColumns()
    {
        List<ExportColumn> c =
        [
            Col("hotspot_id", "Brännpunkt", "Hot spot", ExportKind.Integer),
            Col("cells", "Celler", "Cells", ExportKind.Integer),
            Col("incidents", "Händelser", "Incidents", ExportKind.Count, 0, true),
            Col("incidents_compare", "Händelser jämförelseperioden", "Incidents in the comparison period", ExportKind.Count, 0, true),
            Col("rate_ratio", "Kvot mot jämförelseperioden", "Ratio to the comparison period", ExportKind.Decimal, 2, true),
            Col("rate_ratio_lower", "Kvot, nedre 95 %-gräns", "Ratio, lower 95% limit", ExportKind.Decimal, 2, true),
            Col("rate_ratio_upper", "Kvot, övre 95 %-gräns", "Ratio, upper 95% limit", ExportKind.Decimal, 2, true),
            Col("change_class", "Förändring", "Change", ExportKind.Text, 0, true),
            Col("emerging_class", "Mönster över tid", "Emerging class", ExportKind.Text),
            Col("coverage_gap", "Täckningsglapp", "Coverage gap", ExportKind.Text),
            Col("uncovered_share", "Andel utan täckning", "Uncovered share", ExportKind.Percent, 1, true),
            Col("dominant_categories", "Vanligaste brottstyper", "Dominant categories", ExportKind.Text),
            Col("area_codes", "Områden", "Areas", ExportKind.Text),
        ];
        if (_coordinator) c.Add(Col("priority_rank", "Prioritetsrang", "Priority rank", ExportKind.Integer));
        return c;
    }

    private async IAsyncEnumerable<ExportRow> Hotspots([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var r in queries.StreamAsync("hotspots", run.Id, ct).ConfigureAwait(false))
        {
            var id = r.Int("hotspot_id")!.Value;
            var n = r.Int("incidents");
            var nc = r.Int("incidents_compare");
            var main = release.Hotspot(id, ReleasePeriod.Main);
            var compare = release.Hotspot(id, ReleasePeriod.Compare);
            var hidden = Hidden(n, main);
            var either = hidden || Hidden(nc, compare);
            var values = new List<object?>
            {
                id, r.Int("cells"), Count(n, main), Count(nc, compare),
                Derived(r.Double("rate_ratio"), either), Derived(r.Double("rate_ratio_lower"), either), Derived(r.Double("rate_ratio_upper"), either),
                Derived(r.Text("change_class"), either), r.Text("emerging_class"), r.Text("coverage_gap"),
                Derived(r.Double("uncovered_share"), hidden), Dominant(r.Text("dominant_categories"), hidden), r.Text("area_codes"),
            };
            if (_coordinator) values.Add(r.Int("priority_rank"));
            yield return new ExportRow(r.Geometry("geom"), values);
        }
    }

    /// <summary>The dominant categories in words: "Misshandel 231 händelser (16 %)"; a small count as "&lt;5 händelser" without its share; names only when the hotspot's count is hidden.</summary>
    private string Dominant(string? json, bool hidden)
    {
        if (string.IsNullOrEmpty(json)) return "";
        using var doc = JsonDocument.Parse(json);
        var parts = new List<string>();
        foreach (var d in doc.RootElement.EnumerateArray())
        {
            var name = CategoryLabel(d.TryGetProperty("category", out var c) ? c.GetString() ?? "" : "");
            if (hidden && _k is not null)
            {
                parts.Add(name);
                continue;
            }
            var n = d.TryGetProperty("incidents", out var i) && i.ValueKind == JsonValueKind.Number ? i.GetInt32() : (int?)null;
            var share = d.TryGetProperty("share", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetDouble() : (double?)null;
            if (n is null) parts.Add(name);
            else if (_suppressor.Suppresses(n)) parts.Add($"{name} {Incidents("<" + _k)}");
            else parts.Add($"{name} {Incidents(n.Value.ToString(CultureInfo.InvariantCulture))}" + (share is { } sh ? $" ({Pct(sh, lang)})" : ""));
        }
        return string.Join("; ", parts);
    }

    // ---- cells ----

    private List<ExportColumn> CellColumns() =>
    [
        Col("cell_id", "Cell", "Cell", ExportKind.Integer),
        Col("col", "Kolumn", "Column", ExportKind.Integer),
        Col("row", "Rad", "Row", ExportKind.Integer),
        Col("incidents", "Händelser", "Incidents", ExportKind.Count, 0, true),
        Col("gi_z", "Gi* z", "Gi* z", ExportKind.Decimal, 3, true),
        Col("gi_p", "Gi* p", "Gi* p", ExportKind.Decimal, 4, true),
        Col("gi_confidence", "Konfidens (%)", "Confidence (%)", ExportKind.Integer),
        Col("emerging_class", "Mönster över tid", "Emerging class", ExportKind.Text),
        Col("hotspot_id", "Brännpunkt", "Hot spot", ExportKind.Integer),
        Col("density", "Täthet", "Density", ExportKind.Decimal, 3, true),
    ];

    /// <summary>Rows of a cells export between collections of the young generation (see <see cref="Cells"/>).</summary>
    internal const int RowsPerCollection = 10_000;

    /// <summary>
    /// The run's cells, streamed. Every <see cref="RowsPerCollection"/> rows the young generation is collected: each row
    /// is garbage once written, but the runtime lets the young generation grow to a budget sized from the CPU's cache
    /// (tens of MB here) before it collects, which a million-row stream reaches over and over; collecting it often keeps
    /// the process's peak near its start (bench/export measures it; a collection of a nearly empty young generation
    /// costs well under a millisecond).
    /// </summary>
    private async IAsyncEnumerable<ExportRow> Cells([EnumeratorCancellation] CancellationToken ct)
    {
        var rows = 0;
        await foreach (var r in queries.StreamAsync("cells", run.Id, ct).ConfigureAwait(false))
        {
            if (++rows % RowsPerCollection == 0) GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            var id = r.Int("cell_id")!.Value;
            var n = r.Int("incidents");
            var status = release.Cell(id, n);
            var hidden = Hidden(n, status);
            yield return new ExportRow(r.Geometry("geom"),
            [
                id, r.Int("col"), r.Int("row"), Count(n, status), Derived(r.Double("gi_z"), hidden), Derived(r.Double("gi_p"), hidden),
                r.Int("gi_confidence"), r.Text("emerging_class"), r.Int("hotspot_id"), Derived(r.Double("density"), hidden),
            ]);
        }
    }

    // ---- priorities ----

    private List<ExportColumn> PriorityColumns() =>
    [
        Col("rank", "Rang", "Rank", ExportKind.Integer),
        Col("target_kind", "Typ", "Kind", ExportKind.Text),
        Col("target_id", "Område eller brännpunkt", "Area or hot spot", ExportKind.Text),
        Col("target_name", "Namn", "Name", ExportKind.Text),
        Col("category_group", "Brottsgrupp (kod)", "Category group (code)", ExportKind.Text),
        Col("group_name", "Brottsgrupp", "Category group", ExportKind.Text),
        Col("score", "Poäng", "Score", ExportKind.Decimal, 3, true),
        Col("stability", "Stabilitet", "Stability", ExportKind.Percent, 0),
        Col("reasons", "Skäl", "Reasons", ExportKind.Text, 0, true),
    ];

    private async IAsyncEnumerable<ExportRow> Priorities([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var r in queries.StreamAsync("priorities", run.Id, ct).ConfigureAwait(false))
        {
            var kind = r.Text("target_kind")!;
            var target = r.Text("target_id")!;
            var group = r.Text("category_group")!;
            var hidden = TargetHidden(kind, target, group);
            var reasons = r.Get<string[]>(lang == "en" ? "reasons_en" : "reasons_sv") ?? [];
            yield return new ExportRow(null,
            [
                r.Int("rank"), kind, target, r.Text("target_name"), group, GroupLabel(group), Derived(r.Double("score"), hidden), r.Double("stability"),
                Derived(Text(string.Join("; ", reasons), false), hidden),
            ]);
        }
    }

    /// <summary>True when the count of a priority's or plan row's target (an area × group, or a hotspot) is hidden.</summary>
    private bool TargetHidden(string kind, string target, string group)
    {
        if (_k is null) return false;
        if (kind == "hotspot")
            return int.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out var h) && release.Hotspot(h, ReleasePeriod.Main) != CellStatus.Published;
        var c = release.Find(_set, target, group, ReleasePeriod.Main);
        return release.Area(_set, target, group, ReleasePeriod.Main) != CellStatus.Published || c is not null && c.Value > 0 && c.Value < _k;
    }

    // ---- plan ----

    private List<ExportColumn> PlanColumns() =>
    [
        Col("plan_id", "Plan", "Plan", ExportKind.Integer),
        Col("row_id", "Rad", "Row", ExportKind.Integer),
        Col("position", "Ordning", "Position", ExportKind.Integer),
        Col("target_kind", "Typ", "Kind", ExportKind.Text),
        Col("target_id", "Område eller brännpunkt", "Area or hot spot", ExportKind.Text),
        Col("category_group", "Brottsgrupp", "Category group", ExportKind.Text),
        Col("problem_rank", "Problemets rang", "Problem rank", ExportKind.Integer),
        Col("problem", "Problem", "Problem", ExportKind.Text),
        Col("cause", "Orsak", "Cause", ExportKind.Text),
        Col("measure", "Åtgärd", "Measure", ExportKind.Text),
        Col("kind", "Slag", "Kind of measure", ExportKind.Text),
        Col("goal", "Operativt mål", "Goal", ExportKind.Text),
        Col("indicator", "Indikator", "Indicator", ExportKind.Text),
        Col("baseline", "Utgångsvärde", "Baseline", ExportKind.Decimal, 1, true),
        Col("baseline_from", "Utgångsvärde från", "Baseline from", ExportKind.Date),
        Col("baseline_to", "Utgångsvärde till", "Baseline to", ExportKind.Date),
        Col("goal_change", "Målförändring", "Goal change", ExportKind.Percent, 0),
        Col("actors", "Aktörer", "Actors", ExportKind.Text),
        Col("responsible", "Ansvarig", "Responsible", ExportKind.Text),
        Col("deadline", "Klart senast", "Deadline", ExportKind.Date),
        Col("review_date", "Uppföljning", "Review date", ExportKind.Date),
        Col("status", "Status", "Status", ExportKind.Text),
        Col("follow_up_status", "Uppföljningsstatus", "Follow-up status", ExportKind.Text),
        Col("notes", "Anteckningar", "Notes", ExportKind.Text),
    ];

    private async IAsyncEnumerable<ExportRow> Plan([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var r in queries.StreamAsync("plan", run.Id, ct).ConfigureAwait(false))
        {
            var kind = r.Text("target_kind")!;
            var target = r.Text("target_id")!;
            var group = r.Text("category_group")!;
            var hidden = TargetHidden(kind, target, group);
            var baseline = r.Double("baseline");
            object? shownBaseline = baseline;
            if (_k is { } k && _suppressor.Suppresses(baseline)) shownBaseline = tally.Note(new ExportSuppressed(ExportHidden.Small, k));
            else shownBaseline = Derived(baseline, hidden);
            string? T(string c) => r.Text(c) is { } s ? Text(s, hidden) : null;
            yield return new ExportRow(null,
            [
                r.Long("plan_id"), r.Long("row_id"), r.Int("position"), kind, target, group, r.Int("problem_rank"), T("problem"), T("cause"),
                T("measure"), r.Text("kind"), T("goal"), T("indicator_description"), shownBaseline, r.Date("baseline_from"), r.Date("baseline_to"),
                r.Double("goal_change"), r.Text("actors"), r.Text("responsible"), r.Date("deadline"), r.Date("review_date"), r.Text("status"),
                r.Text("follow_up_status"), T("notes"),
            ]);
        }
    }

    // ---- areas ----

    private List<ExportColumn> AreaColumns() =>
    [
        Col("area_set", "Områdesindelning", "Area set", ExportKind.Text),
        Col("area_code", "Områdeskod", "Area code", ExportKind.Text),
        Col("area_name", "Område", "Area", ExportKind.Text),
        Col("parent", "Ingår i", "Part of", ExportKind.Text),
        Col("population", "Befolkning", "Population", ExportKind.Integer),
        Col("incidents", "Händelser", "Incidents", ExportKind.Count, 0, true),
        Col("rate_per_1000", "Händelser per 1 000 invånare", "Incidents per 1,000 residents", ExportKind.Decimal, 2, true),
        Col("incidents_compare", "Händelser jämförelseperioden", "Incidents in the comparison period", ExportKind.Count, 0, true),
        Col("rate_compare_per_1000", "Per 1 000 invånare jämförelseperioden", "Per 1,000 residents in the comparison period", ExportKind.Decimal, 2, true),
    ];

    private async IAsyncEnumerable<ExportRow> Areas([EnumeratorCancellation] CancellationToken ct)
    {
        var geoms = new Dictionary<(string, string), NetTopologySuite.Geometries.Geometry?>();
        var names = new Dictionary<(string, string), (string? Name, int? Population)>();
        await foreach (var a in queries.StreamAsync("areas", run.Id, ct).ConfigureAwait(false))
        {
            geoms[(a.Text("area_set")!, a.Text("code")!)] = a.Geometry("geom");
            names[(a.Text("area_set")!, a.Text("code")!)] = (a.Text("name"), a.Int("population"));
        }
        var counts = release.Counts.Where(c => c.Group == "total").ToList();
        if (counts.Count == 0)
        {
            // The analyst's release holds no counts: the run's own areas and the study area from its indicators.
            await foreach (var r in queries.StreamAsync("indicators", run.Id, ct).ConfigureAwait(false))
            {
                if (r.Text("category_group") != "total") continue;
                var code = r.Text("area_code")!;
                var set = code == "*" ? "*" : _set;
                counts.Add(new ReleasedCount(set, code, r.Text("area_name"), null, "total", ReleasePeriod.Main, r.Int("incidents") ?? 0, r.Int("population"), CellStatus.Published));
                if (r.Int("incidents_compare") is { } nc)
                    counts.Add(new ReleasedCount(set, code, r.Text("area_name"), null, "total", ReleasePeriod.Compare, nc, r.Int("population"), CellStatus.Published));
            }
        }
        List<string> order = release.AreaSets.Count > 0 ? [.. release.AreaSets] : [_set, "*"];
        var keys = counts.Select(c => (Set: c.AreaSet, Code: c.AreaCode)).Distinct()
            .OrderBy(k => order.IndexOf(k.Set) is var i && i < 0 ? int.MaxValue : i).ThenBy(k => k.Code, StringComparer.Ordinal).ToList();
        var byKey = counts.ToDictionary(c => (c.AreaSet, c.AreaCode, c.Period));
        foreach (var (set, code) in keys)
        {
            if (LeftOut(set, code))
            {
                tally.AreasLeftOut++;
                continue;
            }
            var m = byKey.GetValueOrDefault((set, code, ReleasePeriod.Main));
            var c = byKey.GetValueOrDefault((set, code, ReleasePeriod.Compare));
            var any = m ?? c!;
            names.TryGetValue((set, code), out var info);
            var population = any.Population ?? info.Population;
            var name = any.AreaName ?? info.Name;
            object? Rate(ReleasedCount? x) => x is null || population is not > 0 ? null : Derived(x.Value * 1000.0 / population.Value, Hidden(x.Value, x.Status));
            yield return new ExportRow(geoms.GetValueOrDefault((set, code)),
            [
                set, code, name, any.Parent, population, m is null ? null : Count(m.Value, m.Status), Rate(m),
                c is null ? null : Count(c.Value, c.Status), Rate(c),
            ]);
        }
    }

    // ---- reference ----

    private List<ExportColumn> ReferenceColumns() =>
    [
        Col("category_group", "Brottsgrupp (kod)", "Category group (code)", ExportKind.Text),
        Col("group_name", "Brottsgrupp", "Category group", ExportKind.Text),
        Col("year", "År", "Year", ExportKind.Integer),
        Col("municipality", "Referenskommun", "Reference municipality", ExportKind.Text),
        Col("events", "Händelser i referenskommunen", "Events in the reference municipality", ExportKind.Count, 0, true),
        Col("municipality_per_100000", "Referenskommun per 100 000", "Reference municipality per 100,000", ExportKind.Decimal, 1, true),
        Col("county_per_100000", "Länet per 100 000", "County per 100,000", ExportKind.Decimal, 1),
        Col("sweden_per_100000", "Riket per 100 000", "Sweden per 100,000", ExportKind.Decimal, 1),
        Col("similar_median_per_100000", "Liknande kommuner (median) per 100 000", "Similar municipalities (median) per 100,000", ExportKind.Decimal, 1),
        Col("ratio_to_county", "Kvot mot länet", "Ratio to the county", ExportKind.Decimal, 2, true),
        Col("ratio_to_sweden", "Kvot mot riket", "Ratio to Sweden", ExportKind.Decimal, 2, true),
        Col("ratio_to_similar", "Kvot mot liknande kommuner", "Ratio to similar municipalities", ExportKind.Decimal, 2, true),
    ];

    private async IAsyncEnumerable<ExportRow> Reference()
    {
        await Task.CompletedTask.ConfigureAwait(false);
        if (string.IsNullOrEmpty(run.Reference)) yield break;
        using var doc = JsonDocument.Parse(run.Reference);
        if (!doc.RootElement.TryGetProperty("comparison", out var cmp) || cmp.ValueKind != JsonValueKind.Object) yield break;
        var year = cmp.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : (int?)null;
        var municipality = cmp.TryGetProperty("municipality", out var mu) && mu.ValueKind == JsonValueKind.Object && mu.TryGetProperty("name", out var mn) ? mn.GetString() : null;
        if (!cmp.TryGetProperty("groups", out var groups) || groups.ValueKind != JsonValueKind.Array) yield break;
        foreach (var g in groups.EnumerateArray())
        {
            double? D(string p) => g.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
            var group = g.GetProperty("group").GetString()!;
            var events = g.TryGetProperty("events", out var e) && e.ValueKind == JsonValueKind.Number ? e.GetInt32() : (int?)null;
            var hidden = Hidden(events, CellStatus.Published);
            var label = lang == "en" ? g.TryGetProperty("labelEn", out var le) ? le.GetString() : null : g.TryGetProperty("labelSv", out var ls) ? ls.GetString() : null;
            yield return new ExportRow(null,
            [
                group, label ?? GroupLabel(group), year, municipality, Count(events, CellStatus.Published), Derived(D("municipality"), hidden),
                D("county"), D("sweden"), D("similarMedian"), Derived(D("ratioToCounty"), hidden), Derived(D("ratioToSweden"), hidden),
                Derived(D("ratioToSimilar"), hidden),
            ]);
        }
    }
}
