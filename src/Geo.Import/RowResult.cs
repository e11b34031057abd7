namespace Geo.Import;

/// <summary>
/// One row read from a source file: the value to load (null when the row is rejected) and any issues
/// reported for it. A row with <see cref="Value"/> set may still carry warnings, repairs or
/// <see cref="RejectAction.KeptWithoutLocation"/>.
/// </summary>
public readonly record struct RowResult<T>(long Row, T? Value, IReadOnlyList<Reject> Issues) where T : class
{
    public bool IsRejected => Value is null;

    public static RowResult<T> Ok(long row, T value) => new(row, value, Array.Empty<Reject>());
}
