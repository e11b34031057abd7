using Geo.Import.Mapping;

namespace Geo.Import.Tests.Mapping;

public class PersonalDataTests
{
    // The kinds as PersonalDataKind.ToString() writes them (the enum is internal, theory data is public).
    private const string Pnr = nameof(PersonalDataKind.IdentityNumber);
    private const string Samordning = nameof(PersonalDataKind.CoordinationNumber);
    private const string Phone = nameof(PersonalDataKind.Phone);
    private const string Email = nameof(PersonalDataKind.Email);

    /// <summary>Values that hold personal data: the kinds found and the fragments (in text order).</summary>
    public static readonly TheoryData<string, string, string> Personal = new()
    {
        // Personal identity numbers (valid Luhn check digit): with and without century and separator.
        { "811218-9876", Pnr, "811218-9876" },
        { "8112189876", Pnr, "8112189876" },
        { "19811218-9876", Pnr, "19811218-9876" },
        { "198112189876", Pnr, "198112189876" },
        { "811218+9876", Pnr, "811218+9876" }, // '+': a person aged 100 or more
        { "121212-1212", Pnr, "121212-1212" }, // Skatteverket's Tolvan Tolvansson
        { "20000229-1235", Pnr, "20000229-1235" }, // 29 February of a leap year
        // Coordination numbers: day of birth + 60.
        { "811278-9873", Samordning, "811278-9873" },
        { "198112789873", Samordning, "198112789873" },
        // Embedded in text.
        { "Offer: Anna Svensson 811218-9876", Pnr, "811218-9876" },
        { "pnr 19811218-9876, se anmälan", Pnr, "19811218-9876" },
        // Phone numbers, Swedish forms.
        { "070-123 45 67", Phone, "070-123 45 67" },
        { "070 1234567", Phone, "070 1234567" },
        { "070 123 45 67", Phone, "070 123 45 67" },
        { "0701234567", Phone, "0701234567" },
        { "073-1234567", Phone, "073-1234567" },
        { "08-123 456 78", Phone, "08-123 456 78" },
        { "08-12345678", Phone, "08-12345678" },
        { "031-12 34 56", Phone, "031-12 34 56" },
        { "0771-123 123", Phone, "0771-123 123" },
        { "+46 70 123 45 67", Phone, "+46 70 123 45 67" },
        { "+46701234567", Phone, "+46701234567" },
        { "+46 (0)70 123 45 67", Phone, "+46 (0)70 123 45 67" },
        { "+46-8-123 456 78", Phone, "+46-8-123 456 78" },
        { "0046 70 123 45 67", Phone, "0046 70 123 45 67" },
        { "0046701234567", Phone, "0046701234567" },
        // International.
        { "+1 312 555 0199", Phone, "+1 312 555 0199" },
        { "+1 (312) 555-0199", Phone, "+1 (312) 555-0199" },
        { "+44 161 234 5678", Phone, "+44 161 234 5678" },
        { "0044 161 234 5678", Phone, "0044 161 234 5678" },
        // Embedded, and a number followed by other digits that do not belong to it.
        { "Ring 070-123 45 67 efter kl 18", Phone, "070-123 45 67" },
        { "tel:+46701234567;", Phone, "+46701234567" },
        { "070-123 45 67 12 st", Phone, "070-123 45 67" },
        // E-mail addresses.
        { "anna.svensson@example.se", Email, "anna.svensson@example.se" },
        { "Mejla anna@polisen.se.", Email, "anna@polisen.se" },
        { "<a_b+c@sub.example.com>", Email, "a_b+c@sub.example.com" },
        // Several kinds in one value.
        { "Anna 811218-9876, 070-123 45 67, anna@example.se", $"{Pnr}, {Phone}, {Email}", "811218-9876|070-123 45 67|anna@example.se" },
    };

    [Theory]
    [MemberData(nameof(Personal))]
    public void FindsPersonalData(string value, string kinds, string fragments)
    {
        var found = PersonalData.Find(value);
        Assert.NotNull(found);
        Assert.Equal(kinds, found.Aggregate(PersonalDataKind.None, (k, m) => k | m.Kind).ToString());
        Assert.Equal(fragments, string.Join("|", found.Select(m => value.Substring(m.Start, m.Length))));
    }

    /// <summary>Ordinary values, and numbers that are almost personal numbers (invalid Luhn or date) or not phone-shaped.</summary>
    public static readonly TheoryData<string> NotPersonal = new()
    {
        // Invalid Luhn check digit, invalid date, impossible century.
        "811218-9875", "8112189877", "19811218-9870", "811318-9876", "810230-1234", "23811218-9876",
        "19010229-1234", // valid Luhn, but 1901 was no leap year
        // Dates, times and years.
        "2023-04-01", "20230401", "2024", "01-04-2023", "01/16/2018", "2024-05-01T22:15:00+02:00", "2022-09-26 15:55:23 +02:00",
        "Mo-Fr 15:00-21:00; Sa 12:00-16:00", "08-17", "Öppet 08-17 mån-fre", "kl. 07.30-16.00",
        // Counts, amounts, coordinates.
        "12345", "1 200", "12 345 678", "0", "0,5", "7290315.08", "829440.05", "7292327.40", "65.5842", "22.1547", "-87.62584904",
        "+12 345", "+5", "05 10 15 20",
        // Ids, codes, postcodes, addresses.
        "A-1234", "JA123456", "0486", "2580C1010", "1234567890", "0123456789", "0012345678", "60609", "M1 5JG", "972 31 Luleå",
        "Storgatan 12", "032XX S MICHIGAN AVE", "AC915A6C-0522-4375-B5E4-59B842D1FD20", "30BC6306-A304-4298-A251-EA8101659954",
        "/aktuellt/handelser/2022/september/26/26-september-1421-morddrap-forsok-stockholm/",
        // Things with an '@' that are not addresses.
        "Möte @ 18:00", "@polisen", "user@localhost", "a@b.c",
    };

    [Theory]
    [MemberData(nameof(NotPersonal))]
    public void LeavesOrdinaryValuesAlone(string value)
    {
        var found = PersonalData.Find(value);
        Assert.True(found is null, $"'{value}' flagged: {string.Join(", ", found?.Select(m => $"{m.Kind} '{value.Substring(m.Start, m.Length)}'") ?? [])}");
    }

    [Theory]
    [InlineData("namn")]
    [InlineData("Name")]
    [InlineData("Förnamn")]
    [InlineData("personnummer")]
    [InlineData("PNR")]
    [InlineData("telefon")]
    [InlineData("Mobil")]
    [InlineData("e-post")]
    [InlineData("email_address")]
    [InlineData("kontaktperson")]
    [InlineData("LICENCEHOLDER")]
    public void PersonalColumnNames(string name) => Assert.True(PersonalData.IsPersonalColumn(name));

    [Theory]
    [InlineData("district")]
    [InlineData("kontakt")]
    [InlineData("beskrivning")]
    [InlineData("location_name")]
    [InlineData("STATION_NAME")]
    [InlineData("mobilitet")]
    [InlineData("automobile_type")]
    public void OrdinaryColumnNames(string name) => Assert.False(PersonalData.IsPersonalColumn(name));

    [Theory]
    [InlineData("811218-9876", "######-####")]
    [InlineData("+46 70 123 45 67", "+## ## ### ## ##")]
    [InlineData("anna@example.se", "xxxx@xxxxxxx.xx")]
    public void ShapeKeepsNothingOfTheContent(string fragment, string shape) => Assert.Equal(shape, PersonalData.Shape(fragment));

    [Fact]
    public void DescribesTheKinds()
    {
        Assert.Equal("phone number", PersonalData.Describe(PersonalDataKind.Phone));
        Assert.Equal("personal identity number (personnummer) and e-mail address", PersonalData.Describe(PersonalDataKind.IdentityNumber | PersonalDataKind.Email));
        Assert.Equal("coordination number (samordningsnummer), phone number and e-mail address",
            PersonalData.Describe(PersonalDataKind.CoordinationNumber | PersonalDataKind.Phone | PersonalDataKind.Email));
    }
}
