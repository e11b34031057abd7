namespace Geo.Sample;

/// <summary>One file written by the generator: name (relative to the output folder), rows (features) and bytes.</summary>
public sealed record SampleFile(string Name, long Rows, long Bytes);
