using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Geo.Cli.Output;
using Geo.Planning.Runs;
using Geo.Storage.Model;

namespace Geo.Cli.Commands;

/// <summary><c>geo runs list | show RUN | delete RUN | compare RUN_A RUN_B</c>: the stored lägesbild runs.</summary>
public static class RunsCommand
{
    public static Command Build()
    {
        var cmd = new Command("runs", "The stored lägesbild runs (geo analyze): list them, show one, delete one, or compare two (the follow-up).");
        cmd.Subcommands.Add(List());
        cmd.Subcommands.Add(Show());
        cmd.Subcommands.Add(Delete());
        cmd.Subcommands.Add(Compare());
        return cmd;
    }

    private static Option<string> LangOption()
    {
        var lang = new Option<string>("--lang") { Description = "Language of the reasons: sv (Swedish, default) or en (English).", DefaultValueFactory = _ => "sv" };
        lang.AcceptOnlyFromAmong("sv", "en");
        return lang;
    }

    private static Command List()
    {
        var studyArea = new Option<string?>("--study-area") { Description = "Only the runs of this study area." };
        var json = new Option<bool>("--json") { Description = "Print as JSON." };
        var cmd = new Command("list", "The stored runs, newest first.") { studyArea, json };
        cmd.SetAction(async (p, ct) =>
        {
            await using var geo = await CliServices.OpenAsync(ct);
            var runs = await geo.Get<RunsService>().ListAsync(p.GetValue(studyArea), ct);
            if (p.GetValue(json))
            {
                Json.Write(runs.Select(Summary));
                return 0;
            }
            var table = Tables.Create(">run", "study area", "status", "period", "compared with", "area set", ">incidents", "label", "created");
            foreach (var r in runs)
                table.Row(r.Id.ToString(CultureInfo.InvariantCulture), r.StudyAreaCode, r.Status, Period(r.PeriodFrom, r.PeriodTo),
                    r.CompareFrom is { } cf ? Period(cf, r.CompareTo!.Value) : "–", r.AreaSet ?? "–", $"{r.IncidentsRead:N0}", r.Label ?? "",
                    r.CreatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            Tables.Write($"Runs: {runs.Count}", table);
            return 0;
        });
        return cmd;
    }

    private static Command Show()
    {
        var run = new Argument<string>("RUN") { Description = "Run id (geo runs list), or latest (the newest run, of --study-area when given)." };
        var studyArea = new Option<string?>("--study-area") { Description = "With latest: the newest run of this study area." };
        var top = new Option<int>("--top") { Description = "How many priorities to show.", DefaultValueFactory = _ => 10 };
        var lang = LangOption();
        var json = new Option<bool>("--json") { Description = "Print as JSON." };
        var cmd = new Command("show", "One run: its parameters with defaults resolved, provenance (import batches, fingerprint, Geo version), steps, announcements and top priorities.")
            { run, studyArea, top, lang, json };
        cmd.SetAction(async (p, ct) =>
        {
            await using var geo = await CliServices.OpenAsync(ct);
            var runs = geo.Get<RunsService>();
            var id = await runs.ResolveAsync(p.GetValue(run)!, p.GetValue(studyArea), ct);
            var d = await runs.ShowAsync(id, p.GetValue(top), ct);
            var language = p.GetValue(lang)!;
            var notices = Notices(d.Run);
            if (p.GetValue(json))
            {
                var j = ToJson(d.Run, notices, d.TopAreas, d.TopHotspots, d.Hotspots);
                Json.Write(new { run = j, batches = d.Batches.Select(b => new { b.ImportBatchId, b.Source, b.FileName, b.RowsUsed }), areas = d.Areas, cells = d.Cells });
                return 0;
            }
            var r = d.Run;
            var en = language == "en";
            Console.WriteLine($"Run {r.Id} · study area {r.StudyAreaCode} · {r.Status}{(r.Label is null ? "" : " · " + r.Label)}");
            Console.WriteLine($"  period {Period(r.PeriodFrom, r.PeriodTo)}; compared with {(r.CompareFrom is { } cf ? Period(cf, r.CompareTo!.Value) : "–")}; " +
                              $"area set {r.AreaSet ?? "–"} ({d.Areas} areas); cell size {r.CellSize.ToString(CultureInfo.InvariantCulture)} m ({d.Cells:N0} cells); {d.Hotspots.Count} hotspots");
            Console.WriteLine($"  incidents read {r.IncidentsRead:N0}; fingerprint {r.InputFingerprint}; Geo {r.GeoVersion}; created {r.CreatedAt.ToLocalTime():yyyy-MM-dd HH:mm} by {r.CreatedBy}");
            if (r.Error is not null) Console.WriteLine($"  error: {r.Error}");
            foreach (var n in notices) Console.WriteLine("  · " + n.Text(language));
            var steps = JsonSerializer.Deserialize<List<JsonElement>>(r.Steps) ?? [];
            if (steps.Count > 0)
                Console.WriteLine("  steps: " + string.Join(" · ", steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.GetProperty("name").GetString()} {s.GetProperty("seconds").GetDouble():0.00} s"))));
            var batches = Tables.Create(">batch", "source", "file", ">rows used");
            foreach (var b in d.Batches) batches.Row(b.ImportBatchId.ToString(CultureInfo.InvariantCulture), b.Source, b.FileName, $"{b.RowsUsed:N0}");
            Tables.Write(en ? "Import batches read:" : "Importer som lästes:", batches);
            WriteReference(d.Run, language);
            WritePriorities(d.TopAreas, d.TopHotspots, d.Hotspots, language);
            return 0;
        });
        return cmd;
    }

    private static Command Delete()
    {
        var run = new Argument<long>("RUN") { Description = "Run id." };
        var cmd = new Command("delete", "Delete a run and all its results (the data it read stays).") { run };
        cmd.SetAction(async (p, ct) =>
        {
            await using var geo = await CliServices.OpenAsync(ct);
            await geo.Get<RunsService>().DeleteAsync(p.GetValue(run), ct);
            Console.WriteLine($"Run {p.GetValue(run)} deleted.");
            return 0;
        });
        return cmd;
    }

    private static Command Compare()
    {
        var a = new Argument<long>("RUN_A") { Description = "The earlier run." };
        var b = new Argument<long>("RUN_B") { Description = "The later run." };
        var top = new Option<int>("--top") { Description = "Size of the top list compared.", DefaultValueFactory = _ => 10 };
        var lang = LangOption();
        var json = new Option<bool>("--json") { Description = "Print as JSON." };
        var cmd = new Command("compare",
            "What changed between two runs of a study area (the follow-up): parameters, areas entering and leaving the top\n" +
            "priorities, and the area indicators whose incidents per day moved significantly (exact rate ratio, 95 %).") { a, b, top, lang, json };
        cmd.SetAction(async (p, ct) =>
        {
            await using var geo = await CliServices.OpenAsync(ct);
            var c = await geo.Get<RunsService>().CompareAsync(p.GetValue(a), p.GetValue(b), p.GetValue(top), ct);
            if (p.GetValue(json))
            {
                Json.Write(new
                {
                    a = Summary(c.A), b = Summary(c.B), c.TopN, c.Parameters, c.Entered, c.Left, c.Stayed, c.Moved, c.HotspotsA, c.HotspotsB,
                });
                return 0;
            }
            var en = p.GetValue(lang) == "en";
            Console.WriteLine($"Run {c.A.Id} ({Period(c.A.PeriodFrom, c.A.PeriodTo)}) → run {c.B.Id} ({Period(c.B.PeriodFrom, c.B.PeriodTo)}), study area {c.A.StudyAreaCode}");
            var parameters = Tables.Create("parameter", "run A", "run B");
            foreach (var x in c.Parameters) parameters.Row(x.Name, x.A ?? "–", x.B ?? "–");
            Tables.Write(c.Parameters.Count == 0 ? "Parameters: the same" : "Parameters that differ:", parameters);
            void Ranks(string heading, IReadOnlyList<RankChange> list)
            {
                var t = Tables.Create("area", "group", ">rank A", ">rank B", en ? "reasons (run B or A)" : "skäl (körning B eller A)");
                foreach (var x in list)
                    t.Row(x.TargetId, x.CategoryGroup, x.RankA?.ToString(CultureInfo.InvariantCulture) ?? "–", x.RankB?.ToString(CultureInfo.InvariantCulture) ?? "–",
                        string.Join("; ", en ? x.ReasonsEn : x.ReasonsSv));
                Tables.Write(heading, t);
            }
            Ranks($"Entered the top {c.TopN} areas: {c.Entered.Count}", c.Entered);
            Ranks($"Left the top {c.TopN} areas: {c.Left.Count}", c.Left);
            Ranks($"Stayed in the top {c.TopN}: {c.Stayed.Count}", c.Stayed);
            var moved = Tables.Create("area", "name", "group", ">incidents A", ">incidents B", ">ratio", ">95 % interval", ">p", "change");
            foreach (var m in c.Moved.Take(40))
                moved.Row(m.AreaCode, m.AreaName ?? "", m.CategoryGroup, $"{m.IncidentsA:N0}", $"{m.IncidentsB:N0}", F(m.RateRatio, "0.00"),
                    $"{F(m.Lower, "0.00")}–{F(m.Upper, "0.00")}", F(m.P, "0.0000"), m.Direction);
            Tables.Write($"Indicators that moved significantly (incidents per day, B against A): {c.Moved.Count}{(c.Moved.Count > 40 ? " (first 40)" : "")}", moved);
            Console.WriteLine($"Hotspots: {c.HotspotsA} → {c.HotspotsB}");
            return 0;
        });
        return cmd;
    }

    /// <summary>The top priorities (areas, then hotspots) with their reasons, and the hotspots with a coverage gap.</summary>
    internal static void WritePriorities(IReadOnlyList<RunPriorityEntity> areas, IReadOnlyList<RunPriorityEntity> hotspots, IReadOnlyList<RunHotspotEntity> all, string language)
    {
        var en = language == "en";
        void Write(string heading, IReadOnlyList<RunPriorityEntity> list, string target)
        {
            var t = Tables.Create(">rank", target, en ? "group" : "grupp", ">score", en ? ">stable" : ">stabil", en ? "reasons" : "skäl");
            foreach (var p in list)
                t.Row(p.Rank.ToString(CultureInfo.InvariantCulture), p.TargetId, p.CategoryGroup, p.Score.ToString("0.00", en ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("sv-SE")),
                    p.Stability is { } s ? (s * 100).ToString("0", CultureInfo.InvariantCulture) + " %" : "–", string.Join("; ", en ? p.ReasonsEn : p.ReasonsSv));
            Tables.Write(heading, t);
        }
        Write(en ? $"Top priorities — areas ({areas.Count}):" : $"Högst prioriterade områden ({areas.Count}):", areas, en ? "area" : "område");
        Write(en ? $"Top priorities — hotspots ({hotspots.Count}):" : $"Högst prioriterade hot spots ({hotspots.Count}):", hotspots, "hot spot");
        var gaps = all.Where(h => h.CoverageGap == "temporal").OrderByDescending(h => h.UncoveredShare).ThenBy(h => h.HotspotId).ToList();
        var table = Tables.Create("hot spot", en ? "areas" : "områden", en ? ">incidents" : ">händelser", en ? "uncovered" : "utan täckning", en ? "when" : "när");
        foreach (var h in gaps)
        {
            var windows = JsonSerializer.Deserialize<List<JsonElement>>(h.UncoveredWindows) ?? [];
            table.Row(h.HotspotId.ToString(CultureInfo.InvariantCulture), string.Join(", ", h.AreaCodes.Take(3)), $"{h.Incidents:N0}",
                h.UncoveredShare is { } u ? (u * 100).ToString("0", CultureInfo.InvariantCulture) + " %" : "–",
                string.Join("; ", windows.Select(w => RunTexts.Window(w, language))));
        }
        Tables.Write(en ? $"Temporal coverage gaps ({gaps.Count}), the largest uncovered share first:" : $"Tidsmässiga täckningsglapp ({gaps.Count}), störst andel utan täckning först:", table);
    }

    /// <summary>The run's reference values: the reference municipality per 100,000 against its county, Sweden and similar municipalities.</summary>
    internal static void WriteReference(AnalysisRunEntity run, string language)
    {
        if (run.Reference is null) return;
        using var doc = JsonDocument.Parse(run.Reference);
        if (!doc.RootElement.TryGetProperty("comparison", out var c) || c.ValueKind != JsonValueKind.Object) return;
        var en = language == "en";
        var m = c.GetProperty("municipality");
        var county = c.GetProperty("county").GetProperty("name").GetString();
        var similar = c.GetProperty("similar").GetArrayLength();
        var table = Tables.Create(en ? "group" : "grupp", ">" + m.GetProperty("name").GetString(), ">" + county, en ? ">Sweden" : ">riket",
            en ? $">{similar} similar (median)" : $">{similar} liknande (median)", en ? ">× Sweden" : ">× riket");
        foreach (var g in c.GetProperty("groups").EnumerateArray())
        {
            if (g.GetProperty("events").GetInt32() == 0 && g.GetProperty("group").GetString() != "total") continue;
            string N(string name) => g.GetProperty(name).ValueKind == JsonValueKind.Number ? g.GetProperty(name).GetDouble().ToString("0.0", en ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("sv-SE")) : "–";
            table.Row(g.GetProperty(en ? "labelEn" : "labelSv").GetString(), N("municipality"), N("county"), N("sweden"), N("similarMedian"), N("ratioToSweden"));
        }
        var year = c.GetProperty("year").GetInt32();
        Tables.Write(en
            ? $"Reference values {year} (the police's public events per 100,000 residents): {m.GetProperty("name").GetString()} ({m.GetProperty("code").GetString()}) against {county}, Sweden and {similar} municipalities of similar population:"
            : $"Referensvärden {year} (polisens publicerade händelser per 100 000 invånare): {m.GetProperty("name").GetString()} ({m.GetProperty("code").GetString()}) jämfört med {county}, riket och {similar} kommuner med liknande folkmängd:", table);
    }

    internal static IReadOnlyList<RunNotice> Notices(AnalysisRunEntity r) =>
        (JsonSerializer.Deserialize<List<JsonElement>>(r.Notices) ?? [])
        .Select(n => new RunNotice(n.GetProperty("code").GetString()!, n.GetProperty("text_sv").GetString()!, n.GetProperty("text_en").GetString()!)).ToList();

    internal static object ToJson(AnalysisRunEntity r, IReadOnlyList<RunNotice> notices, IReadOnlyList<RunPriorityEntity> areas,
        IReadOnlyList<RunPriorityEntity> hotspots, IReadOnlyList<RunHotspotEntity> all) => new
    {
        run = Summary(r),
        parameters = JsonDocument.Parse(r.Parameters).RootElement,
        notices,
        steps = JsonDocument.Parse(r.Steps).RootElement,
        dataQuality = r.DataQuality is null ? (JsonElement?)null : JsonDocument.Parse(r.DataQuality).RootElement,
        reference = r.Reference is null ? (JsonElement?)null : JsonDocument.Parse(r.Reference).RootElement,
        topAreas = areas.Select(Priority),
        topHotspots = hotspots.Select(Priority),
        hotspots = all.Select(h => new
        {
            id = h.HotspotId, h.Cells, h.Incidents, h.IncidentsCompare, h.RateRatio, h.RateRatioP, h.ChangeClass, h.EmergingClass, h.AreaCodes,
            dominantCategories = JsonDocument.Parse(h.DominantCategories).RootElement,
            peak = h.Peak is null ? (JsonElement?)null : JsonDocument.Parse(h.Peak).RootElement,
            coverageGap = h.CoverageGap, h.UncoveredShare,
            uncoveredWindows = JsonDocument.Parse(h.UncoveredWindows).RootElement,
        }),
    };

    private static object Priority(RunPriorityEntity p) => new
    {
        p.TargetKind, p.TargetId, p.CategoryGroup, p.Rank, p.Score, p.Stability, p.ReasonsSv, p.ReasonsEn,
        components = JsonDocument.Parse(p.Components).RootElement,
    };

    private static object Summary(AnalysisRunEntity r) => new
    {
        r.Id, r.StudyAreaCode, r.Status, r.Label, r.PeriodFrom, r.PeriodTo, r.CompareFrom, r.CompareTo, r.AreaSet, r.Categories, r.CellSize,
        r.InputFingerprint, r.IncidentsRead, r.GeoVersion, r.CreatedBy, r.CreatedAt, r.FinishedAt, r.Error,
    };

    private static string Period(DateOnly from, DateOnly to) => string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}–{to:yyyy-MM-dd}");

    private static string F(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);
}
