using Geo.Formats;

namespace Geo.Import.Mapping;

/// <summary>
/// Reads field text trimmed, with missing-value markers read as empty: by default <c>NA</c>, <c>NULL</c> and <c>N/A</c>
/// (what R, databases and spreadsheets write), or exactly the profile's <c>nullValues</c> when it gives them (an empty list
/// keeps "NA" as text). Markers compare case-insensitively.
/// </summary>
internal sealed class FieldValues(string[]? nullValues)
{
    /// <summary>The missing-value markers used when a profile gives none.</summary>
    public static readonly string[] DefaultNullValues = ["NA", "NULL", "N/A"];

    private readonly string[] _nulls = nullValues ?? DefaultNullValues;
    private readonly int _longest = (nullValues ?? DefaultNullValues).Select(n => n.Trim().Length).DefaultIfEmpty(0).Max();

    /// <summary>The trimmed text of field <paramref name="index"/>; empty when absent, null or a missing-value marker.</summary>
    public ReadOnlySpan<char> Get(FeatureRow row, int index)
    {
        if (index < 0 || row.IsNull(index)) return default;
        var s = row.Span(index).Trim();
        if (s.Length == 0 || s.Length > _longest) return s;
        foreach (var n in _nulls)
        {
            if (s.Equals(n.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase)) return default;
        }
        return s;
    }
}
