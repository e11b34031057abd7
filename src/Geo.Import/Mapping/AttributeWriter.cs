using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Geo.Formats;

namespace Geo.Import.Mapping;

/// <summary>
/// Copies the chosen extra columns into a JSON object text (string values; empty values left out). Attributes are
/// opt-in: only the columns named by the profile's <c>attributes</c>/<c>freeTextAttributes</c> or by
/// <c>--keep-attributes</c>/<c>--allow-text</c> are kept, never a column whose name looks personal. Every kept value
/// is screened: one holding a personal identity or coordination number, a phone number or an e-mail address is not
/// stored, nor is free text from a column not allowed to hold it; each such value is a
/// <see cref="RejectAction.Warning"/> in the reject report with a masked value. See docs/import-formats.md.
/// </summary>
internal sealed class AttributeWriter
{
    private const string ProfileAttributes = "the profile's \"attributes\"";
    private const string ProfileFreeText = "the profile's \"freeTextAttributes\"";
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Column[] _columns;
    private readonly FieldValues _values;
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _writer;

    private AttributeWriter(Column[] columns, FieldValues values)
    {
        _columns = columns;
        _values = values;
        _writer = new Utf8JsonWriter(_buffer, Options);
    }

    public int Count => _columns.Length;

    /// <summary>The indexes of the kept columns (for the checks on stored text).</summary>
    public IEnumerable<int> ColumnIndexes => _columns.Select(c => c.Index);

    /// <summary>
    /// Chooses the attribute columns: those the profile (<c>attributes</c>, <c>freeTextAttributes</c>) and the user
    /// (<see cref="ImportOptions.KeepAttributes"/>, <see cref="ImportOptions.AllowText"/>) name. The other columns not in
    /// <paramref name="used"/> are announced in one notice, with how to keep them.
    /// </summary>
    /// <exception cref="ArgumentException">A named column looks personal (names, personal numbers, phone, e-mail).</exception>
    /// <exception cref="InputFormatException">A column named with --keep-attributes or --allow-text is not in the file.</exception>
    public static AttributeWriter Create(ColumnSet columns, ImportOptions options, ISet<int> used, FieldValues values, ICollection<string> notices)
    {
        var p = options.Profile;
        var requested = new List<(string Name, string From, bool FreeText)>();
        foreach (var n in p?.Attributes ?? []) requested.Add((n, ProfileAttributes, false));
        foreach (var n in options.KeepAttributes ?? []) requested.Add((n, "--keep-attributes", false));
        foreach (var n in p?.FreeTextAttributes ?? []) requested.Add((n, ProfileFreeText, true));
        foreach (var n in options.AllowText ?? []) requested.Add((n, "--allow-text", true));

        var chosen = new List<Column>();
        foreach (var (name, from, freeText) in requested)
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            if (PersonalData.IsPersonalColumn(name))
                throw new ArgumentException($"Column '{name}' ({from}) looks personal (a name, personal identity number, phone number or e-mail address): such columns are never loaded. Remove it from {from}.");
            var i = columns.Find(name);
            if (i < 0)
            {
                if (from is ProfileAttributes or ProfileFreeText)
                {
                    notices.Add($"{(freeText ? "free-text attribute" : "attribute")} column '{name}' of the profile is not in the file: skipped");
                    continue;
                }
                throw columns.Missing(name, $"an attribute column named with {from}");
            }
            if (chosen.Find(c => c.Index == i) is { } known) known.AllowText |= freeText;
            else chosen.Add(new Column(i, columns.Name(i), freeText));
        }

        var leftOut = new List<string>();
        var personal = new List<string>();
        for (var i = 0; i < columns.Names.Count; i++)
        {
            var name = columns.Names[i];
            if (used.Contains(i) || string.IsNullOrWhiteSpace(name) || chosen.Exists(c => c.Index == i)) continue;
            (PersonalData.IsPersonalColumn(name) ? personal : leftOut).Add(name);
        }
        var parts = new List<string>(2);
        if (leftOut.Count > 0)
            parts.Add($"column(s) {string.Join(", ", leftOut)} not loaded (attributes are opt-in: keep them with --keep-attributes {Quote(string.Join(",", leftOut))}"
                      + (p is null ? ")" : $" or {ProfileAttributes})"));
        if (personal.Count > 0)
            parts.Add($"column(s) {string.Join(", ", personal)} look personal (names, personal numbers, phone, e-mail): never loaded");
        if (parts.Count > 0) notices.Add(string.Join("; ", parts));
        return new AttributeWriter(chosen.ToArray(), values);
    }

    /// <summary>
    /// The row's attributes as JSON object text, or null when none has a value. Values with personal data and
    /// free text not allowed are left out, each with a <see cref="RejectAction.Warning"/> in <paramref name="issues"/>.
    /// </summary>
    public string? Write(FeatureRow row, RowIssues issues)
    {
        if (_columns.Length == 0) return null;
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        var any = false;
        foreach (var c in _columns)
        {
            var v = _values.Get(row, c.Index);
            if (v.IsEmpty) continue;
            if (PersonalData.Find(v) is { } found)
            {
                var kinds = PersonalDataKind.None;
                foreach (var m in found) kinds |= m.Kind;
                c.PersonalCount++;
                c.Kinds |= kinds;
                issues.Add(c.Raw, Mask(v, found), $"{PersonalData.Describe(kinds)} in {c.Raw}: value not loaded (personal data is never stored)", RejectAction.Warning);
                continue;
            }
            if (!c.AllowText && FreeText.Check(v) is { } why)
            {
                c.FreeTextCount++;
                issues.Add(c.Raw, $"[removed: free text, {v.Length} characters]",
                    $"free text in {c.Raw} ({why}): value not loaded; --allow-text {Quote(c.Raw)} or the profile's \"freeTextAttributes\" keeps such values (still screened for personal data)",
                    RejectAction.Warning);
                continue;
            }
            _writer.WriteString(c.Name, v);
            any = true;
        }
        _writer.WriteEndObject();
        _writer.Flush();
        return any ? Encoding.UTF8.GetString(_buffer.WrittenSpan) : null;
    }

    /// <summary>One warning per column whose values were left out.</summary>
    public void Finish(ICollection<string> notices)
    {
        foreach (var c in _columns)
        {
            if (c.PersonalCount > 0)
                notices.Add($"warning: column '{c.Raw}': {c.PersonalCount:N0} value(s) with personal data ({PersonalData.Describe(c.Kinds)}) not loaded; each is in the reject report (masked)");
            if (c.FreeTextCount > 0)
                notices.Add($"warning: column '{c.Raw}': {c.FreeTextCount:N0} free-text value(s) (over {FreeText.MaxLength} characters or narrative) not loaded; --allow-text {Quote(c.Raw)} keeps them");
        }
    }

    /// <summary>"[removed: ######-####]": the shape of each personal fragment (at most three), nothing of its content or of the text around it.</summary>
    private static string Mask(ReadOnlySpan<char> value, List<PersonalDataMatch> found)
    {
        var sb = new StringBuilder("[removed: ");
        for (var k = 0; k < found.Count && k < 3; k++)
        {
            if (k > 0) sb.Append(", ");
            sb.Append(PersonalData.Shape(value.Slice(found[k].Start, found[k].Length)));
        }
        if (found.Count > 3) sb.Append(", …");
        return sb.Append(']').ToString();
    }

    private static string Quote(string s) => s.AsSpan().IndexOfAny(" \"'$;&|<>()") >= 0 ? "\"" + s.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : s;

    private sealed class Column(int index, string raw, bool allowText)
    {
        public int Index { get; } = index;
        public string Raw { get; } = raw;
        public JsonEncodedText Name { get; } = JsonEncodedText.Encode(raw, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public bool AllowText { get; set; } = allowText;
        public long PersonalCount { get; set; }
        public long FreeTextCount { get; set; }
        public PersonalDataKind Kinds { get; set; }
    }
}
