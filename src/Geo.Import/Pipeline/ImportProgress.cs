namespace Geo.Import.Pipeline;

/// <summary>Progress of a running import: bytes of the file consumed and rows handled so far.</summary>
public readonly record struct ImportProgress(string Stage, long BytesRead, long TotalBytes, long Rows);
