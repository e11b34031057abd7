using Geo.Formats;

namespace Geo.Import.Mapping;

/// <summary>Maps one read row to a record (null when rejected), reporting issues.</summary>
internal interface IRowMapper<T> where T : class
{
    T? Map(FeatureRow row, RowIssues issues);

    /// <summary>Called once after the last row: adds summary notices (e.g. how many lat/lon pairs were swapped).</summary>
    void Finish(ICollection<string> notices);
}
