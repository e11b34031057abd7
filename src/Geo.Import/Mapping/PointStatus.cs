namespace Geo.Import.Mapping;

/// <summary>What <see cref="PointReader"/> made of a row's location.</summary>
internal enum PointStatus
{
    /// <summary>A point in the study area (possibly with a warning).</summary>
    Ok,
    /// <summary>No usable location: empty or withheld (reported with the reader's missing action).</summary>
    Missing,
    /// <summary>The row is rejected (unparsable or outside the study area).</summary>
    Rejected,
}
