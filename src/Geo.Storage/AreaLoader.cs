using System.Text.Json;
using Geo.Core.Domain;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// Bulk loads the areas of one area set: upserts the area_set row, binary COPY into a staging table,
/// repair of invalid polygons (ST_MakeValid), then one merge keyed on (study_area_code, area_set, code);
/// stored as MultiPolygon. The caller owns the connection and its transaction.
/// </summary>
public sealed class AreaLoader : IAsyncDisposable
{
    private const string Columns = "row_no, code, name, geom, population, population_by_age, attributes";

    private readonly StagingCopy _stage;
    private readonly StudyArea _studyArea;
    private readonly AreaSet _set;
    private readonly NpgsqlBinaryImporter _importer;

    private AreaLoader(StagingCopy stage, StudyArea studyArea, AreaSet set)
    {
        _stage = stage;
        _studyArea = studyArea;
        _set = set;
        _importer = stage.Importer;
    }

    /// <summary>Upserts the area set, creates the staging table and starts the COPY (open transaction needed).</summary>
    public static async Task<AreaLoader> BeginAsync(NpgsqlConnection connection, StudyArea studyArea, AreaSet set, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(studyArea);
        ArgumentNullException.ThrowIfNull(set);
        await using (var cmd = new NpgsqlCommand(SqlResources.Get("area_set_upsert"), connection))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = studyArea.Code });
            cmd.Parameters.Add(new NpgsqlParameter { Value = set.Name });
            cmd.Parameters.Add(new NpgsqlParameter { Value = set.Kind });
            cmd.Parameters.Add(new NpgsqlParameter { Value = set.ValidFrom is { } f ? f : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date });
            cmd.Parameters.Add(new NpgsqlParameter { Value = set.ValidTo is { } t ? t : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date });
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        var stage = await StagingCopy.BeginAsync(connection, "geo_area_stage", "area_stage_create", Columns, ct).ConfigureAwait(false);
        return new AreaLoader(stage, studyArea, set);
    }

    /// <summary>Rows added so far (duplicates included).</summary>
    public long Count { get; private set; }

    /// <summary>Staged rows whose invalid polygon was repaired, known after <see cref="CompleteAndMergeAsync"/>.</summary>
    public long Repaired { get; private set; }

    /// <summary>Writes one staging row; <paramref name="row"/> orders duplicate codes (the highest wins).</summary>
    public void Add(Area area, long row)
    {
        ArgumentNullException.ThrowIfNull(area);
        var imp = _importer;
        imp.StartRow();
        imp.Write(row, NpgsqlDbType.Bigint);
        imp.Write(area.Code, NpgsqlDbType.Text);
        ResourceLoader.WriteText(imp, area.Name);
        imp.Write(Ewkb.Write(area.Geometry, _studyArea.Srid), NpgsqlDbType.Bytea);
        if (area.Population is { } p) imp.Write(p, NpgsqlDbType.Integer);
        else imp.WriteNull();
        if (area.PopulationByAge is null) imp.WriteNull();
        else imp.Write(JsonSerializer.Serialize(area.PopulationByAge), NpgsqlDbType.Jsonb);
        if (area.Attributes is null) imp.WriteNull();
        else imp.Write(area.Attributes, NpgsqlDbType.Jsonb);
        Count++;
    }

    /// <summary>Ends the COPY, repairs, checks and merges; returns new / updated / unchanged counts.</summary>
    /// <exception cref="GeoStorageException">A geometry has another SRID, is not polygonal, or is empty after repair.</exception>
    public Task<MergeCounts> CompleteAndMergeAsync(long importBatchId, CancellationToken ct = default) =>
        _stage.CompleteAndRunAsync(async (c, t) =>
        {
            Repaired = await StagingCopy.RepairAndCheckAsync(c, SqlResources.Get("area_repair"), SqlResources.Get("area_check"), _studyArea.Srid, "areas", t).ConfigureAwait(false);
            return await StagingCopy.MergeCountsAsync(c, SqlResources.Get("area_merge"), t, _studyArea.Code, _set.Name, importBatchId).ConfigureAwait(false);
        }, ct);

    /// <summary>Cancels an unfinished COPY; roll back the transaction afterwards.</summary>
    public ValueTask DisposeAsync() => _stage.DisposeAsync();
}
