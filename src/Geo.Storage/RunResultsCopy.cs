using System.Buffers.Binary;
using Geo.Storage.Model;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// Writes a run's result rows with binary COPY straight into their tables (on the caller's transaction), geometries as
/// the EWKB that NetTopologySuite writes (the geometry column's binary input). A geometry without SRID takes the study
/// area's; another SRID is refused.
/// </summary>
internal sealed class RunResultsCopy(NpgsqlConnection connection, string studyAreaCode, long runId, int srid)
{
    private readonly WKBWriter _wkb = new(ByteOrder.LittleEndian, handleSRID: false);

    public async Task WriteAsync(RunResults results, CancellationToken ct)
    {
        await CopyAsync("analysis_run_batch", "import_batch_id, source, file_name, rows_used", results.Batches, (imp, b) =>
        {
            imp.Write(b.ImportBatchId, NpgsqlDbType.Bigint);
            imp.Write(b.Source, NpgsqlDbType.Text);
            imp.Write(b.FileName, NpgsqlDbType.Text);
            imp.Write(b.RowsUsed, NpgsqlDbType.Bigint);
        }, ct).ConfigureAwait(false);

        await CopyAsync("run_area_indicator", """
            area_code, category_group, area_name, is_reference, population, incidents, incidents_compare,
            rate_per_1000, rate_per_100000, rate_eb_per_1000, unstable, location_quotient, share_incidents, share_population,
            relative_rate, rate_ratio, rate_ratio_lower, rate_ratio_upper, rate_ratio_p, change_class,
            trend_mk_s, trend_mk_z, trend_mk_p, trend_percent_per_year, trend_percent_per_year_lower, trend_percent_per_year_upper,
            trend_class, monthly_counts, timed_hour, untimed_hour, evening_share, night_share, weekend_share, hour_weekday,
            month_of_year, hot_share_90, hot_share_95, hot_share_99, top10_cells_share, lisa_class, lisa_p, repeat_share,
            withheld_share, approximate_share, area_centroid_share, time_precision, sources, sources_missing, geom, nearest_resources,
            resources_within
            """, results.AreaIndicators, (imp, a) =>
        {
            imp.Write(a.AreaCode, NpgsqlDbType.Text);
            imp.Write(a.CategoryGroup, NpgsqlDbType.Text);
            Text(imp, a.AreaName);
            imp.Write(a.IsReference, NpgsqlDbType.Boolean);
            Int(imp, a.Population);
            imp.Write(a.Incidents, NpgsqlDbType.Integer);
            Int(imp, a.IncidentsCompare);
            Double(imp, a.RatePer1000);
            Double(imp, a.RatePer100000);
            Double(imp, a.RateEbPer1000);
            imp.Write(a.Unstable, NpgsqlDbType.Boolean);
            Double(imp, a.LocationQuotient);
            Double(imp, a.ShareIncidents);
            Double(imp, a.SharePopulation);
            Double(imp, a.RelativeRate);
            Double(imp, a.RateRatio);
            Double(imp, a.RateRatioLower);
            Double(imp, a.RateRatioUpper);
            Double(imp, a.RateRatioP);
            Text(imp, a.ChangeClass);
            Double(imp, a.TrendMkS);
            Double(imp, a.TrendMkZ);
            Double(imp, a.TrendMkP);
            Double(imp, a.TrendPercentPerYear);
            Double(imp, a.TrendPercentPerYearLower);
            Double(imp, a.TrendPercentPerYearUpper);
            Text(imp, a.TrendClass);
            Ints(imp, a.MonthlyCounts);
            imp.Write(a.TimedHour, NpgsqlDbType.Integer);
            imp.Write(a.UntimedHour, NpgsqlDbType.Integer);
            Double(imp, a.EveningShare);
            Double(imp, a.NightShare);
            Double(imp, a.WeekendShare);
            Ints(imp, a.HourWeekday);
            Ints(imp, a.MonthOfYear);
            Double(imp, a.HotShare90);
            Double(imp, a.HotShare95);
            Double(imp, a.HotShare99);
            Double(imp, a.Top10CellsShare);
            Text(imp, a.LisaClass);
            Double(imp, a.LisaP);
            Double(imp, a.RepeatShare);
            Double(imp, a.WithheldShare);
            Double(imp, a.ApproximateShare);
            Double(imp, a.AreaCentroidShare);
            Json(imp, a.TimePrecision);
            Json(imp, a.Sources);
            Texts(imp, a.SourcesMissing);
            Geometry(imp, a.Geom);
            Json(imp, a.NearestResources);
            Json(imp, a.ResourcesWithin);
        }, ct).ConfigureAwait(false);

        await CopyAsync("run_cell", """
            cell_id, col, row, area_share, incidents, incidents_compare, gi_z, gi_p, gi_confidence, emerging_class, hotspot_id,
            density, geom
            """, results.Cells, (imp, c) =>
        {
            imp.Write(c.CellId, NpgsqlDbType.Integer);
            imp.Write(c.Col, NpgsqlDbType.Integer);
            imp.Write(c.Row, NpgsqlDbType.Integer);
            imp.Write(c.AreaShare, NpgsqlDbType.Double);
            imp.Write(c.Incidents, NpgsqlDbType.Integer);
            Int(imp, c.IncidentsCompare);
            Double(imp, c.GiZ);
            Double(imp, c.GiP);
            if (c.GiConfidence is { } g) imp.Write(g, NpgsqlDbType.Smallint);
            else imp.WriteNull();
            Text(imp, c.EmergingClass);
            Int(imp, c.HotspotId);
            Double(imp, c.Density);
            Geometry(imp, c.Geom);
        }, ct).ConfigureAwait(false);

        await CopyAsync("run_hotspot", """
            hotspot_id, cells, incidents, incidents_compare, rate_ratio, rate_ratio_lower, rate_ratio_upper, rate_ratio_p,
            change_class, emerging_class, dominant_categories, hour_weekday, peak, area_codes, nearest_resources,
            resources_within, coverage_gap, uncovered_share, uncovered_windows, geom
            """, results.Hotspots, (imp, h) =>
        {
            imp.Write(h.HotspotId, NpgsqlDbType.Integer);
            imp.Write(h.Cells, NpgsqlDbType.Integer);
            imp.Write(h.Incidents, NpgsqlDbType.Integer);
            Int(imp, h.IncidentsCompare);
            Double(imp, h.RateRatio);
            Double(imp, h.RateRatioLower);
            Double(imp, h.RateRatioUpper);
            Double(imp, h.RateRatioP);
            Text(imp, h.ChangeClass);
            Text(imp, h.EmergingClass);
            Json(imp, h.DominantCategories);
            Ints(imp, h.HourWeekday);
            Json(imp, h.Peak);
            Texts(imp, h.AreaCodes);
            Json(imp, h.NearestResources);
            Json(imp, h.ResourcesWithin);
            imp.Write(h.CoverageGap, NpgsqlDbType.Text);
            Double(imp, h.UncoveredShare);
            Json(imp, h.UncoveredWindows);
            Geometry(imp, h.Geom);
        }, ct).ConfigureAwait(false);

        await CopyAsync("run_priority", "target_kind, target_id, category_group, rank, score, components, stability, reasons_sv, reasons_en",
            results.Priorities, (imp, p) =>
        {
            imp.Write(p.TargetKind, NpgsqlDbType.Text);
            imp.Write(p.TargetId, NpgsqlDbType.Text);
            imp.Write(p.CategoryGroup, NpgsqlDbType.Text);
            imp.Write(p.Rank, NpgsqlDbType.Integer);
            imp.Write(p.Score, NpgsqlDbType.Double);
            Json(imp, p.Components);
            Double(imp, p.Stability);
            Texts(imp, p.ReasonsSv);
            Texts(imp, p.ReasonsEn);
        }, ct).ConfigureAwait(false);
    }

    private async Task CopyAsync<T>(string table, string columns, IReadOnlyList<T> rows, Action<NpgsqlBinaryImporter, T> write, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        await using var imp = await connection.BeginBinaryImportAsync(
            $"COPY {table} (study_area_code, run_id, {columns.ReplaceLineEndings(" ")}) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
        foreach (var row in rows)
        {
            imp.StartRow();
            imp.Write(studyAreaCode, NpgsqlDbType.Text);
            imp.Write(runId, NpgsqlDbType.Bigint);
            write(imp, row);
        }
        await imp.CompleteAsync(ct).ConfigureAwait(false);
    }

    private static void Text(NpgsqlBinaryImporter imp, string? value)
    {
        if (value is null) imp.WriteNull();
        else imp.Write(value, NpgsqlDbType.Text);
    }

    private static void Json(NpgsqlBinaryImporter imp, string? value)
    {
        if (value is null) imp.WriteNull();
        else imp.Write(value, NpgsqlDbType.Jsonb);
    }

    private static void Int(NpgsqlBinaryImporter imp, int? value)
    {
        if (value is { } v) imp.Write(v, NpgsqlDbType.Integer);
        else imp.WriteNull();
    }

    private static void Double(NpgsqlBinaryImporter imp, double? value)
    {
        if (value is { } v) imp.Write(v, NpgsqlDbType.Double);
        else imp.WriteNull();
    }

    private static void Ints(NpgsqlBinaryImporter imp, int[]? value)
    {
        if (value is null) imp.WriteNull();
        else imp.Write(value, NpgsqlDbType.Array | NpgsqlDbType.Integer);
    }

    private static void Texts(NpgsqlBinaryImporter imp, string[]? value)
    {
        if (value is null) imp.WriteNull();
        else imp.Write(value, NpgsqlDbType.Array | NpgsqlDbType.Text);
    }

    private void Geometry(NpgsqlBinaryImporter imp, Geometry? geometry)
    {
        if (geometry is null)
        {
            imp.WriteNull();
            return;
        }
        // A geometry without SRID takes the study area's: the EWKB below carries the study area's SRID in any case.
        if (geometry.SRID != 0 && geometry.SRID != srid)
        {
            throw new ArgumentException($"A result geometry has SRID {geometry.SRID}; the run's study area {studyAreaCode} stores SRID {srid}.");
        }
        // The column's binary input is EWKB: the parts' WKB as NTS writes it (no SRID) with the SRID given once, in the outer
        // header, as PostGIS writes it. Half the time of Npgsql's NTS type handler for a run's ~17,000 cell polygons (the
        // round-trip test reads them back equal). (NTS's own EWKB repeats the SRID in every part of a multipolygon; with
        // it the server blocked writing to the client in the middle of the COPY.)
        imp.Write(Ewkb(_wkb.Write(geometry), srid), NpgsqlDbType.Bytea);
    }

    /// <summary>OGC WKB (2D) with the SRID flag and value put into its outer header: EWKB.</summary>
    private static byte[] Ewkb(byte[] wkb, int srid)
    {
        var ewkb = new byte[wkb.Length + 4];
        ewkb[0] = wkb[0];
        var little = wkb[0] == 1;
        var type = little ? BinaryPrimitives.ReadUInt32LittleEndian(wkb.AsSpan(1)) : BinaryPrimitives.ReadUInt32BigEndian(wkb.AsSpan(1));
        type |= 0x20000000;
        if (little)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(ewkb.AsSpan(1), type);
            BinaryPrimitives.WriteInt32LittleEndian(ewkb.AsSpan(5), srid);
        }
        else
        {
            BinaryPrimitives.WriteUInt32BigEndian(ewkb.AsSpan(1), type);
            BinaryPrimitives.WriteInt32BigEndian(ewkb.AsSpan(5), srid);
        }
        wkb.AsSpan(5).CopyTo(ewkb.AsSpan(9));
        return ewkb;
    }
}
