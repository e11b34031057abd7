using Geo.Formats;
using Geo.Import.Profiles;
using Geo.Testing;

namespace Geo.Import.Tests.Mapping;

/// <summary>Attributes are opt-in, personal columns are refused, kept values are screened (AttributeWriter).</summary>
public class AttributeTests
{
    private const string Prose = "Vittnet såg två personer springa mot stationen.";

    private static MemoryReader Incidents(string[] extra, params string[][] extraValues)
    {
        var r = new MemoryReader("f.csv", ["source_id", "occurred_at", "category", "x", "y", .. extra]);
        for (var i = 0; i < extraValues.Length; i++)
            r.Add([(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "2024-05-01 22:00", "vandalism", "830000", "7290000", .. extraValues[i]]);
        return r;
    }

    private static List<RowResult<Core.Domain.Incident>> Read(MemoryReader r, ImportOptions options, out IReadOnlyList<string> notices)
    {
        using var src = Sources.OpenIncidents(r, options);
        var rows = src.Rows().ToList();
        notices = src.Notices;
        return rows;
    }

    [Fact]
    public void ExtraColumnsAreNotKeptUnlessNamed()
    {
        var rows = Read(Incidents(["district", "kontakt", "namn"], ["Centrum", "+46 70 123 45 67", "Anna"]), TestAreas.Options(), out var notices);
        var row = Assert.Single(rows);
        Assert.Null(row.Value!.Attributes);
        Assert.Empty(row.Issues);
        Assert.Contains("column(s) district, kontakt not loaded (attributes are opt-in: keep them with --keep-attributes district,kontakt); "
                        + "column(s) namn look personal (names, personal numbers, phone, e-mail): never loaded", notices);
    }

    [Fact]
    public void NamedColumnsAreKeptAndTheOthersAnnounced()
    {
        var rows = Read(Incidents(["district", "LICENSE DESCRIPTION", "beat"], ["Centrum", "Tavern", "0123"]),
            TestAreas.Options() with { KeepAttributes = ["District", "license description"] }, out var notices);
        Assert.Equal("{\"district\":\"Centrum\",\"LICENSE DESCRIPTION\":\"Tavern\"}", Assert.Single(rows).Value!.Attributes);
        Assert.Contains("column(s) beat not loaded (attributes are opt-in: keep them with --keep-attributes beat)", notices);
    }

    [Theory]
    [InlineData("namn")]
    [InlineData("Telefon")]
    [InlineData("e-post")]
    [InlineData("personnummer")]
    public void PersonalColumnAskedForIsRefused(string column)
    {
        var r = Incidents([column], ["x"]);
        var e = Assert.Throws<ArgumentException>(() => Sources.OpenIncidents(r, TestAreas.Options() with { KeepAttributes = [column] }));
        Assert.Contains($"Column '{column}' (--keep-attributes) looks personal", e.Message);
        Assert.Contains("never loaded", e.Message);
        Assert.True(r.Disposed);

        e = Assert.Throws<ArgumentException>(() => Sources.OpenIncidents(Incidents([column], ["x"]), TestAreas.Options() with { AllowText = [column] }));
        Assert.Contains($"Column '{column}' (--allow-text) looks personal", e.Message);

        var profile = new MappingProfile { Name = "p", IdColumn = "source_id", DateColumn = "occurred_at", Attributes = [column] };
        e = Assert.Throws<ArgumentException>(() => Sources.OpenIncidents(Incidents([column], ["x"]), TestAreas.Options(profile)));
        Assert.Contains($"Column '{column}' (the profile's \"attributes\") looks personal", e.Message);
    }

    [Fact]
    public void AColumnToKeepThatIsNotInTheFileIsAnError()
    {
        var e = Assert.Throws<InputFormatException>(() => Sources.OpenIncidents(Incidents(["district"], ["Centrum"]), TestAreas.Options() with { KeepAttributes = ["distrikt"] }));
        Assert.Contains("missing column 'distrikt' (an attribute column named with --keep-attributes)", e.Message);
        Assert.Contains("closest: 'district'", e.Message);
    }

    [Fact]
    public void PersonalValuesAreDroppedWithAMaskedWarning()
    {
        var rows = Read(Incidents(["kontakt", "beskrivning", "district"],
                ["+46 70 123 45 67", "Offer: Anna Svensson 811218-9876", "Centrum"],
                ["anna.svensson@example.se", "Samordningsnummer 811278-9873", ""],
                ["08-123 456 78", "Skadegörelse på fasad", "Norr"]),
            TestAreas.Options() with { KeepAttributes = ["kontakt", "beskrivning", "district"] }, out var notices);

        Assert.Equal("{\"district\":\"Centrum\"}", rows[0].Value!.Attributes);
        Assert.Null(rows[1].Value!.Attributes);
        Assert.Equal("{\"beskrivning\":\"Skadegörelse på fasad\",\"district\":\"Norr\"}", rows[2].Value!.Attributes);

        var issues = rows.SelectMany(r => r.Issues).ToList();
        Assert.All(issues, i => Assert.Equal(RejectAction.Warning, i.Action));
        Assert.Equal(
        [
            (1L, "kontakt", "[removed: +## ## ### ## ##]", "phone number in kontakt: value not loaded (personal data is never stored)"),
            (1L, "beskrivning", "[removed: ######-####]", "personal identity number (personnummer) in beskrivning: value not loaded (personal data is never stored)"),
            (2L, "kontakt", "[removed: xxxx.xxxxxxxx@xxxxxxx.xx]", "e-mail address in kontakt: value not loaded (personal data is never stored)"),
            (2L, "beskrivning", "[removed: ######-####]", "coordination number (samordningsnummer) in beskrivning: value not loaded (personal data is never stored)"),
            (3L, "kontakt", "[removed: ##-### ### ##]", "phone number in kontakt: value not loaded (personal data is never stored)"),
        ], issues.Select(i => (i.Row, i.Field, i.Value, i.Reason)));
        Assert.Contains("warning: column 'kontakt': 3 value(s) with personal data (phone number and e-mail address) not loaded; each is in the reject report (masked)", notices);
        Assert.Contains("warning: column 'beskrivning': 2 value(s) with personal data (personal identity number (personnummer) and coordination number (samordningsnummer)) not loaded; each is in the reject report (masked)", notices);
    }

    [Fact]
    public void FreeTextIsRefusedUnlessTheColumnIsAllowed()
    {
        var longText = string.Join(' ', Enumerable.Repeat("Klotter", 30)); // 239 characters, no sentence
        var values = new[] { new[] { Prose }, [longText], ["Klotter på fasad"] };

        var refused = Read(Incidents(["notering"], values), TestAreas.Options() with { KeepAttributes = ["notering"] }, out var notices);
        Assert.Null(refused[0].Value!.Attributes);
        Assert.Null(refused[1].Value!.Attributes);
        Assert.Equal("{\"notering\":\"Klotter på fasad\"}", refused[2].Value!.Attributes);
        var w = Assert.Single(refused[0].Issues);
        Assert.Equal(("notering", "[removed: free text, 47 characters]", RejectAction.Warning), (w.Field, w.Value, w.Action));
        Assert.StartsWith("free text in notering (7 words with sentence punctuation): value not loaded; --allow-text notering", w.Reason);
        Assert.StartsWith("free text in notering (239 characters, more than 200)", Assert.Single(refused[1].Issues).Reason);
        Assert.Contains("warning: column 'notering': 2 free-text value(s) (over 200 characters or narrative) not loaded; --allow-text notering keeps them", notices);

        // --allow-text keeps the column (no --keep-attributes needed) and lets it hold free text.
        var allowed = Read(Incidents(["notering"], values), TestAreas.Options() with { AllowText = ["notering"] }, out _);
        Assert.Equal($"{{\"notering\":\"{Prose}\"}}", allowed[0].Value!.Attributes);
        Assert.Equal($"{{\"notering\":\"{longText}\"}}", allowed[1].Value!.Attributes);
        Assert.All(allowed, r => Assert.Empty(r.Issues));
    }

    [Fact]
    public void AllowedFreeTextIsStillScreened()
    {
        var rows = Read(Incidents(["notering"], ["Vittnet 811218-9876 såg två personer springa mot stationen."], ["Ring 070-123 45 67 om du såg något i går kväll."]),
            TestAreas.Options() with { AllowText = ["notering"] }, out _);
        Assert.All(rows, r => Assert.Null(r.Value!.Attributes));
        Assert.Equal(["[removed: ######-####]", "[removed: ###-### ## ##]"], rows.Select(r => Assert.Single(r.Issues).Value));
    }

    [Fact]
    public void ProfileFreeTextAttributesAreKeptAndAllowed()
    {
        var profile = new MappingProfile
        {
            Name = "p", IdColumn = "source_id", DateColumn = "occurred_at",
            Attributes = ["district"], FreeTextAttributes = ["notering", "saknas"],
        };
        var rows = Read(Incidents(["district", "notering", "other"], ["Centrum", Prose, "x"]), TestAreas.Options(profile), out var notices);
        Assert.Equal($"{{\"district\":\"Centrum\",\"notering\":\"{Prose}\"}}", Assert.Single(rows).Value!.Attributes);
        Assert.Contains("free-text attribute column 'saknas' of the profile is not in the file: skipped", notices);
        Assert.Contains("column(s) other not loaded (attributes are opt-in: keep them with --keep-attributes other or the profile's \"attributes\")", notices);
    }
}
