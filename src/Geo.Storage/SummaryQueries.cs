using Geo.Core.Domain;
using Npgsql;

namespace Geo.Storage;

/// <summary>Counts shown by the status and summary commands.</summary>
/// <param name="dataSource">The Geo database.</param>
public sealed class SummaryQueries(NpgsqlDataSource dataSource)
{
    /// <summary>Incidents per category (only categories with incidents), most frequent first.</summary>
    public Task<IReadOnlyList<CategoryCount>> IncidentsByCategoryAsync(string studyAreaCode, CancellationToken ct = default) =>
        QueryAsync("summary_categories", studyAreaCode,
            r => new CategoryCount(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4)), ct);

    /// <summary>Resources per type, most frequent first.</summary>
    public Task<IReadOnlyList<ResourceTypeCount>> ResourcesByTypeAsync(string studyAreaCode, CancellationToken ct = default) =>
        QueryAsync("summary_resource_types", studyAreaCode, r => new ResourceTypeCount(r.GetString(0), r.GetInt64(1)), ct);

    /// <summary>Area sets with their area count and summed population, by name.</summary>
    public Task<IReadOnlyList<AreaSetSummary>> AreaSetsAsync(string studyAreaCode, CancellationToken ct = default) =>
        QueryAsync("summary_area_sets", studyAreaCode,
            r => new AreaSetSummary(r.GetString(0), r.GetString(1), r.GetInt64(2), r.IsDBNull(3) ? null : r.GetInt64(3)), ct);

    /// <summary>Import batches of the study area, oldest first.</summary>
    public async Task<IReadOnlyList<ImportBatch>> ImportBatchesAsync(string studyAreaCode, CancellationToken ct = default) =>
        (await ImportBatchSummariesAsync(studyAreaCode, ct).ConfigureAwait(false)).Select(s => s.Batch).ToArray();

    /// <summary>Import batches with their merge counts, oldest first.</summary>
    public Task<IReadOnlyList<ImportBatchSummary>> ImportBatchSummariesAsync(string studyAreaCode, CancellationToken ct = default) =>
        QueryAsync("summary_import_batches", studyAreaCode, r => new ImportBatchSummary(
            new ImportBatch(
                r.GetInt64(0), r.GetString(1), DbNames.ParseImportKind(r.GetString(2)), r.GetString(3), r.GetString(4), r.GetString(5),
                r.IsDBNull(6) ? null : r.GetString(6), r.GetInt64(7), r.GetInt64(8), r.GetInt64(9),
                r.GetFieldValue<DateTimeOffset>(10), r.IsDBNull(11) ? null : r.GetFieldValue<DateTimeOffset>(11), r.GetString(12)),
            new MergeCounts(r.GetInt64(13), r.GetInt64(14), r.GetInt64(15)),
            r.GetInt64(16)), ct);

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string resource, string studyAreaCode, Func<NpgsqlDataReader, T> map, CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand(SqlResources.Get(resource));
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<T>();
        while (await r.ReadAsync(ct).ConfigureAwait(false)) list.Add(map(r));
        return list;
    }
}
