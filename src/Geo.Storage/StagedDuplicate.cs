namespace Geo.Storage;

/// <summary>A staged row whose key repeats another row's in the same load.</summary>
/// <param name="Row">The row's number in the file.</param>
/// <param name="Key">The repeated key as text (the source id, or the area code).</param>
/// <param name="FirstRow">The first row with this key.</param>
/// <param name="LastRow">The last row with this key.</param>
public sealed record StagedDuplicate(long Row, string Key, long FirstRow, long LastRow);
