using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Geo.Formats;

namespace Geo.Import.Mapping;

/// <summary>
/// Copies chosen columns into a JSON object text (string values; empty values left out). Values that look like a
/// personal identity number or an e-mail address are dropped and the column announced once.
/// </summary>
internal sealed class AttributeWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly (int Index, JsonEncodedText Name, string Raw)[] _columns;
    private readonly bool[] _flagged;
    private readonly FieldValues _values;
    private readonly ICollection<string> _notices;
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _writer;

    public AttributeWriter(IEnumerable<(int Index, string Name)> columns, FieldValues values, ICollection<string> notices)
    {
        _columns = columns.Select(c => (c.Index, JsonEncodedText.Encode(c.Name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping), c.Name)).ToArray();
        _flagged = new bool[_columns.Length];
        _values = values;
        _notices = notices;
        _writer = new Utf8JsonWriter(_buffer, Options);
    }

    public int Count => _columns.Length;

    /// <summary>
    /// Chooses the attribute columns. With <paramref name="explicitNames"/> (a profile's list) exactly those that exist
    /// (missing ones announced); otherwise every column not in <paramref name="used"/>, leaving out personal columns
    /// (announced once).
    /// </summary>
    public static List<(int, string)> Choose(ColumnSet columns, string[]? explicitNames, ISet<int> used, ICollection<string> notices)
    {
        var list = new List<(int, string)>();
        if (explicitNames is not null)
        {
            foreach (var n in explicitNames)
            {
                var i = columns.Find(n);
                if (i < 0) notices.Add($"attribute column '{n}' of the profile is not in the file: skipped");
                else list.Add((i, columns.Name(i)));
            }
            return list;
        }
        var dropped = new List<string>();
        for (var i = 0; i < columns.Names.Count; i++)
        {
            if (used.Contains(i) || string.IsNullOrWhiteSpace(columns.Names[i])) continue;
            if (PersonalData.IsPersonalColumn(columns.Names[i])) dropped.Add(columns.Names[i]);
            else list.Add((i, columns.Names[i]));
        }
        if (dropped.Count > 0)
            notices.Add($"warning: column(s) {string.Join(", ", dropped)} look personal (names, personal numbers, phone, e-mail): not loaded");
        return list;
    }

    /// <summary>The row's attributes as JSON object text, or null when none has a value.</summary>
    public string? Write(FeatureRow row)
    {
        if (_columns.Length == 0) return null;
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        var any = false;
        for (var k = 0; k < _columns.Length; k++)
        {
            var v = _values.Get(row, _columns[k].Index);
            if (v.IsEmpty) continue;
            if (PersonalData.LooksLikePersonnummer(v) || PersonalData.LooksLikeEmail(v))
            {
                if (!_flagged[k])
                {
                    _flagged[k] = true;
                    _notices.Add($"warning: column '{_columns[k].Raw}' holds values that look like personal numbers or e-mail addresses: those values are not loaded");
                }
                continue;
            }
            _writer.WriteString(_columns[k].Name, v);
            any = true;
        }
        _writer.WriteEndObject();
        _writer.Flush();
        return any ? Encoding.UTF8.GetString(_buffer.WrittenSpan) : null;
    }
}
