using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Geo.Bench;

/// <summary>The reference tool of the load benchmarks: a psql script run in one transaction on the benchmark's database.</summary>
internal static class Psql
{
    /// <summary>Runs <paramref name="script"/> with <c>psql -1 -f</c> and returns its wall time in seconds.</summary>
    /// <exception cref="InvalidOperationException">psql failed (its stderr in the message).</exception>
    public static async Task<double> RunScriptAsync(string connectionString, string script)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var psi = new ProcessStartInfo("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-1", "-f", script]) { RedirectStandardError = true };
        psi.Environment["PGHOST"] = b.Host;
        psi.Environment["PGPORT"] = b.Port.ToString(CultureInfo.InvariantCulture);
        psi.Environment["PGUSER"] = b.Username;
        psi.Environment["PGDATABASE"] = b.Database;
        if (b.Password is { } pw) psi.Environment["PGPASSWORD"] = pw;
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var err = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0) throw new InvalidOperationException("psql failed: " + err);
        return clock.Elapsed.TotalSeconds;
    }
}
