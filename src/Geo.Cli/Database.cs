using Geo.Cli.Output;
using Geo.Storage;

namespace Geo.Cli;

/// <summary>Opens the configured database (starting the managed local one when none is configured) and migrates it.</summary>
public static class Database
{
    public static Task<GeoDatabase> OpenAsync(CancellationToken ct) =>
        GeoDatabase.ConnectAsync(GeoSettings.FromEnvironment(), migrate: true, log: Terminal.Log, ct: ct);
}
