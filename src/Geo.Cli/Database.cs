using Geo.Cli.Output;
using Geo.Storage;

namespace Geo.Cli;

/// <summary>Opens the configured database (starting the managed local one when none is configured) and migrates it.</summary>
public static class Database
{
    /// <param name="verbose">
    /// Also say that the managed cluster was already running (geo db up does); other commands only report
    /// what they change: starting the cluster, applying migrations.
    /// </param>
    public static Task<GeoDatabase> OpenAsync(CancellationToken ct, bool verbose = false) =>
        GeoDatabase.ConnectAsync(GeoSettings.FromEnvironment(), migrate: true,
            log: verbose ? Terminal.Log : message =>
            {
                if (!message.StartsWith("PostgreSQL is already running", StringComparison.Ordinal)) Terminal.Log(message);
            },
            ct: ct);
}
