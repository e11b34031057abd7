using Geo.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace Geo.Storage;

/// <summary>Counts shown by the status and summary commands, through the EF Core model.</summary>
/// <param name="database">The Geo database.</param>
public sealed class SummaryQueries(GeoDatabase database)
{
    /// <summary>Incidents per category (only categories with incidents), most frequent first.</summary>
    public async Task<IReadOnlyList<CategoryCount>> IncidentsByCategoryAsync(string studyAreaCode, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        var rows = await db.Incidents.Where(i => i.StudyAreaCode == studyAreaCode)
            .GroupBy(i => i.Category)
            .Select(g => new { Category = g.Key, Incidents = g.LongCount(), WithoutLocation = g.LongCount(i => i.Geom == null) })
            .Join(db.Categories, g => g.Category, c => c.Code, (g, c) => new { c.Code, c.LabelSv, c.LabelEn, g.Incidents, g.WithoutLocation })
            .OrderByDescending(x => x.Incidents).ThenBy(x => x.Code)
            .ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(x => new CategoryCount(x.Code, x.LabelSv, x.LabelEn, x.Incidents, x.WithoutLocation)).ToArray();
    }

    /// <summary>
    /// Incidents per source, by source name: count, first and last date in the study area's time zone
    /// (<c>study_area.time_zone</c>), and the mix of location and time precisions. One GROUP BY in the database.
    /// </summary>
    public async Task<IReadOnlyList<SourceSummary>> IncidentsBySourceAsync(string studyAreaCode, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        var rows = await (
                from i in db.Incidents
                join s in db.StudyAreas on i.StudyAreaCode equals s.Code
                where i.StudyAreaCode == studyAreaCode
                group new { i.OccurredAt, i.LocationPrecision, i.TimePrecision, NoPoint = i.Geom == null, s.TimeZone } by new { i.Source, s.TimeZone } into g
                orderby g.Key.Source
                select new
                {
                    g.Key.Source,
                    Incidents = g.LongCount(),
                    // occurred_at AT TIME ZONE study_area.time_zone, cast to date
                    First = g.Min(x => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(x.OccurredAt.UtcDateTime, x.TimeZone))),
                    Last = g.Max(x => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(x.OccurredAt.UtcDateTime, x.TimeZone))),
                    Exact = g.LongCount(x => x.LocationPrecision == LocationPrecision.Exact),
                    Address = g.LongCount(x => x.LocationPrecision == LocationPrecision.Address),
                    StreetSegment = g.LongCount(x => x.LocationPrecision == LocationPrecision.StreetSegment),
                    AreaCentroid = g.LongCount(x => x.LocationPrecision == LocationPrecision.AreaCentroid),
                    Withheld = g.LongCount(x => x.LocationPrecision == LocationPrecision.Withheld),
                    WithoutPoint = g.LongCount(x => x.NoPoint),
                    Minute = g.LongCount(x => x.TimePrecision == TimePrecision.Minute),
                    Hour = g.LongCount(x => x.TimePrecision == TimePrecision.Hour),
                    Day = g.LongCount(x => x.TimePrecision == TimePrecision.Day),
                    Month = g.LongCount(x => x.TimePrecision == TimePrecision.Month),
                    Year = g.LongCount(x => x.TimePrecision == TimePrecision.Year),
                })
            .ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(x => new SourceSummary(x.Source, x.Incidents, x.First, x.Last,
            new Dictionary<LocationPrecision, long>
            {
                [LocationPrecision.Exact] = x.Exact,
                [LocationPrecision.Address] = x.Address,
                [LocationPrecision.StreetSegment] = x.StreetSegment,
                [LocationPrecision.AreaCentroid] = x.AreaCentroid,
                [LocationPrecision.Withheld] = x.Withheld,
            },
            x.WithoutPoint,
            new Dictionary<TimePrecision, long>
            {
                [TimePrecision.Minute] = x.Minute,
                [TimePrecision.Hour] = x.Hour,
                [TimePrecision.Day] = x.Day,
                [TimePrecision.Month] = x.Month,
                [TimePrecision.Year] = x.Year,
            })).ToArray();
    }

    /// <summary>Resources per type, most frequent first.</summary>
    public async Task<IReadOnlyList<ResourceTypeCount>> ResourcesByTypeAsync(string studyAreaCode, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        var rows = await db.Resources.Where(r => r.StudyAreaCode == studyAreaCode)
            .GroupBy(r => r.Type)
            .Select(g => new { Type = g.Key, Count = g.LongCount() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.Type)
            .ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(x => new ResourceTypeCount(x.Type, x.Count)).ToArray();
    }

    /// <summary>Area sets with their area count and summed population, by name.</summary>
    public async Task<IReadOnlyList<AreaSetSummary>> AreaSetsAsync(string studyAreaCode, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        return await db.AreaSets.Where(s => s.StudyAreaCode == studyAreaCode)
            .OrderBy(s => s.Name)
            .Select(s => new AreaSetSummary(s.Name, s.Kind,
                db.Areas.LongCount(a => a.StudyAreaCode == s.StudyAreaCode && a.AreaSet == s.Name),
                db.Areas.Where(a => a.StudyAreaCode == s.StudyAreaCode && a.AreaSet == s.Name).Sum(a => (long?)a.Population)))
            .ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Import batches of the study area, oldest first.</summary>
    public async Task<IReadOnlyList<ImportBatch>> ImportBatchesAsync(string studyAreaCode, CancellationToken ct = default) =>
        (await ImportBatchSummariesAsync(studyAreaCode, ct).ConfigureAwait(false)).Select(s => s.Batch).ToArray();

    /// <summary>Import batches with their merge counts, oldest first.</summary>
    public async Task<IReadOnlyList<ImportBatchSummary>> ImportBatchSummariesAsync(string studyAreaCode, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        var rows = await db.ImportBatches.AsNoTracking().Where(b => b.StudyAreaCode == studyAreaCode).OrderBy(b => b.Id)
            .ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(b => new ImportBatchSummary(
            new ImportBatch(b.Id, b.StudyAreaCode, b.Kind, b.FileName, b.Sha256 ?? "", b.Source, b.Mapping, b.RowsRead, b.RowsLoaded,
                b.RowsRejected, b.StartedAt, b.FinishedAt, b.ImportedBy),
            new MergeCounts(b.RowsNew, b.RowsUpdated, b.RowsUnchanged), b.RowsWithoutLocation)).ToArray();
    }
}
