using Geo.Core.Domain;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// Bulk loads resources of one study area: binary COPY into a staging table, repair of invalid
/// geometries (ST_MakeValid, keeping the input's dimension), then one merge keyed on
/// (study_area_code, source, source_id). The caller owns the connection and its transaction.
/// </summary>
public sealed class ResourceLoader : IAsyncDisposable
{
    private const string Columns = "row_no, source, source_id, type, name, geom, owner_agency, opening_hours, capacity, notes, attributes";

    private readonly StagingCopy _stage;
    private readonly StudyArea _studyArea;
    private readonly NpgsqlBinaryImporter _importer;

    private ResourceLoader(StagingCopy stage, StudyArea studyArea)
    {
        _stage = stage;
        _studyArea = studyArea;
        _importer = stage.Importer;
    }

    /// <summary>Creates the staging table and starts the COPY, on a connection with an open transaction.</summary>
    public static async Task<ResourceLoader> BeginAsync(NpgsqlConnection connection, StudyArea studyArea, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(studyArea);
        var stage = await StagingCopy.BeginAsync(connection, "geo_resource_stage", "resource_stage_create", Columns, ct).ConfigureAwait(false);
        return new ResourceLoader(stage, studyArea);
    }

    /// <summary>Rows added so far (duplicates included).</summary>
    public long Count { get; private set; }

    /// <summary>Staged rows whose invalid geometry was repaired, known after <see cref="CompleteAndMergeAsync"/>.</summary>
    public long Repaired { get; private set; }

    /// <summary>Writes one staging row; <paramref name="row"/> orders duplicates (the highest wins).</summary>
    public void Add(Resource resource, long row)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var imp = _importer;
        imp.StartRow();
        imp.Write(row, NpgsqlDbType.Bigint);
        imp.Write(resource.Source, NpgsqlDbType.Text);
        imp.Write(resource.SourceId, NpgsqlDbType.Text);
        imp.Write(resource.Type, NpgsqlDbType.Text);
        WriteText(imp, resource.Name);
        imp.Write(Ewkb.Write(resource.Geometry, _studyArea.Srid), NpgsqlDbType.Bytea);
        WriteText(imp, resource.OwnerAgency);
        WriteText(imp, resource.OpeningHours);
        if (resource.Capacity is { } cap) imp.Write(cap, NpgsqlDbType.Integer);
        else imp.WriteNull();
        WriteText(imp, resource.Notes);
        if (resource.Attributes is null) imp.WriteNull();
        else imp.Write(resource.Attributes, NpgsqlDbType.Jsonb);
        Count++;
    }

    /// <summary>Ends the COPY, repairs, checks and merges; returns new / updated / unchanged counts.</summary>
    /// <exception cref="GeoStorageException">A geometry has another SRID, is empty after repair, or has a type resources cannot have.</exception>
    public Task<MergeCounts> CompleteAndMergeAsync(long importBatchId, CancellationToken ct = default) =>
        _stage.CompleteAndRunAsync(async (c, t) =>
        {
            Repaired = await StagingCopy.RepairAndCheckAsync(c, SqlResources.Get("resource_repair"), SqlResources.Get("resource_check"), _studyArea.Srid, "resources", t).ConfigureAwait(false);
            return await StagingCopy.MergeCountsAsync(c, SqlResources.Get("resource_merge"), t, _studyArea.Code, importBatchId).ConfigureAwait(false);
        }, ct);

    /// <summary>Cancels an unfinished COPY; roll back the transaction afterwards.</summary>
    public ValueTask DisposeAsync() => _stage.DisposeAsync();

    internal static void WriteText(NpgsqlBinaryImporter imp, string? value)
    {
        if (value is null) imp.WriteNull();
        else imp.Write(value, NpgsqlDbType.Text);
    }
}
