using System.Text.Json;
using Geo.Core.Domain;
using Geo.Storage.Model;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// Bulk loads the areas of one area set: upserts the area_set row, binary COPY into a staging table, repair of invalid
/// polygons (ST_MakeValid), then one merge keyed on (study_area_code, area_set, code); stored as MultiPolygon. The caller
/// owns the connection and its transaction.
/// </summary>
public sealed class AreaLoader : StagingLoader<Area>
{
    private readonly AreaSet _set;

    private AreaLoader(NpgsqlConnection connection, StudyArea studyArea, AreaSet set) : base(connection, studyArea, "area") => _set = set;

    /// <summary>Upserts the area set (through the EF Core model), creates the staging table and starts the COPY (open transaction needed).</summary>
    public static async Task<AreaLoader> BeginAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, StudyArea studyArea, AreaSet set, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(studyArea);
        ArgumentNullException.ThrowIfNull(set);
        await using (var db = await GeoDbContext.OnConnectionAsync(connection, transaction, ct).ConfigureAwait(false))
        {
            var row = await db.AreaSets.FindAsync([studyArea.Code, set.Name], ct).ConfigureAwait(false);
            if (row is null) db.AreaSets.Add(new AreaSetEntity { StudyAreaCode = studyArea.Code, Name = set.Name, Kind = set.Kind, ValidFrom = set.ValidFrom, ValidTo = set.ValidTo });
            else (row.Kind, row.ValidFrom, row.ValidTo) = (set.Kind, set.ValidFrom, set.ValidTo);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        return await StartAsync(new AreaLoader(connection, studyArea, set), ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override string KeyColumns => "code";

    /// <inheritdoc />
    protected override string KeyText => "code";

    /// <inheritdoc />
    protected override string Columns => "code, name, geom, population, population_by_age, attributes";

    /// <summary>Staged rows whose invalid polygon was repaired, known after <see cref="StagingLoader{T}.CompleteAndMergeAsync"/>.</summary>
    public long Repaired { get; private set; }

    /// <inheritdoc />
    protected override void WriteRow(NpgsqlBinaryImporter imp, Area area)
    {
        imp.Write(area.Code, NpgsqlDbType.Text);
        WriteText(imp, area.Name);
        WriteGeometry(imp, area.Geometry);
        if (area.Population is { } p) imp.Write(p, NpgsqlDbType.Integer);
        else imp.WriteNull();
        WriteJson(imp, area.PopulationByAge is null ? null : JsonSerializer.Serialize(area.PopulationByAge));
        WriteJson(imp, area.Attributes);
    }

    /// <inheritdoc />
    /// <exception cref="GeoStorageException">A geometry has another SRID, is not polygonal, or is empty after repair.</exception>
    protected override async Task<MergeCounts> MergeAsync(NpgsqlConnection c, long importBatchId, CancellationToken ct)
    {
        Repaired = await RepairAndCheckAsync(c, ct).ConfigureAwait(false);
        return await MergeCountsAsync(c, SqlResources.Get("area_merge"), ct, StudyArea.Code, _set.Name, importBatchId).ConfigureAwait(false);
    }
}
