using Geo.Import.Pipeline;
using Geo.Planning.Causes;
using Geo.Planning.Database;
using Geo.Planning.Evaluation;
using Geo.Planning.Imports;
using Geo.Planning.Jobs;
using Geo.Planning.Keys;
using Geo.Planning.Plans;
using Geo.Planning.Reference;
using Geo.Planning.Runs;
using Geo.Planning.Samples;
using Geo.Planning.Stats;
using Geo.Planning.StudyAreas;
using Geo.Planning.Summaries;
using Geo.Planning.Tiles;
using Geo.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Geo.Planning;

/// <summary>
/// Wires Geo's application layer into a service container, once for both shells: the HTTP API's container and the
/// container the <c>geo</c> command builds. <see cref="AddGeo"/> registers what works on files alone (the statistics,
/// the sample generator, the database administration); <see cref="AddGeoDatabase"/> adds what needs an open database.
/// </summary>
public static class GeoServiceCollectionExtensions
{
    /// <summary>The services that need no database: settings, statistics on files and their outputs, samples, database administration.</summary>
    public static IServiceCollection AddGeo(this IServiceCollection services, GeoSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        services.AddSingleton<DatabaseService>();
        services.AddSingleton<SampleService>();
        services.AddSingleton<StatsFiles>();
        services.AddSingleton<StatsOutput>();
        services.AddSingleton<MoranOperation>();
        services.AddSingleton<LocalStatisticsOperation>();
        services.AddSingleton<KdeOperation>();
        services.AddSingleton<TrendOperation>();
        services.AddSingleton<EmergingOperation>();
        services.AddSingleton<ConcentrationOperation>();
        services.AddSingleton<ChangeOperation>();
        services.AddSingleton<DualKdeOperation>();
        return services;
    }

    /// <summary>
    /// The services on an open database: the database itself (its Npgsql data source with the NTS plugin and its EF Core
    /// context factory), the stores, and the study-area, summary, import and sample-import services.
    /// </summary>
    public static IServiceCollection AddGeoDatabase(this IServiceCollection services, GeoDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        services.AddSingleton(database);
        services.AddSingleton(database.DataSource);
        services.AddSingleton<IDbContextFactory<GeoDbContext>>(database);
        services.AddSingleton<StudyAreaStore>();
        services.AddSingleton<SummaryQueries>();
        services.AddSingleton<ImportRunner>();
        services.AddSingleton<StudyAreaService>();
        services.AddSingleton<SummaryService>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<SampleImportService>();
        services.AddSingleton<ReferenceStore>();
        services.AddSingleton<ReferenceService>();
        services.AddSingleton<RunStore>();
        services.AddSingleton<StudyAreaConfigStore>();
        services.AddSingleton<RunInputQueries>();
        services.AddSingleton<ResourceProximityQueries>();
        services.AddSingleton<HotspotIncidentQueries>();
        services.AddSingleton<AnalyzeService>();
        services.AddSingleton<RunsService>();
        services.AddSingleton<CauseService>();
        services.AddSingleton<PlanStore>();
        services.AddSingleton<PlanService>();
        services.AddSingleton<EvaluationQueries>();
        services.AddSingleton<EvaluationService>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<TileQueries>().AddSingleton<TileService>().TryAddSingleton(TileCacheSettings.Default);
        services.AddSingleton<StudyAreaQueries>();
        services.AddSingleton<StudyAreaCatalog>();
        services.AddSingleton<RunReadQueries>();
        services.AddSingleton<ExportQueries>().TryAddSingleton<AuditStore>();
        services.AddSingleton<RunRequestCheck>();
        services.AddSingleton<RunJobRegistry>();
        services.AddSingleton<Places.PlaceService>();
        services.AddSingleton<DisclosureStore>().AddSingleton<Exports.Release.RunReleaseService>();
        services.AddSingleton<Exports.ExportService>();
        return services;
    }
}
