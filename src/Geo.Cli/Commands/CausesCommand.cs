using System.CommandLine;
using System.Globalization;
using Geo.Cli.Output;
using Geo.Planning.Causes;
using Geo.Planning.Runs;

namespace Geo.Cli.Commands;

/// <summary><c>geo causes RUN [--top N] [--lang sv|en] [--json]</c>: the cause-analysis facts of a stored run's top problems.</summary>
public static class CausesCommand
{
    public static Command Build()
    {
        var run = new Argument<string>("RUN") { Description = "Run id (geo runs list), or latest (the newest run, of --study-area when given)." };
        var studyArea = new Option<string?>("--study-area") { Description = "With latest: the newest run of this study area." };
        var top = new Option<int>("--top") { Description = "How many problems of each kind (areas, hotspots), by rank.", DefaultValueFactory = _ => 5 };
        var lang = new Option<string>("--lang") { Description = "Language: sv (Swedish, default) or en (English). --json carries both.", DefaultValueFactory = _ => "sv" };
        lang.AcceptOnlyFromAmong("sv", "en");
        var json = new Option<bool>("--json") { Description = "Print as JSON (every text in Swedish and English; without the geometries)." };
        var cmd = new Command("causes",
            "Cause-analysis support for a stored run: for each top problem (area or hotspot × category group) the facts along\n" +
            "the crime triangle (place, offender, target, place manager, handler, guardian), what the data cannot say, and\n" +
            "hypotheses to discuss, worded as questions (never proven causes), most supported first.")
            { run, studyArea, top, lang, json };
        cmd.SetAction(async (p, ct) =>
        {
            if (p.GetValue(top) < 1) throw new ArgumentException($"--top {p.GetValue(top)}: give at least 1 (problems of each kind).");
            await using var geo = await CliServices.OpenAsync(ct);
            var id = await geo.Get<RunsService>().ResolveAsync(p.GetValue(run)!, p.GetValue(studyArea), ct);
            var facts = await geo.Get<CauseService>().FactsAsync(id, p.GetValue(top), ct);
            if (p.GetValue(json))
            {
                Json.Write(new { run = id, problems = facts.Select(f => f with { Geometry = null }) });
                return 0;
            }
            var language = p.GetValue(lang)!;
            var en = language == "en";
            var sv = CultureInfo.GetCultureInfo("sv-SE");
            Console.WriteLine(en ? $"Cause-analysis facts of run {id}: {facts.Count} problems (facts, not proven causes)." : $"Orsaksanalys för körning {id}: {facts.Count} problem (fakta, inte bevisade orsaker).");
            foreach (var f in facts)
            {
                Console.WriteLine();
                var kind = f.TargetKind == "area" ? (en ? "area" : "område") : "hot spot";
                Console.WriteLine($"{(en ? "Rank" : "Rang")} {f.Rank} ({kind}) · {f.Place.In(language)} · {f.Group.In(language)} · " +
                                  $"{(en ? "score" : "poäng")} {f.Score.ToString("0.00", en ? CultureInfo.InvariantCulture : sv)}");
                var triangle = Tables.Create(en ? "side" : "sida", en ? "fact" : "fakta");
                foreach (var t in f.Triangle) triangle.Row(CauseTexts.Side(t.Side, language), t.Text.In(language));
                Tables.Write(en ? "Facts along the crime triangle:" : "Fakta längs brottstriangeln:", triangle);
                var hypotheses = Tables.Create(">" + (en ? "support" : "stöd"), en ? "code" : "kod", en ? "hypothesis (to check)" : "hypotes (att pröva)", en ? "times" : "tider");
                foreach (var h in f.Hypotheses)
                    hypotheses.Row(h.Support.ToString("0.00", en ? CultureInfo.InvariantCulture : sv), h.Code, h.Text.In(language), string.Join(", ", h.Times));
                Tables.Write(en ? $"Hypotheses ({f.Hypotheses.Count}):" : $"Hypoteser ({f.Hypotheses.Count}):", hypotheses);
                Console.WriteLine(en ? "What the data cannot say:" : "Det underlaget inte kan säga:");
                foreach (var m in f.MissingSources) Console.WriteLine("  · " + m.In(language));
            }
            return 0;
        });
        return cmd;
    }
}
