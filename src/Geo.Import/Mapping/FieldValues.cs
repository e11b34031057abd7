using Geo.Formats;

namespace Geo.Import.Mapping;

/// <summary>Reads field text trimmed, with the profile's null markers (e.g. "NA") read as empty.</summary>
internal sealed class FieldValues(string[]? nullValues)
{
    private readonly string[] _nulls = nullValues ?? [];

    /// <summary>The trimmed text of field <paramref name="index"/>; empty when absent, null or a null marker.</summary>
    public ReadOnlySpan<char> Get(FeatureRow row, int index)
    {
        if (index < 0 || row.IsNull(index)) return default;
        var s = row.Span(index).Trim();
        foreach (var n in _nulls)
        {
            if (s.SequenceEqual(n)) return default;
        }
        return s;
    }
}
