namespace Geo.Import.Mapping;

/// <summary>
/// Spots obviously personal columns and values so they are never copied into attributes: person names,
/// personal identity numbers, phone numbers and e-mail addresses.
/// </summary>
internal static class PersonalData
{
    private static readonly string[] ExactNames = ["name", "namn", "pnr", "tel", "fullname", "holder"];

    private static readonly string[] NameParts =
    [
        "personnummer", "personnr", "personalnumber", "socialsecurity", "samordningsnummer",
        "phone", "telefon", "mobil", "email", "epost", "mail",
        "firstname", "lastname", "surname", "fornamn", "förnamn", "efternamn", "givenname", "familyname",
        "licenceholder", "licenseholder", "supervisor",
    ];

    /// <summary>True for a column whose name says it holds personal data.</summary>
    public static bool IsPersonalColumn(string name)
    {
        Span<char> buf = stackalloc char[Math.Min(name.Length, 128)];
        var n = 0;
        foreach (var c in name)
        {
            if (n == buf.Length) break;
            if (char.IsLetterOrDigit(c)) buf[n++] = char.ToLowerInvariant(c);
        }
        var s = buf[..n];
        foreach (var e in ExactNames)
        {
            if (s.SequenceEqual(e)) return true;
        }
        foreach (var p in NameParts)
        {
            if (s.Contains(p, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// True for a Swedish personal identity number (or coordination number): YYMMDD or YYYYMMDD, optional '-' or '+',
    /// four digits, a plausible date (day + 60 for coordination numbers) and a valid Luhn check digit over the last ten
    /// digits (Skatteverket, SKV 704).
    /// </summary>
    public static bool LooksLikePersonnummer(ReadOnlySpan<char> s)
    {
        if (s.Length is < 10 or > 13) return false;
        Span<int> d = stackalloc int[12];
        var n = 0;
        var separators = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is '-' or '+')
            {
                if (separators++ > 0 || s.Length - i != 5) return false;
                continue;
            }
            if ((uint)(c - '0') > 9 || n == 12) return false;
            d[n++] = c - '0';
        }
        if (n != 10 && n != 12) return false;
        var t = d.Slice(n - 10, 10);
        var month = t[2] * 10 + t[3];
        var day = t[4] * 10 + t[5];
        if (month is < 1 or > 12) return false;
        if (day > 60) day -= 60;
        if (day is < 1 or > 31) return false;
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var v = t[i] * (i % 2 == 0 ? 2 : 1);
            sum += v > 9 ? v - 9 : v;
        }
        return sum % 10 == 0;
    }

    /// <summary>True for text that looks like an e-mail address.</summary>
    public static bool LooksLikeEmail(ReadOnlySpan<char> s)
    {
        var at = s.IndexOf('@');
        return at > 0 && at < s.Length - 3 && s[(at + 1)..].Contains('.') && !s.Contains(' ');
    }
}
