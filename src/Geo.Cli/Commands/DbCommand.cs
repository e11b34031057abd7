using System.CommandLine;
using Geo.Cli.Output;
using Geo.Storage;
using Geo.Storage.Local;

namespace Geo.Cli.Commands;

/// <summary><c>geo db up|down|status|migrate</c>.</summary>
public static class DbCommand
{
    public static Command Build()
    {
        var db = new Command("db", "Manage the database: the managed local PostGIS cluster, or the one in GEO_DATABASE_URL.");

        var up = new Command("up",
            "Create (first time) and start the project-local PostgreSQL 15 + PostGIS cluster under $GEO_HOME/pg,\n" +
            "installing the Debian packages when missing, then apply migrations. Reuses a running cluster.\n" +
            "With GEO_DATABASE_URL set, only checks the connection and migrates.");
        up.SetAction(async (_, ct) =>
        {
            await using var database = await Database.OpenAsync(ct, verbose: true);
            Terminal.Log($"Database ready: {database.Description}");
            return 0;
        });

        var down = new Command("down", "Stop the managed local cluster (its data stays in $GEO_HOME/pg).");
        down.SetAction(async (_, ct) =>
        {
            var settings = GeoSettings.FromEnvironment();
            if (!settings.IsManaged)
            {
                Terminal.Log("GEO_DATABASE_URL is set: Geo does not manage that server, nothing to stop.");
                return 0;
            }
            await new LocalCluster(Path.Combine(settings.Home, "pg"), Terminal.Log).DownAsync(ct);
            Terminal.Log("Local cluster stopped.");
            return 0;
        });

        var json = new Option<bool>("--json") { Description = "Print the status as JSON." };
        var status = new Command("status", "Show where the database is, whether it runs, and which migrations are applied.") { json };
        status.SetAction(async (parse, ct) =>
        {
            var settings = GeoSettings.FromEnvironment();
            LocalClusterStatus? local = settings.IsManaged
                ? await new LocalCluster(Path.Combine(settings.Home, "pg")).StatusAsync(ct)
                : null;
            IReadOnlyList<MigrationInfo> migrations = [];
            string? error = null;
            var reachable = !settings.IsManaged || local is { Running: true };
            if (reachable)
            {
                try
                {
                    await using var database = settings.IsManaged
                        ? await GeoDatabase.ConnectAsync(settings, migrate: false, ct: ct)
                        : await GeoDatabase.ConnectAsync(settings.DatabaseUrl!, migrate: false, ct: ct);
                    migrations = await database.MigrationStatusAsync(ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    error = e.Message;
                }
            }
            var connection = settings.IsManaged ? "managed local cluster" : GeoSettings.Describe(settings.DatabaseUrl!);
            if (parse.GetValue(json))
            {
                Json.Write(new { home = settings.Home, managed = settings.IsManaged, connection, local, migrations, error });
                return error is null ? 0 : 1;
            }
            Console.WriteLine($"Home:        {settings.Home}");
            Console.WriteLine($"Database:    {connection}");
            if (local is not null)
            {
                Console.WriteLine($"Installed:   {(local.Installed ? "yes" : "no (geo db up installs postgresql-15-postgis-3)")}");
                Console.WriteLine($"Initialised: {(local.Initialised ? "yes" : "no")}  ({local.DataDirectory})");
                Console.WriteLine($"Running:     {(local.Running ? $"yes, PostgreSQL {local.ServerVersion} on {local.SocketDirectory}" : "no (start it with geo db up)")}");
            }
            if (error is not null) Console.WriteLine($"Error:       {error}");
            foreach (var m in migrations)
                Console.WriteLine($"  {(m.Applied ? "applied" : "pending"),-8} {m.Name}{(m.AppliedAt is { } at ? $"  ({at:yyyy-MM-dd HH:mm})" : "")}");
            return error is null ? 0 : 1;
        });

        var migrate = new Command("migrate", "Apply pending schema migrations (also done automatically by every command that uses the database).");
        migrate.SetAction(async (_, ct) =>
        {
            await using var database = await GeoDatabase.ConnectAsync(GeoSettings.FromEnvironment(), migrate: false, log: Terminal.Log, ct: ct);
            var applied = await database.MigrateAsync(ct);
            Terminal.Log(applied.Count == 0 ? "Schema up to date." : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
            return 0;
        });

        db.Subcommands.Add(up);
        db.Subcommands.Add(down);
        db.Subcommands.Add(status);
        db.Subcommands.Add(migrate);
        return db;
    }
}
