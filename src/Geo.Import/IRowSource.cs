namespace Geo.Import;

/// <summary>
/// A streaming reader of one input file that yields validated, mapped and reprojected rows.
/// Reading is lazy and constant-memory: rows are produced as the file is read.
/// </summary>
public interface IRowSource<T> : IDisposable where T : class
{
    /// <summary>File name as given by the user (used in reject reports).</summary>
    string FileName { get; }

    /// <summary>Total size of the file in bytes (for progress).</summary>
    long TotalBytes { get; }

    /// <summary>Bytes consumed so far (for progress); may lag behind by one buffer.</summary>
    long BytesRead { get; }

    /// <summary>
    /// What was detected or defaulted and should be announced to the user: encoding, delimiter,
    /// decimal separator, source CRS, profile, swapped axes, ...
    /// </summary>
    IReadOnlyList<string> Notices { get; }

    /// <summary>The SHA-256 of the file once it has been read through (see <see cref="Geo.Formats.IFeatureReader.Sha256"/>), else null.</summary>
    string? Sha256 { get; }

    /// <summary>Reads the rows once, in file order.</summary>
    IEnumerable<RowResult<T>> Rows(CancellationToken cancellationToken = default);
}
