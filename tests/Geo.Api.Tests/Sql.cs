using Npgsql;

namespace Geo.Api.Tests;

/// <summary>Independent SQL on the fixture's database, to compare the service's answers with.</summary>
internal static class Sql
{
    public static async Task<T> ScalarAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>The rows of <paramref name="sql"/> with named parameters (<c>@name</c>).</summary>
    public static Task<List<object?[]>> RowsAsync(string connectionString, string sql, params (string Name, object Value)[] parameters) =>
        ReadAsync(connectionString, sql, cmd => { foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value); });

    /// <summary>The rows of <paramref name="sql"/> with positional parameters (<c>$1</c>, <c>$2</c>, …).</summary>
    public static Task<List<object?[]>> PositionalRowsAsync(string connectionString, string sql, params object[] parameters) =>
        ReadAsync(connectionString, sql, cmd => { foreach (var p in parameters) cmd.Parameters.Add(new NpgsqlParameter { Value = p }); });

    private static async Task<List<object?[]>> ReadAsync(string connectionString, string sql, Action<NpgsqlCommand> bind)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        bind(cmd);
        await using var r = await cmd.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await r.ReadAsync())
        {
            var row = new object?[r.FieldCount];
            for (var i = 0; i < r.FieldCount; i++) row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
