namespace Geo.Import.Mapping;

/// <summary>Collects the issues of the row being mapped; allocates only when a row has issues.</summary>
internal sealed class RowIssues(string fileName)
{
    private List<Reject>? _list;

    public string FileName { get; } = fileName;

    public long Row { get; set; }

    public bool Any => _list is { Count: > 0 };

    public void Add(string field, ReadOnlySpan<char> value, string reason, RejectAction action) =>
        (_list ??= new List<Reject>(2)).Add(new Reject(FileName, Row, field, Truncate.Value(value), reason, action));

    /// <summary>The issues so far as an immutable list, and a fresh start for the next row.</summary>
    public IReadOnlyList<Reject> Take()
    {
        if (_list is not { Count: > 0 }) return Array.Empty<Reject>();
        var a = _list.ToArray();
        _list.Clear();
        return a;
    }
}
