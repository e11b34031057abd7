using Geo.Core.Taxonomy;
using Geo.Planning.Runs;
using Geo.Testing;

namespace Geo.Planning.Tests;

public sealed class HarmWeightsTests : IDisposable
{
    private static string DataFile => Path.Combine(RepoRoot.Path, "data", "harm", "harm_weights.csv");

    private static readonly HashSet<string> NonCrimeGroups = ["disturbance", "observation"];

    private readonly string _dir = Directory.CreateTempSubdirectory("geo-harm-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Every_taxonomy_category_has_its_own_row_and_non_crimes_weigh_zero()
    {
        var harm = HarmWeights.Default();
        foreach (var c in CategoryTaxonomy.BuiltIn.All)
        {
            Assert.True(harm.Days.ContainsKey(c.Code), $"{c.Code} has no row");
            var basis = harm.Basis(c.Code);
            Assert.False(string.IsNullOrWhiteSpace(basis), $"{c.Code} has no basis");
            var notCrime = basis!.StartsWith("not a crime", StringComparison.Ordinal) || basis.StartsWith("not known to be a crime", StringComparison.Ordinal);
            if (notCrime) Assert.Equal(0, harm.For(c.Code));
            else Assert.True(harm.For(c.Code) >= 1, $"{c.Code} is a crime but weighs {harm.For(c.Code)}");
        }
        foreach (var code in new[] { "disturbance.noise", "observation.syringes", "other.non_crime", "traffic.accident.fatal", "disorder.drunkenness" })
            Assert.Equal(0, harm.For(code));
        Assert.Equal(3650, harm.For("violence.homicide"));
        Assert.Equal(545, harm.For("violence.aggravated_assault"));
        Assert.Equal(14, harm.For("violence.assault"));
        Assert.Equal(1, harm.For("theft.shoplifting"));
        Assert.Equal(1095, harm.For("sexual.rape"));
        Assert.Contains("harm_weights.csv", harm.Source);
        Assert.DoesNotContain('\n', harm.Source);
    }

    [Fact]
    public void A_group_row_is_the_lightest_crime_of_the_group()
    {
        var harm = HarmWeights.Default();
        foreach (var group in CategoryTaxonomy.BuiltIn.All.Where(c => c.Parent is null && !NonCrimeGroups.Contains(c.Code)))
        {
            var crimes = CategoryTaxonomy.BuiltIn.All
                .Where(c => c.Parent == group.Code && harm.For(c.Code) > 0)
                .Select(c => harm.For(c.Code)).ToList();
            if (crimes.Count == 0) continue; // a group without sub-categories (fraud) has its own scale
            Assert.Equal(crimes.Min(), harm.For(group.Code));
        }
    }

    [Fact]
    public void The_embedded_defaults_are_the_file_in_data_harm()
    {
        var file = HarmWeights.Load(DataFile);
        var embedded = HarmWeights.Default();
        Assert.Equal(file.Days.OrderBy(p => p.Key, StringComparer.Ordinal), embedded.Days.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Contains(Path.GetFullPath(DataFile), file.Source);
    }

    [Fact]
    public void A_category_without_a_row_takes_its_nearest_ancestor_then_zero()
    {
        var path = Write("category,days\nviolence,20\nviolence.assault,30\n");
        var harm = HarmWeights.Load(path);
        Assert.Equal(30, harm.For("violence.assault"));
        Assert.Equal(20, harm.For("violence.threat"));
        Assert.Equal(20, harm.For("violence"));
        Assert.Equal(30, harm.For("violence.assault.something_finer"));
        Assert.Equal(0, harm.For("theft.bicycle"));
        Assert.Null(harm.Basis("violence.threat"));
    }

    [Fact]
    public void An_edited_file_with_a_negative_weight_names_file_row_and_field()
    {
        var lines = File.ReadAllLines(DataFile);
        var index = Array.FindIndex(lines, l => l.StartsWith("violence.assault,", StringComparison.Ordinal));
        lines[index] = "violence.assault,-3,edited";
        var path = Path.Combine(_dir, "kommun_harm.csv");
        File.WriteAllLines(path, lines);
        var e = Assert.Throws<InvalidDataException>(() => HarmWeights.Load(path));
        Assert.Equal($"kommun_harm.csv, row {index + 1}, field days: -3 is negative; give the harm weight in days (0 or more).", e.Message);
    }

    [Fact]
    public void Unknown_codes_words_for_days_duplicates_and_a_missing_header_are_refused()
    {
        var unknown = Assert.Throws<InvalidDataException>(() => HarmWeights.Load(Write("category,days,basis\nviolence.asault,14,x\n")));
        Assert.StartsWith("h.csv, row 2, field category: 'violence.asault' is not a category of the taxonomy (did you mean violence.assault", unknown.Message);
        var words = Assert.Throws<InvalidDataException>(() => HarmWeights.Load(Write("# comment\ncategory,days\nfraud,14\ntheft,14 dagar\n")));
        Assert.Equal("h.csv, row 4, field days: '14 dagar' is not a number; give the harm weight in days (0 or more, a decimal point).", words.Message);
        var nan = Assert.Throws<InvalidDataException>(() => HarmWeights.Load(Write("category,days\nfraud,NaN\n")));
        Assert.Contains("row 2, field days", nan.Message);
        var twice = Assert.Throws<InvalidDataException>(() => HarmWeights.Load(Write("category,days\nfraud,14\nfraud,15\n")));
        Assert.Contains("row 3, field category: 'fraud' is listed twice", twice.Message);
        var header = Assert.Throws<InvalidDataException>(() => HarmWeights.Load(Write("code,weight\nfraud,14\n")));
        Assert.Contains("row 1: the header must name the columns category and days", header.Message);
        Assert.Throws<FileNotFoundException>(() => HarmWeights.Load(Path.Combine(_dir, "missing.csv")));
    }

    private string Write(string text)
    {
        var path = Path.Combine(_dir, "h.csv");
        File.WriteAllText(path, text);
        return path;
    }
}
