namespace Geo.Import.Mapping;

/// <summary>
/// Spots personal data so it is never stored: columns whose name says they hold it (names, personal identity numbers,
/// phone, e-mail) and values that contain a Swedish personal identity or coordination number, a phone number or an
/// e-mail address, alone or inside longer text. The rules are documented in docs/import-formats.md
/// (<i>Personal data</i>); they are deliberately narrow for numbers so that years, dates, counts, coordinates,
/// postcodes and ids are not flagged.
/// </summary>
internal static class PersonalData
{
    private static readonly string[] ExactNames =
    [
        "name", "namn", "pnr", "tel", "telnr", "mobil", "mobile", "mobilnr", "ssn", "fullname", "holder",
    ];

    private static readonly string[] NameParts =
    [
        "personnummer", "personnr", "personalnumber", "socialsecurity", "samordningsnummer", "samordningsnr",
        "phone", "telefon", "mobilnummer", "mobiltel", "email", "epost", "mail",
        "firstname", "lastname", "surname", "fornamn", "förnamn", "efternamn", "givenname", "familyname",
        "kontaktperson", "contactperson", "contactname", "fodelsedatum", "födelsedatum", "birthdate", "dateofbirth",
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
    /// The fragments of <paramref name="s"/> that are personal data, in text order; null when there are none
    /// (the common case allocates nothing).
    /// </summary>
    public static List<PersonalDataMatch>? Find(ReadOnlySpan<char> s)
    {
        List<PersonalDataMatch>? found = null;
        FindEmails(s, ref found);
        var emails = found?.Count ?? 0;
        var i = 0;
        while (i < s.Length)
        {
            if (InsideEmail(found, emails, i) is { } skipTo)
            {
                i = skipTo;
                continue;
            }
            var c = s[i];
            if (IsDigit(c) || c == '+')
            {
                if (TryIdentityNumber(s, i, out var length, out var kind) || TryPhone(s, i, out length, out kind))
                {
                    (found ??= new List<PersonalDataMatch>(1)).Add(new PersonalDataMatch(i, length, kind));
                    i += length;
                    continue;
                }
                if (IsDigit(c))
                {
                    // No candidate starts inside a number: skip the rest of its digits.
                    while (i < s.Length && IsDigit(s[i])) i++;
                    continue;
                }
            }
            i++;
        }
        if (found is { Count: > 1 }) found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>What <paramref name="kinds"/> are, in words ("personal identity number and phone number").</summary>
    public static string Describe(PersonalDataKind kinds)
    {
        var parts = new List<string>(4);
        if (kinds.HasFlag(PersonalDataKind.IdentityNumber)) parts.Add("personal identity number (personnummer)");
        if (kinds.HasFlag(PersonalDataKind.CoordinationNumber)) parts.Add("coordination number (samordningsnummer)");
        if (kinds.HasFlag(PersonalDataKind.Phone)) parts.Add("phone number");
        if (kinds.HasFlag(PersonalDataKind.Email)) parts.Add("e-mail address");
        return parts.Count switch
        {
            0 => "personal data",
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
        };
    }

    /// <summary>
    /// The shape of a personal fragment without its content: every digit becomes '#', every letter 'x', other
    /// characters stay ("811218-9876" → "######-####", "anna@example.se" → "xxxx@xxxxxxx.xx").
    /// </summary>
    public static string Shape(ReadOnlySpan<char> fragment)
    {
        Span<char> buf = fragment.Length <= 256 ? stackalloc char[fragment.Length] : new char[fragment.Length];
        for (var i = 0; i < fragment.Length; i++)
        {
            var c = fragment[i];
            buf[i] = char.IsDigit(c) ? '#' : char.IsLetter(c) ? 'x' : c;
        }
        return buf.ToString();
    }

    /// <summary>
    /// A Swedish personal identity number or coordination number starting at <paramref name="i"/>: YYMMDD or
    /// YYYYMMDD (century 18, 19 or 20), then '-', '+' or nothing, then four digits; a real calendar date (day + 60 for a
    /// coordination number) and a valid Luhn check digit over the last ten digits (Skatteverket, SKV 704). The number
    /// must stand on its own: no digits around it and not the decimals of a number.
    /// </summary>
    private static bool TryIdentityNumber(ReadOnlySpan<char> s, int i, out int length, out PersonalDataKind kind)
    {
        length = 0;
        kind = PersonalDataKind.None;
        if (!IsDigit(s[i]) || !StartsNumber(s, i)) return false;
        var a = DigitRun(s, i);
        Span<int> d = stackalloc int[12];
        int n, end;
        if (a is 10 or 12)
        {
            end = i + a;
        }
        else if (a is 6 or 8 && i + a + 1 < s.Length && s[i + a] is '-' or '+' && DigitRun(s, i + a + 1) == 4)
        {
            end = i + a + 5;
        }
        else
        {
            return false;
        }
        if (!EndsNumber(s, end)) return false;
        n = 0;
        for (var k = i; k < end; k++)
        {
            if (IsDigit(s[k])) d[n++] = s[k] - '0';
        }
        var t = d.Slice(n - 10, 10);
        int year;
        if (n == 12)
        {
            var century = d[0] * 10 + d[1];
            if (century is < 18 or > 20) return false;
            year = century * 100 + t[0] * 10 + t[1];
        }
        else
        {
            year = 2000 + t[0] * 10 + t[1]; // the century is unknown: 2000-based accepts 29 February of any year divisible by 4
        }
        var month = t[2] * 10 + t[3];
        var day = t[4] * 10 + t[5];
        var coordination = day > 60;
        if (coordination) day -= 60;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        var sum = 0;
        for (var k = 0; k < 10; k++)
        {
            var v = t[k] * (k % 2 == 0 ? 2 : 1);
            sum += v > 9 ? v - 9 : v;
        }
        if (sum % 10 != 0) return false;
        length = end - i;
        kind = coordination ? PersonalDataKind.CoordinationNumber : PersonalDataKind.IdentityNumber;
        return true;
    }

    /// <summary>
    /// A phone number starting at <paramref name="i"/>:
    /// international '+CC…' or '00CC…' (for +46 a national number of 7 to 9 digits, optionally after "(0)" or a 0;
    /// otherwise 9 to 15 digits in all, and '00' numbers other than 0046 only when written in groups), or Swedish
    /// national: a mobile number 07[02369] + 7 digits written together or after "07X " or "07X-", or any area code
    /// (0 + 1 to 3 digits) followed by '-' and groups of digits separated by single spaces, 8 to 10 digits in all
    /// ("08-123 456 78", "031-12 34 56"). Groups are separated by single spaces or hyphens (international) or spaces
    /// (national, after the area code's hyphen).
    /// </summary>
    private static bool TryPhone(ReadOnlySpan<char> s, int i, out int length, out PersonalDataKind kind)
    {
        length = 0;
        kind = PersonalDataKind.Phone;
        int end;
        if (s[i] == '+')
        {
            if (!StartsNumber(s, i)) return false;
            end = International(s, i + 1, plus: true);
        }
        else if (s[i] == '0' && StartsNumber(s, i))
        {
            end = i + 1 < s.Length && s[i + 1] == '0' ? International(s, i + 2, plus: false) : National(s, i);
        }
        else
        {
            return false;
        }
        if (end < 0 || !EndsNumber(s, end)) return false;
        length = end - i;
        return true;
    }

    /// <summary>The end of an international number whose country code starts at <paramref name="p"/>, or -1.</summary>
    private static int International(ReadOnlySpan<char> s, int p, bool plus)
    {
        if (p >= s.Length || s[p] is < '1' or > '9') return -1;
        Span<char> digits = stackalloc char[16];
        var n = 0;
        var best = -1;
        var grouped = false;
        var open = false;
        var pos = p;
        while (true)
        {
            while (pos < s.Length && IsDigit(s[pos]))
            {
                if (n == digits.Length) return best;
                digits[n++] = s[pos++];
            }
            if (open)
            {
                if (pos >= s.Length || s[pos] != ')') return best;
                open = false;
                pos++;
            }
            if (ValidInternational(digits[..n], plus || grouped)) best = pos;
            var q = pos;
            if (q < s.Length && s[q] is ' ' or '-') q++;
            if (q + 2 < s.Length && s[q] == '(' && s[q + 1] == '0' && s[q + 2] == ')')
            {
                q += 3; // the trunk zero of "+46 (0)70 …" is not part of the number
                if (q < s.Length && s[q] == ' ') q++;
            }
            else if (q < s.Length && s[q] == '(')
            {
                open = true;
                q++;
            }
            if (q == pos || q >= s.Length || !IsDigit(s[q])) return best;
            grouped = true;
            pos = q;
        }
    }

    private static bool ValidInternational(ReadOnlySpan<char> d, bool plusOrGrouped)
    {
        if (d.Length >= 2 && d[0] == '4' && d[1] == '6')
        {
            var nsn = d[2..];
            if (nsn.Length > 0 && nsn[0] == '0') nsn = nsn[1..]; // "+46 070 …": the national 0 written anyway
            return nsn.Length is >= 7 and <= 9 && nsn[0] != '0';
        }
        return plusOrGrouped && d.Length is >= 9 and <= 15;
    }

    /// <summary>The end of a Swedish national number starting with its 0 at <paramref name="i"/>, or -1.</summary>
    private static int National(ReadOnlySpan<char> s, int i)
    {
        if (i + 1 >= s.Length || s[i + 1] is < '1' or > '9') return -1;
        var first = DigitRun(s, i);
        var mobile = first >= 3 && s[i + 1] == '7' && s[i + 2] is '0' or '2' or '3' or '6' or '9';
        if (first == 10) return mobile ? i + 10 : -1;
        if (first is < 2 or > 4 || i + first + 1 >= s.Length) return -1;
        var separator = s[i + first];
        var spaceAfterMobile = separator == ' ' && first == 3 && mobile;
        if (separator != '-' && !spaceAfterMobile) return -1;
        var pos = i + first + 1;
        var n = first;
        var best = -1;
        while (pos < s.Length && IsDigit(s[pos]))
        {
            var g = DigitRun(s, pos);
            n += g;
            pos += g;
            if (n > 10) break;
            if (spaceAfterMobile ? n == 10 : n >= 8) best = pos;
            if (pos + 1 < s.Length && s[pos] == ' ' && IsDigit(s[pos + 1])) pos++;
            else break;
        }
        return best;
    }

    /// <summary>E-mail addresses: local part, '@', at least two domain labels, a top-level domain of letters.</summary>
    private static void FindEmails(ReadOnlySpan<char> s, ref List<PersonalDataMatch>? found)
    {
        var from = 0;
        while (from < s.Length)
        {
            var rel = s[from..].IndexOf('@');
            if (rel < 0) return;
            var at = from + rel;
            from = at + 1;
            var start = at;
            while (start > 0 && IsLocal(s[start - 1])) start--;
            while (start < at && s[start] == '.') start++;
            if (start == at) continue;
            var k = at + 1;
            var labels = 0;
            var lastStart = k;
            while (true)
            {
                var l = k;
                while (k < s.Length && (char.IsLetterOrDigit(s[k]) || s[k] == '-')) k++;
                if (k == l) break;
                labels++;
                lastStart = l;
                if (k + 1 < s.Length && s[k] == '.' && char.IsLetterOrDigit(s[k + 1])) k++;
                else break;
            }
            var tld = s[lastStart..k];
            if (labels < 2 || tld.Length < 2 || !IsLetters(tld)) continue;
            (found ??= new List<PersonalDataMatch>(1)).Add(new PersonalDataMatch(start, k - start, PersonalDataKind.Email));
            from = k;
        }
    }

    private static int? InsideEmail(List<PersonalDataMatch>? found, int emails, int i)
    {
        for (var k = 0; k < emails; k++)
        {
            var m = found![k];
            if (i >= m.Start && i < m.Start + m.Length) return m.Start + m.Length;
        }
        return null;
    }

    /// <summary>
    /// A number may start at <paramref name="i"/>: not inside a word or code, i.e. no letter or digit right before it,
    /// nor a letter or digit and one of <c>- . / _ +</c> (ids and UUIDs such as "AC915A6C-0522-4375"), nor a digit and
    /// ',' or ':' (decimals, times).
    /// </summary>
    private static bool StartsNumber(ReadOnlySpan<char> s, int i)
    {
        if (i == 0) return true;
        var prev = s[i - 1];
        if (char.IsLetterOrDigit(prev)) return false;
        if (i < 2) return true;
        var before = s[i - 2];
        return !(prev is '-' or '.' or '/' or '_' or '+' && char.IsLetterOrDigit(before) || prev is ',' or ':' && IsDigit(before));
    }

    /// <summary>
    /// A number may end at <paramref name="end"/>: no letter or digit right after it, nor one of <c>- / _ +</c> and a
    /// letter or digit, nor '.' or ',' and a digit (decimals).
    /// </summary>
    private static bool EndsNumber(ReadOnlySpan<char> s, int end)
    {
        if (end >= s.Length) return true;
        var next = s[end];
        if (char.IsLetterOrDigit(next)) return false;
        if (end + 1 >= s.Length) return true;
        var after = s[end + 1];
        return !(next is '-' or '/' or '_' or '+' && char.IsLetterOrDigit(after) || next is '.' or ',' && IsDigit(after));
    }

    private static int DigitRun(ReadOnlySpan<char> s, int i)
    {
        var k = i;
        while (k < s.Length && IsDigit(s[k])) k++;
        return k - i;
    }

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsLocal(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) return false;
        }
        return true;
    }
}
