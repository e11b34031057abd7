using System.Text.Json;
using Geo.Storage.Model;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// The national reference table (<c>reference_load</c>, <c>reference_rate</c>): replaces one source's rows in one
/// transaction (the old rows deleted, the load recorded, the rates written by binary COPY) and reads them back for the
/// comparisons. Plain SQL (<c>Sql/reference_*.sql</c>): the table is written and read in bulk.
/// </summary>
/// <param name="database">The Geo database.</param>
public sealed class ReferenceStore(GeoDatabase database)
{
    /// <summary>
    /// Replaces the reference table of <paramref name="load"/>'s source with <paramref name="rates"/> in one transaction
    /// and returns the new load's id. Readers see the old table or the new one, never a mix.
    /// </summary>
    public async Task<long> ReplaceAsync(ReferenceLoadDraft load, IReadOnlyCollection<ReferenceRateRow> rates, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(rates);
        await using var connection = await database.DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);

        await using (var delete = new NpgsqlCommand(SqlResources.Get("reference_delete"), connection, tx))
        {
            delete.Parameters.Add(new NpgsqlParameter { Value = load.Source });
            await delete.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        long id;
        await using (var insert = new NpgsqlCommand(SqlResources.Get("reference_load_insert"), connection, tx))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = load.Source });
            insert.Parameters.Add(new NpgsqlParameter { Value = load.EventsFile });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)(string.IsNullOrWhiteSpace(load.EventsSha256) ? null : load.EventsSha256.Trim().ToLowerInvariant()) ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Char });
            insert.Parameters.Add(new NpgsqlParameter { Value = load.PopulationFile });
            insert.Parameters.Add(new NpgsqlParameter { Value = load.PopulationYear });
            insert.Parameters.Add(new NpgsqlParameter { Value = load.RowsRead });
            insert.Parameters.Add(new NpgsqlParameter { Value = load.RowsUsed });
            insert.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(load.RowsLeftOut), NpgsqlDbType = NpgsqlDbType.Jsonb });
            insert.Parameters.Add(new NpgsqlParameter { Value = string.IsNullOrWhiteSpace(load.LoadedBy) ? Environment.UserName : load.LoadedBy });
            id = (long)(await insert.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
                         "COPY reference_rate (source, level, code, name, county_code, year, category_group, events, population, " +
                         "days_covered, per_100000, per_100000_year, load_id) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false))
        {
            foreach (var r in rates)
            {
                ct.ThrowIfCancellationRequested();
                copy.StartRow();
                copy.Write(load.Source, NpgsqlDbType.Text);
                copy.Write(r.Level, NpgsqlDbType.Text);
                copy.Write(r.Code, NpgsqlDbType.Text);
                copy.Write(r.Name, NpgsqlDbType.Text);
                if (r.CountyCode is null) copy.WriteNull();
                else copy.Write(r.CountyCode, NpgsqlDbType.Text);
                copy.Write(r.Year, NpgsqlDbType.Integer);
                copy.Write(r.CategoryGroup, NpgsqlDbType.Text);
                copy.Write(r.Events, NpgsqlDbType.Integer);
                copy.Write(r.Population, NpgsqlDbType.Integer);
                copy.Write(r.DaysCovered, NpgsqlDbType.Integer);
                copy.Write(r.Per100000, NpgsqlDbType.Double);
                copy.Write(r.Per100000Year, NpgsqlDbType.Double);
                copy.Write(id, NpgsqlDbType.Bigint);
            }
            await copy.CompleteAsync(ct).ConfigureAwait(false);
        }

        await tx.CommitAsync(ct).ConfigureAwait(false);
        return id;
    }

    /// <summary>The current load of <paramref name="source"/>'s reference table, or null when none is loaded.</summary>
    public async Task<ReferenceLoadEntity?> GetLoadAsync(string source, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("reference_load_latest"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = source });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false)) return null;
        return new ReferenceLoadEntity
        {
            Id = r.GetInt64(0),
            Source = r.GetString(1),
            EventsFile = r.GetString(2),
            EventsSha256 = r.IsDBNull(3) ? null : r.GetString(3),
            PopulationFile = r.GetString(4),
            PopulationYear = r.GetInt32(5),
            RowsRead = r.GetInt64(6),
            RowsUsed = r.GetInt64(7),
            RowsLeftOut = r.GetString(8),
            LoadedBy = r.GetString(9),
            LoadedAt = r.GetFieldValue<DateTimeOffset>(10),
        };
    }

    /// <summary>The years of <paramref name="source"/>'s reference table and the days of each that it covers, by year.</summary>
    public async Task<IReadOnlyDictionary<int, int>> GetYearsAsync(string source, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("reference_rate_years"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = source });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var years = new SortedDictionary<int, int>();
        while (await r.ReadAsync(ct).ConfigureAwait(false)) years[r.GetInt32(0)] = r.GetInt32(1);
        return years;
    }

    /// <summary>Every rate of one year: all municipalities, counties and the country, every category group.</summary>
    public async Task<IReadOnlyList<ReferenceRateRow>> GetRatesAsync(string source, int year, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("reference_rate_year"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = source });
        cmd.Parameters.Add(new NpgsqlParameter { Value = year });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var rows = new List<ReferenceRateRow>();
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            rows.Add(new ReferenceRateRow(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.GetInt32(4), r.GetString(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetDouble(9), r.GetDouble(10)));
        return rows;
    }
}
