using System.CommandLine;
using Geo.Cli.Output;
using Geo.Core.Taxonomy;
using Geo.Planning.Measures;

namespace Geo.Cli.Commands;

/// <summary><c>geo measures list|check</c>: the measure catalogue the åtgärdsplan draws from, and the check of an edited copy.</summary>
public static class MeasuresCommand
{
    public static Command Build()
    {
        var cmd = new Command("measures", "The measure catalogue (data/measures/measures.json): list it, or check an edited copy.");

        var kind = new Option<string?>("--kind") { Description = "Only situational or only social measures." };
        kind.AcceptOnlyFromAmong("situational", "social");
        var group = new Option<string?>("--group") { Description = "Only measures that fit this category main group (e.g. violence, vandalism, drugs)." };
        var lang = new Option<string>("--lang") { Description = "Language of the names: sv (Swedish, default) or en (English). --json carries both.", DefaultValueFactory = _ => "sv" };
        lang.AcceptOnlyFromAmong("sv", "en");
        var catalogue = new Option<string?>("--catalogue") { Description = "Read this catalogue file instead of the built-in one (it is checked first)." };
        var json = new Option<bool>("--json") { Description = "Print the measures as JSON (every field, both languages)." };
        var list = new Command("list", "List the measures: id, name, kind, technique, category groups, times, actors.") { kind, group, lang, catalogue, json };
        list.SetAction(p =>
        {
            var file = p.GetValue(catalogue);
            var cat = file is null ? MeasureCatalogue.Default() : MeasureCatalogue.Load(file);
            var language = p.GetValue(lang)!;
            IEnumerable<Measure> measures = cat.Measures;
            if (p.GetValue(kind) is { } k) measures = measures.Where(m => MeasureVocabulary.Code(m.Kind) == k);
            if (p.GetValue(group) is { } g)
            {
                var c = CategoryTaxonomy.BuiltIn.Find(g);
                if (c is null || c.Parent is not null)
                    throw new ArgumentException($"--group '{g}' is not a category main group; did you mean '{CategoryTaxonomy.BuiltIn.Suggest(g, 1)[0].Split('.')[0]}'? The main groups are the codes without a dot in data/taxonomy/categories.csv.");
                measures = measures.Where(m => m.Groups.Contains(g));
            }
            var selected = measures.ToList();
            if (p.GetValue(json))
            {
                Json.Write(new { source = cat.Source, count = selected.Count, measures = selected.Select(ToJson) });
                return 0;
            }
            var table = Tables.Create("id", language == "en" ? "name" : "namn", language == "en" ? "kind" : "typ",
                language == "en" ? "technique" : "teknik", language == "en" ? "groups" : "grupper", language == "en" ? "times" : "tider",
                language == "en" ? "actors" : "aktörer");
            foreach (var m in selected)
            {
                var technique = MeasureVocabulary.Technique(m.Technique);
                table.Row(m.Id, m.Name(language), KindLabel(m.Kind, language), technique is null ? m.Technique : language == "en" ? technique.LabelEn : technique.LabelSv,
                    string.Join(", ", m.Groups), string.Join(", ", m.Times), string.Join(", ", m.Actors));
            }
            Tables.Write(language == "en" ? $"Measures: {selected.Count} of {cat.Measures.Count} ({cat.Source})" : $"Åtgärder: {selected.Count} av {cat.Measures.Count} ({cat.Source})", table);
            return 0;
        });

        var fileArg = new Argument<string>("FILE") { Description = "The catalogue file to check (JSON, format geo-measures/1)." };
        var checkJson = new Option<bool>("--json") { Description = "Print the result as JSON: counts and every problem with its measure and field." };
        var check = new Command("check", "Check an edited catalogue: every problem with file, measure id and field; exit 0 when valid, 1 when not.") { fileArg, checkJson };
        check.SetAction(p =>
        {
            var result = MeasureCatalogue.Check(p.GetValue(fileArg)!);
            var measures = result.Catalogue?.Measures ?? [];
            var situational = measures.Count(m => m.Kind == MeasureKind.Situational);
            if (p.GetValue(checkJson))
            {
                Json.Write(new
                {
                    file = result.File,
                    valid = result.Valid,
                    measures = measures.Count,
                    situational,
                    social = measures.Count - situational,
                    problems = result.Problems.Select(x => new { measure = x.Measure, field = x.Field, message = x.Message }),
                });
                return result.Valid ? 0 : Errors.Failure;
            }
            if (result.Valid)
            {
                Console.WriteLine($"{measures.Count} measures, {situational} situational, {measures.Count - situational} social, every field valid");
                return 0;
            }
            Console.Error.WriteLine($"error: {result.File}: {result.Problems.Count} problem(s) in the measure catalogue; fix each and check again:");
            foreach (var x in result.Problems) Console.Error.WriteLine("  " + x);
            return Errors.Failure;
        });

        cmd.Subcommands.Add(list);
        cmd.Subcommands.Add(check);
        return cmd;
    }

    private static string KindLabel(MeasureKind kind, string lang) => (kind, lang) switch
    {
        (MeasureKind.Situational, "en") => "situational",
        (MeasureKind.Social, "en") => "social",
        (MeasureKind.Situational, _) => "situationell",
        _ => "social",
    };

    private static object ToJson(Measure m) => new
    {
        id = m.Id,
        nameSv = m.NameSv,
        nameEn = m.NameEn,
        descriptionSv = m.DescriptionSv,
        descriptionEn = m.DescriptionEn,
        kind = MeasureVocabulary.Code(m.Kind),
        technique = m.Technique,
        groups = m.Groups,
        places = m.Places,
        times = m.Times,
        actors = m.Actors,
        work = MeasureVocabulary.Code(m.Work),
        horizon = MeasureVocabulary.Code(m.Horizon),
        indicator = m.Indicator,
        evidence = m.Evidence.Select(e => new { dimension = e.Dimension, noteSv = e.NoteSv, noteEn = e.NoteEn, source = e.Source }),
    };
}
