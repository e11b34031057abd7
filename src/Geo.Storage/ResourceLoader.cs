using Geo.Core.Domain;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// Bulk loads resources of one study area: binary COPY into a staging table, repair of invalid geometries (ST_MakeValid,
/// keeping the input's dimension), then one merge keyed on (study_area_code, source, source_id). The caller owns the
/// connection and its transaction.
/// </summary>
public sealed class ResourceLoader : StagingLoader<Resource>
{
    private ResourceLoader(NpgsqlConnection connection, StudyArea studyArea) : base(connection, studyArea, "resource") { }

    /// <summary>Creates the staging table and starts the COPY, on a connection with an open transaction.</summary>
    public static Task<ResourceLoader> BeginAsync(NpgsqlConnection connection, StudyArea studyArea, CancellationToken ct = default)
        => StartAsync(new ResourceLoader(connection, studyArea), ct);

    /// <inheritdoc />
    protected override string KeyColumns => "source, source_id";

    /// <inheritdoc />
    protected override string KeyText => "source_id";

    /// <inheritdoc />
    protected override string Columns => "source, source_id, type, name, geom, owner_agency, opening_hours, capacity, notes, attributes";

    /// <summary>Staged rows whose invalid geometry was repaired, known after <see cref="StagingLoader{T}.CompleteAndMergeAsync"/>.</summary>
    public long Repaired { get; private set; }

    /// <inheritdoc />
    protected override void WriteRow(NpgsqlBinaryImporter imp, Resource resource)
    {
        imp.Write(resource.Source, NpgsqlDbType.Text);
        imp.Write(resource.SourceId, NpgsqlDbType.Text);
        imp.Write(resource.Type, NpgsqlDbType.Text);
        WriteText(imp, resource.Name);
        WriteGeometry(imp, resource.Geometry);
        WriteText(imp, resource.OwnerAgency);
        WriteText(imp, resource.OpeningHours);
        if (resource.Capacity is { } cap) imp.Write(cap, NpgsqlDbType.Integer);
        else imp.WriteNull();
        WriteText(imp, resource.Notes);
        WriteJson(imp, resource.Attributes);
    }

    /// <inheritdoc />
    /// <exception cref="GeoStorageException">A geometry has another SRID, is empty after repair, or has a type resources cannot have.</exception>
    protected override async Task<MergeCounts> MergeAsync(NpgsqlConnection c, long importBatchId, CancellationToken ct)
    {
        Repaired = await RepairAndCheckAsync(c, ct).ConfigureAwait(false);
        return await MergeCountsAsync(c, SqlResources.Get("resource_merge"), ct, StudyArea.Code, importBatchId).ConfigureAwait(false);
    }
}
