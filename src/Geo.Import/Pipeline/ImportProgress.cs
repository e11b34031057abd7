namespace Geo.Import.Pipeline;

/// <summary>
/// Progress of a running import: bytes of the file consumed and rows handled so far, and a message to show at once (e.g.
/// that the import waits for another one into the same study area).
/// </summary>
public readonly record struct ImportProgress(string Stage, long BytesRead, long TotalBytes, long Rows, string? Message = null);
