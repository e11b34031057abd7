using System.Globalization;
using Geo.Formats;

namespace Geo.Import.Mapping;

/// <summary>
/// Checks the text a row would store before the database sees it, so that a bad value becomes a reject of its row naming
/// the field instead of failing the whole import with a PostgreSQL error:
/// <list type="bullet">
/// <item>text the reader could not read faithfully (<see cref="FeatureRow.TextProblem"/>: mixed encodings, an unpaired
/// surrogate escape in JSON);</item>
/// <item>a NUL character (PostgreSQL text cannot hold it: "22021 invalid byte sequence", in JSON "22P05");</item>
/// <item>an unpaired UTF-16 surrogate (not Unicode text: it cannot be written as UTF-8);</item>
/// <item>ids (source id, source, area code) longer than <see cref="MaxIdLength"/> characters (the unique btree index on
/// (study_area_code, source, source_id) holds at most about 2,700 bytes: "54000 index row size exceeds maximum") and other
/// text longer than <see cref="MaxTextLength"/>.</item>
/// </list>
/// </summary>
internal sealed class StoredText
{
    /// <summary>Longest id, source name or area code accepted, in characters (UTF-16 code units; at most 768 bytes of UTF-8).</summary>
    public const int MaxIdLength = 256;

    /// <summary>Longest other text accepted (names, notes, categories, attribute values), in characters.</summary>
    public const int MaxTextLength = 10_000;

    private readonly (int Index, string Name, int Max, string What)[] _columns;

    /// <param name="columns">The file's columns.</param>
    /// <param name="ids">Columns whose values become keys (ids, source, area codes).</param>
    /// <param name="texts">Other columns whose values are stored (names, notes, categories, attributes).</param>
    public StoredText(ColumnSet columns, IEnumerable<int> ids, IEnumerable<int> texts)
    {
        var list = new List<(int, string, int, string)>();
        var seen = new HashSet<int>();
        foreach (var i in ids)
            if (i >= 0 && seen.Add(i)) list.Add((i, columns.Name(i), MaxIdLength, "ids"));
        foreach (var i in texts)
            if (i >= 0 && seen.Add(i)) list.Add((i, columns.Name(i), MaxTextLength, "text values"));
        _columns = [.. list.OrderBy(c => c.Item1)];
    }

    /// <summary>Checks the stored fields of <paramref name="row"/>; false (with one rejected issue per bad field) when the row must not be loaded.</summary>
    public bool Check(FeatureRow row, FieldValues values, RowIssues issues)
    {
        var ok = true;
        foreach (var (index, name, max, what) in _columns)
        {
            var v = values.Get(row, index);
            if (row.HasTextProblems && row.TextProblem(index) is { } problem)
            {
                issues.Add(name, v, $"{name} {problem}; the row is not loaded", RejectAction.Rejected);
                ok = false;
                continue;
            }
            if (v.IsEmpty) continue;
            var nul = v.IndexOf('\0');
            if (nul >= 0)
            {
                issues.Add(name, v, $"{name} contains a NUL character (byte 0x00) at position {nul + 1}, which a database text cannot hold: the file is probably damaged or partly binary; the row is not loaded", RejectAction.Rejected);
                ok = false;
                continue;
            }
            if (UnpairedSurrogate(v) is var s and >= 0)
            {
                issues.Add(name, v, $"{name} contains an unpaired UTF-16 surrogate (U+{(int)v[s]:X4}) at position {s + 1}, which is not valid Unicode text; the row is not loaded", RejectAction.Rejected);
                ok = false;
                continue;
            }
            if (v.Length > max)
            {
                issues.Add(name, v, string.Create(CultureInfo.InvariantCulture,
                    $"{name} is {v.Length:N0} characters long; {what} may have at most {max:N0}{(max == MaxIdLength ? " (the database's unique index on source and id cannot hold longer keys)" : "")}; the row is not loaded"),
                    RejectAction.Rejected);
                ok = false;
            }
        }
        return ok;
    }

    /// <summary>Index of the first surrogate that is not part of a pair, or -1.</summary>
    internal static int UnpairedSurrogate(ReadOnlySpan<char> s)
    {
        var i = s.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0) return -1;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            return i;
        }
        return -1;
    }
}
