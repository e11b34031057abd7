namespace Geo.Import.Mapping;

/// <summary>
/// Spots free text in an attribute value: narratives and descriptions may name or describe people, so they are kept only
/// from columns explicitly allowed as free text. A value is free text when it is longer than <see cref="MaxLength"/>
/// characters, or when it reads as prose: at least half of its words (white-space separated tokens with a letter) start
/// with a lower-case letter (so names and titles in Title Case or capitals, "Budget Rent A Car Systems, Inc.", are not
/// prose), it has at least <see cref="NarrativeWords"/> words, and a sentence ends in it ('.', '!' or '?' right after
/// two letters, followed by white space or the end of the value). Prose without sentence punctuation under the length
/// limit is not caught: the rule is deliberately simple. See docs/import-formats.md.
/// </summary>
internal static class FreeText
{
    /// <summary>Longest attribute value kept from a column not allowed as free text.</summary>
    public const int MaxLength = ImportOptions.FreeTextMaxLength;

    /// <summary>Words (white-space separated tokens with a letter) from which a value with a sentence end is prose.</summary>
    public const int NarrativeWords = 6;

    /// <summary>Why <paramref name="s"/> is free text ("312 characters, more than 200"), or null when it is not.</summary>
    public static string? Check(ReadOnlySpan<char> s)
    {
        if (s.Length > MaxLength) return $"{s.Length} characters, more than {MaxLength}";
        var (words, lower) = Words(s);
        return words >= NarrativeWords && lower * 2 >= words && HasSentenceEnd(s) ? $"{words} words with sentence punctuation" : null;
    }

    /// <summary>Words (white-space separated tokens with a letter), and how many of them start with a lower-case letter.</summary>
    private static (int Words, int Lower) Words(ReadOnlySpan<char> s)
    {
        int words = 0, lower = 0;
        var inWord = false;
        var hasLetter = false;
        var firstLetterLower = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && hasLetter)
                {
                    words++;
                    if (firstLetterLower) lower++;
                }
                inWord = hasLetter = firstLetterLower = false;
                continue;
            }
            inWord = true;
            if (char.IsLetter(c) && !hasLetter)
            {
                hasLetter = true;
                firstLetterLower = char.IsLower(c);
            }
        }
        if (inWord && hasLetter)
        {
            words++;
            if (firstLetterLower) lower++;
        }
        return (words, lower);
    }

    private static bool HasSentenceEnd(ReadOnlySpan<char> s)
    {
        for (var i = 1; i < s.Length; i++)
        {
            if (s[i] is '.' or '!' or '?' && i >= 2 && char.IsLetter(s[i - 1]) && char.IsLetter(s[i - 2])
                && (i + 1 == s.Length || char.IsWhiteSpace(s[i + 1]))) return true;
        }
        return false;
    }
}
