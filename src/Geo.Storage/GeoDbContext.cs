using System.Text;
using Geo.Core.Domain;
using Geo.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql;

namespace Geo.Storage;

/// <summary>
/// The domain model on EF Core 10 with the Npgsql provider and its NetTopologySuite plugin: study areas, the taxonomy and
/// source mappings, import batches, area sets and areas, resources, incidents for reading, and the analysis runs with their
/// results (written by <see cref="RunStore"/>'s binary COPY, read here). The versioned
/// <c>Migrations/*.sql</c> own the schema (triggers, checks, indexes); this model maps onto it by column name and never
/// migrates, and a storage test compares it with the migrated database so the two cannot drift.
/// </summary>
/// <remarks>
/// Reads and small writes go through the context (spatial LINQ such as <c>Geom.IsWithinDistance(p, d)</c> becomes
/// <c>ST_DWithin</c>); aggregations, tiles and merges stay SQL in <c>Sql/*.sql</c>, and bulk loads stay binary COPY.
/// </remarks>
public sealed class GeoDbContext(DbContextOptions<GeoDbContext> options) : DbContext(options)
{
    public DbSet<StudyAreaEntity> StudyAreas => Set<StudyAreaEntity>();
    public DbSet<CategoryEntity> Categories => Set<CategoryEntity>();
    public DbSet<CategoryMappingEntity> CategoryMappings => Set<CategoryMappingEntity>();
    public DbSet<ImportBatchEntity> ImportBatches => Set<ImportBatchEntity>();
    public DbSet<IncidentEntity> Incidents => Set<IncidentEntity>();
    public DbSet<ResourceEntity> Resources => Set<ResourceEntity>();
    public DbSet<AreaSetEntity> AreaSets => Set<AreaSetEntity>();
    public DbSet<AreaEntity> Areas => Set<AreaEntity>();
    public DbSet<StudyAreaConfigEntity> StudyAreaConfigs => Set<StudyAreaConfigEntity>();
    public DbSet<AnalysisRunEntity> AnalysisRuns => Set<AnalysisRunEntity>();
    public DbSet<AnalysisRunBatchEntity> AnalysisRunBatches => Set<AnalysisRunBatchEntity>();
    public DbSet<RunAreaIndicatorEntity> RunAreaIndicators => Set<RunAreaIndicatorEntity>();
    public DbSet<RunCellEntity> RunCells => Set<RunCellEntity>();
    public DbSet<RunHotspotEntity> RunHotspots => Set<RunHotspotEntity>();
    public DbSet<RunPriorityEntity> RunPriorities => Set<RunPriorityEntity>();
    public DbSet<ReferenceLoadEntity> ReferenceLoads => Set<ReferenceLoadEntity>();
    public DbSet<ReferenceRateEntity> ReferenceRates => Set<ReferenceRateEntity>();
    public DbSet<PlanEntity> Plans => Set<PlanEntity>();
    public DbSet<PlanRowEntity> PlanRows => Set<PlanRowEntity>();
    public DbSet<PlanRowEventEntity> PlanRowEvents => Set<PlanRowEventEntity>();
    public DbSet<ApiKeyEntity> ApiKeys => Set<ApiKeyEntity>();
    public DbSet<AuditLogEntity> AuditLog => Set<AuditLogEntity>();

    /// <summary>The provider configuration, declared once: Npgsql on Geo's data source with the NetTopologySuite plugin.</summary>
    public static void Configure(DbContextOptionsBuilder builder, NpgsqlDataSource dataSource) =>
        builder.UseNpgsql(dataSource, o => o.UseNetTopologySuite());

    /// <summary>
    /// A context on an open connection that already has a transaction (an import's): its reads and writes take part in
    /// that transaction. Dispose it before the connection.
    /// </summary>
    public static async Task<GeoDbContext> OnConnectionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct = default)
    {
        var options = new DbContextOptionsBuilder<GeoDbContext>().UseNpgsql(connection, o => o.UseNetTopologySuite()).Options;
        var context = new GeoDbContext(options);
        await context.Database.UseTransactionAsync(transaction, ct).ConfigureAwait(false);
        return context;
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<StudyAreaEntity>(e =>
        {
            e.ToTable("study_area").HasKey(x => x.Code);
            e.Property(x => x.Boundary).HasColumnType("geometry(MultiPolygon)");
            e.Property(x => x.CreatedAt).ValueGeneratedOnAdd();
            e.Property(x => x.UpdatedAt).ValueGeneratedOnAdd();
        });
        b.Entity<CategoryEntity>(e => e.ToTable("category").HasKey(x => x.Code));
        b.Entity<CategoryMappingEntity>(e => e.ToTable("category_mapping").HasKey(x => new { x.Source, x.SourceCode }));
        b.Entity<ImportBatchEntity>(e =>
        {
            e.ToTable("import_batch").HasKey(x => x.Id);
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Kind).HasConversion(v => v.Code(), s => Codes.ImportKind.Parse(s));
            e.Property(x => x.Sha256).HasColumnType("character(64)");
        });
        b.Entity<IncidentEntity>(e =>
        {
            e.ToTable("incident").HasKey(x => new { x.StudyAreaCode, x.Id });
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.TimePrecision).HasConversion(v => v.Code(), s => Codes.TimePrecision.Parse(s));
            e.Property(x => x.LocationPrecision).HasConversion(v => v.Code(), s => Codes.LocationPrecision.Parse(s));
            e.Property(x => x.Geom).HasColumnType("geometry(Point)");
            Json(e.Property(x => x.Attributes));
        });
        b.Entity<ResourceEntity>(e =>
        {
            e.ToTable("resource").HasKey(x => new { x.StudyAreaCode, x.Id });
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Geom).HasColumnType("geometry");
            Json(e.Property(x => x.Attributes));
        });
        b.Entity<AreaSetEntity>(e => e.ToTable("area_set").HasKey(x => new { x.StudyAreaCode, x.Name }));
        b.Entity<AreaEntity>(e =>
        {
            e.ToTable("area").HasKey(x => new { x.StudyAreaCode, x.AreaSet, x.Code });
            e.Property(x => x.Geom).HasColumnType("geometry(MultiPolygon)");
            Json(e.Property(x => x.PopulationByAge));
            Json(e.Property(x => x.Attributes));
        });
        b.Entity<ReferenceLoadEntity>(e =>
        {
            e.ToTable("reference_load").HasKey(x => x.Id);
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.EventsSha256).HasColumnType("character(64)");
            e.Property(x => x.RowsLeftOut).HasColumnType("jsonb");
            e.Property(x => x.LoadedAt).ValueGeneratedOnAdd();
        });
        b.Entity<ReferenceRateEntity>(e =>
        {
            e.ToTable("reference_rate").HasKey(x => new { x.Source, x.Level, x.Code, x.Year, x.CategoryGroup });
            e.Property(x => x.Per100000).HasColumnName("per_100000");
            e.Property(x => x.Per100000Year).HasColumnName("per_100000_year");
        });

        // Analysis runs (migration 0004): results are written by RunStore's binary COPY and read through the model.
        b.Entity<StudyAreaConfigEntity>(e =>
        {
            e.ToTable("study_area_config").HasKey(x => x.StudyAreaCode);
            Json(e.Property(x => x.Config));
            e.Property(x => x.UpdatedAt).ValueGeneratedOnAdd();
        });
        b.Entity<AnalysisRunEntity>(e =>
        {
            e.ToTable("analysis_run").HasKey(x => new { x.StudyAreaCode, x.Id });
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            Json(e.Property(x => x.Parameters));
            Json(e.Property(x => x.Notices));
            Json(e.Property(x => x.Steps));
            Json(e.Property(x => x.DataQuality));
            Json(e.Property(x => x.Reference));
            e.Property(x => x.InputFingerprint).HasColumnType("character(64)");
            e.Property(x => x.CreatedAt).ValueGeneratedOnAdd();
        });
        b.Entity<AnalysisRunBatchEntity>(e => e.ToTable("analysis_run_batch").HasKey(x => new { x.StudyAreaCode, x.RunId, x.ImportBatchId }));
        b.Entity<RunAreaIndicatorEntity>(e =>
        {
            e.ToTable("run_area_indicator").HasKey(x => new { x.StudyAreaCode, x.RunId, x.AreaCode, x.CategoryGroup });
            // Digits after a word keep their underscore in these column names (the snake_case rule below would drop it).
            e.Property(x => x.RatePer1000).HasColumnName("rate_per_1000");
            e.Property(x => x.RatePer100000).HasColumnName("rate_per_100000");
            e.Property(x => x.RateEbPer1000).HasColumnName("rate_eb_per_1000");
            e.Property(x => x.HotShare90).HasColumnName("hot_share_90");
            e.Property(x => x.HotShare95).HasColumnName("hot_share_95");
            e.Property(x => x.HotShare99).HasColumnName("hot_share_99");
            Json(e.Property(x => x.TimePrecision));
            Json(e.Property(x => x.Sources));
            Json(e.Property(x => x.NearestResources));
            Json(e.Property(x => x.ResourcesWithin));
            e.Property(x => x.Geom).HasColumnType("geometry(MultiPolygon)");
        });
        b.Entity<RunCellEntity>(e =>
        {
            e.ToTable("run_cell").HasKey(x => new { x.StudyAreaCode, x.RunId, x.CellId });
            e.Property(x => x.Geom).HasColumnType("geometry(Polygon)");
        });
        b.Entity<RunHotspotEntity>(e =>
        {
            e.ToTable("run_hotspot").HasKey(x => new { x.StudyAreaCode, x.RunId, x.HotspotId });
            Json(e.Property(x => x.DominantCategories));
            Json(e.Property(x => x.Peak));
            Json(e.Property(x => x.NearestResources));
            Json(e.Property(x => x.ResourcesWithin));
            Json(e.Property(x => x.UncoveredWindows));
            e.Property(x => x.Geom).HasColumnType("geometry(MultiPolygon)");
        });
        b.Entity<RunPriorityEntity>(e =>
        {
            e.ToTable("run_priority").HasKey(x => new { x.StudyAreaCode, x.RunId, x.TargetKind, x.TargetId, x.CategoryGroup });
            Json(e.Property(x => x.Components));
        });

        // Åtgärdsplaner (migration 0006): read and written through the model by PlanStore.
        b.Entity<PlanEntity>(e =>
        {
            e.ToTable("plan").HasKey(x => new { x.StudyAreaCode, x.Id });
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.CreatedAt).ValueGeneratedOnAdd();
        });
        b.Entity<PlanRowEntity>(e =>
        {
            e.ToTable("plan_row").HasKey(x => new { x.StudyAreaCode, x.PlanId, x.RowId });
            e.Property(x => x.RowId).ValueGeneratedNever();
            e.Property(x => x.IndicatorGeom).HasColumnType("geometry(MultiPolygon)");
            Json(e.Property(x => x.IndicatorWindow));
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<PlanRowEventEntity>(e =>
        {
            e.ToTable("plan_row_event").HasKey(x => new { x.StudyAreaCode, x.PlanId, x.RowId, x.Version, x.Field });
            e.Property(x => x.Version).ValueGeneratedNever();
            e.Property(x => x.ChangedAt).ValueGeneratedOnAdd();
        });
        b.Entity<ApiKeyEntity>(e =>
        {
            e.ToTable("api_key").HasKey(x => x.Id);
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.CreatedAt).ValueGeneratedOnAdd();
        });
        b.Entity<AuditLogEntity>(e =>
        {
            e.ToTable("audit_log").HasKey(x => x.Id);
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
        });

        // Columns are the snake_case of the property names (StudyAreaCode → study_area_code), as the migrations name them,
        // unless named above.
        foreach (var entity in b.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties())
                if (property.FindAnnotation(RelationalAnnotationNames.ColumnName) is null)
                    property.SetColumnName(SnakeCase(property.Name));
    }

    private static void Json<T>(PropertyBuilder<T> p) => p.HasColumnType("jsonb");

    private static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
