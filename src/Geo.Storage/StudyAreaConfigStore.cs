using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>A study area's analysis settings (<c>study_area_config</c>: the JSON of <c>geo analyze --config</c>), read and replaced whole.</summary>
/// <param name="database">The Geo database.</param>
public sealed class StudyAreaConfigStore(GeoDatabase database)
{
    /// <summary>The settings as JSON text (as PostgreSQL normalises jsonb), or null when none are stored.</summary>
    public async Task<string?> GetAsync(string studyAreaCode, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("study_area_config_get"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode });
        return await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
    }

    /// <summary>Stores (inserts or replaces) the settings, a JSON text; the database refuses text that is not JSON.</summary>
    public async Task SetAsync(string studyAreaCode, string configJson, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(configJson);
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("study_area_config_set"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode });
        cmd.Parameters.Add(new NpgsqlParameter { Value = configJson, NpgsqlDbType = NpgsqlDbType.Text });
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
