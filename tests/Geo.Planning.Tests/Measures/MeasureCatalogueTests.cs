using System.Text.Json.Nodes;
using Geo.Core.Domain;
using Geo.Core.Taxonomy;
using Geo.Planning.Measures;
using Geo.Testing;

namespace Geo.Planning.Tests.Measures;

public sealed class MeasureCatalogueTests : IDisposable
{
    private static string DataFile => Path.Combine(RepoRoot.Path, "data", "measures", "measures.json");

    private readonly string _dir = Directory.CreateTempSubdirectory("geo-measures-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_shipped_file_is_valid_and_has_at_least_40_measures_of_both_kinds()
    {
        var check = MeasureCatalogue.Check(DataFile);
        Assert.True(check.Valid, string.Join("\n", check.Problems));
        var measures = check.Catalogue!.Measures;
        Assert.True(measures.Count >= 40, $"{measures.Count} measures");
        Assert.True(measures.Count(m => m.Kind == MeasureKind.Situational) >= 25);
        Assert.True(measures.Count(m => m.Kind == MeasureKind.Social) >= 10);
        Assert.Equal(measures.Count, measures.Select(m => m.Id).Distinct().Count());
    }

    [Fact]
    public void The_embedded_resource_is_the_file()
    {
        Assert.Equal(File.ReadAllText(DataFile), MeasureCatalogue.DefaultText());
        Assert.Equal(MeasureCatalogue.Load(DataFile).Measures.Count, MeasureCatalogue.Default().Measures.Count);
    }

    [Fact]
    public void All_25_Cornish_and_Clarke_techniques_are_present_five_per_group()
    {
        var techniques = MeasureVocabulary.Techniques.Where(t => t.Situational).ToList();
        Assert.Equal(25, techniques.Count);
        Assert.All(techniques.GroupBy(t => t.Group), g => Assert.Equal(5, g.Count()));
        Assert.Equal(5, techniques.Select(t => t.Group).Distinct().Count());
        var used = MeasureCatalogue.Default().Measures.Where(m => m.Kind == MeasureKind.Situational).Select(m => m.Technique).ToHashSet();
        foreach (var t in techniques) Assert.True(used.Contains(t.Code), $"no measure applies {t.Code}");
    }

    [Fact]
    public void Every_text_is_in_both_languages_and_every_code_is_known()
    {
        var catalogue = MeasureCatalogue.Default();
        var taxonomy = CategoryTaxonomy.BuiltIn;
        foreach (var m in catalogue.Measures)
        {
            foreach (var text in new[] { m.NameSv, m.NameEn, m.DescriptionSv, m.DescriptionEn })
                Assert.False(string.IsNullOrWhiteSpace(text), m.Id);
            Assert.NotEqual(m.NameSv, m.NameEn);
            foreach (var g in m.Groups) Assert.True(taxonomy.Find(g) is { Parent: null }, $"{m.Id}: {g} is not a main group of the taxonomy");
            Assert.All(m.Evidence, e =>
            {
                Assert.False(string.IsNullOrWhiteSpace(e.NoteSv));
                Assert.False(string.IsNullOrWhiteSpace(e.NoteEn));
                Assert.Contains(catalogue.Sources, s => s.Id == e.Source && s.Citation.Length > 20);
            });
        }
        foreach (var p in catalogue.PlaceTypes.Where(p => p.ResourceType)) Assert.True(ResourceTypes.IsKnown(p.Code), p.Code);
        // the place types the lägesbild runs know from nearby resources are all declared
        foreach (var code in new[] { "licensed_premises", "transit_stop", "school", "youth_centre", "shop", "housing_estate" })
            Assert.Contains(catalogue.PlaceTypes, p => p.Code == code && p.ResourceType);
        foreach (var a in catalogue.Actors) Assert.False(string.IsNullOrWhiteSpace(a.LabelSv + a.LabelEn));
    }

    [Fact]
    public void Night_time_violence_at_licensed_premises_and_coverage_gaps_have_measures()
    {
        var measures = MeasureCatalogue.Default().Measures;
        Assert.Contains(measures, m => m.Groups.Contains("violence") && m.Places.Contains("licensed_premises") && m.Times.Contains("night") && m.Kind == MeasureKind.Situational);
        Assert.Contains(measures, m => m.Indicator == "coverage_gap_share" && m.Kind == MeasureKind.Social && m.Places.Contains("youth_centre"));
    }

    [Fact]
    public void An_edited_copy_with_several_errors_reports_each_with_file_id_and_field()
    {
        var root = JsonNode.Parse(File.ReadAllText(DataFile))!;
        var measures = root["measures"]!.AsArray();
        measures[0]!["groups"] = new JsonArray("violense");                  // typo in a category group
        measures[1]!["id"] = measures[0]!["id"]!.GetValue<string>();          // duplicate id
        measures[2]!["name_en"] = "";                                          // missing English text
        measures[3]!.AsObject().Remove("description_sv");                      // missing Swedish text
        measures[4]!["kind"] = "situationl";                                   // unknown kind
        measures[5]!["times"] = new JsonArray("nigth");                       // unknown time
        measures[6]!["places"] = new JsonArray("pub");                        // unknown place type
        measures[7]!["actors"] = new JsonArray("polisen");                    // unknown actor
        measures[8]!["evidence"]![0]!["source"] = "";                         // empty evidence source
        measures[9]!["groups"] = new JsonArray("violence.assault");           // a sub-category, not a main group
        var id = (int i) => measures[i]!["id"]!.GetValue<string>();
        var path = Path.Combine(_dir, "edited.json");
        File.WriteAllText(path, root.ToJsonString());

        var check = MeasureCatalogue.Check(path);
        Assert.False(check.Valid);
        Assert.Null(check.Catalogue);
        var lines = check.Problems.Select(p => p.ToString()).ToList();
        Assert.All(check.Problems, p => Assert.Equal(path, p.File));
        void Has(string measure, string field, string text) =>
            Assert.True(check.Problems.Any(p => p.Measure!.StartsWith(measure + " ", StringComparison.Ordinal) && p.Field == field && p.Message.Contains(text, StringComparison.Ordinal)),
                $"no problem {measure}/{field}/{text} in:\n{string.Join("\n", lines)}");
        Has(id(0), "groups", "did you mean 'violence'");
        Has(id(1), "id", "already used by measure #1");
        Has(id(2), "name_en", "English");
        Has(id(3), "description_sv", "Swedish");
        Has(id(4), "kind", "did you mean 'situational'");
        Has(id(5), "times", "did you mean 'night'");
        Has(id(6), "places", "not a declared place type");
        Has(id(7), "actors", "did you mean 'polis'");
        Has(id(8), "evidence[1].source", "is empty");
        Has(id(9), "groups", "use its main group 'violence'");
        Assert.Equal(10, check.Problems.Count);
        Assert.Contains(path, lines[0]);

        var e = Assert.Throws<MeasureCatalogueException>(() => MeasureCatalogue.Load(path));
        Assert.Equal(10, e.Problems.Count);
    }

    [Fact]
    public void File_level_problems_are_named_too()
    {
        var path = Path.Combine(_dir, "bad.json");
        File.WriteAllText(path, "{ \"format\": \"geo-measures/2\", \"measures\": [ { \"id\": \"X-1\" } ] }");
        var check = MeasureCatalogue.Check(path);
        Assert.Contains(check.Problems, p => p.Measure is null && p.Field == "format");
        Assert.Contains(check.Problems, p => p.Measure is null && p.Field == "place_types");
        Assert.Contains(check.Problems, p => p.Measure == "X-1 (#1)" && p.Field == "name_sv");
        Assert.Contains(check.Problems, p => p.Measure == "X-1 (#1)" && p.Field == "evidence");

        File.WriteAllText(path, "{ \"format\": \"geo-measures/1\", ");
        Assert.Contains(MeasureCatalogue.Check(path).Problems, p => p.Field == "(file)" && p.Message.Contains("not valid JSON"));
        Assert.Throws<FileNotFoundException>(() => MeasureCatalogue.Check(Path.Combine(_dir, "missing.json")));
    }
}
