namespace Geo.Import.Mapping;

/// <summary>The kinds of personal data <see cref="PersonalData.Find"/> recognises in a value (flags: a value may hold several).</summary>
[Flags]
internal enum PersonalDataKind
{
    None = 0,
    /// <summary>A Swedish personal identity number (personnummer).</summary>
    IdentityNumber = 1,
    /// <summary>A Swedish coordination number (samordningsnummer: the day of birth + 60).</summary>
    CoordinationNumber = 2,
    /// <summary>A phone number (Swedish national or international form).</summary>
    Phone = 4,
    /// <summary>An e-mail address.</summary>
    Email = 8,
}
