using System.Globalization;
using Geo.Formats;

namespace Geo.Import.Mapping;

/// <summary>
/// An <see cref="IRowSource{T}"/> that maps the rows of a format reader lazily, one at a time. A ragged CSV row (more
/// or fewer fields than the header) is rejected here, before mapping, so that no mapper sees a row whose fields may have
/// slid into the wrong columns; extra fields that are all empty (a trailing delimiter) are tolerated.
/// </summary>
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
            var value = row.IsRagged && Ragged(row, issues) ? null : mapper.Map(row, issues);
            yield return new RowResult<T>(row.Row, value, issues.Take());
        }
        mapper.Finish(notices);
    }

    /// <summary>Reports a ragged row; false when it may still be mapped (only empty fields beyond the header's).</summary>
    private bool Ragged(FeatureRow row, RowIssues issues)
    {
        var found = row.FieldCount;
        var expected = row.ExpectedFieldCount;
        var fields = reader.Fields;
        if (found > expected)
        {
            var extra = Enumerable.Range(expected, found - expected).Select(i => row.Text(i)).ToList();
            if (extra.All(string.IsNullOrWhiteSpace)) return false;
            issues.Add($"column {expected + 1}", string.Join(" | ", extra), string.Create(CultureInfo.InvariantCulture,
                $"row has {found} fields but the header has {expected}: {found - expected} field(s) more than there are columns, most likely a delimiter inside a value that is not quoted; the fields cannot be matched to the columns, so the row is not loaded"),
                RejectAction.Rejected);
            return true;
        }

        var missing = fields.Skip(found).Take(expected - found).ToList();
        var named = string.Join(", ", missing.Take(5).Select(n => $"'{n}'")) + (missing.Count > 5 ? ", …" : "");
        issues.Add(found < fields.Count ? fields[found] : $"column {found + 1}", row.Text(found - 1), string.Create(CultureInfo.InvariantCulture,
            $"row has {found} field{(found == 1 ? "" : "s")} but the header has {expected}: {named} missing (a ragged row: a delimiter is missing, or a line break inside a value that is not quoted); the row is not loaded"),
            RejectAction.Rejected);
        return true;
    }

    public void Dispose() => reader.Dispose();
}
