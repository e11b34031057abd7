namespace Geo.Import.Mapping;

/// <summary>Returns one shared string per distinct text (bounded), so repeated values cost no allocation.</summary>
internal sealed class StringPool(int capacity = 10_000)
{
    private readonly HashSet<string> _set = new(StringComparer.Ordinal);

    public string Get(ReadOnlySpan<char> text)
    {
        var lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var s)) return s;
        s = text.ToString();
        if (_set.Count < capacity) _set.Add(s);
        return s;
    }
}
