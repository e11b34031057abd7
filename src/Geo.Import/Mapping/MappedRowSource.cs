using Geo.Formats;

namespace Geo.Import.Mapping;

/// <summary>An <see cref="IRowSource{T}"/> that maps the rows of a format reader lazily, one at a time.</summary>
internal sealed class MappedRowSource<T>(IFeatureReader reader, IRowMapper<T> mapper, List<string> notices) : IRowSource<T>
    where T : class
{
    public string FileName => reader.FileName;

    public long TotalBytes => reader.TotalBytes;

    public long BytesRead => reader.BytesRead;

    public string? Sha256 => reader.Sha256;

    public IReadOnlyList<string> Notices => reader.Notices.Concat(notices).ToArray();

    public IEnumerable<RowResult<T>> Rows(CancellationToken cancellationToken = default) => Enumerate(cancellationToken);

    private IEnumerable<RowResult<T>> Enumerate(CancellationToken ct)
    {
        var issues = new RowIssues(reader.FileName);
        foreach (var row in reader.Read(ct))
        {
            issues.Row = row.Row;
            var value = mapper.Map(row, issues);
            yield return new RowResult<T>(row.Row, value, issues.Take());
        }
        mapper.Finish(notices);
    }

    public void Dispose() => reader.Dispose();
}
