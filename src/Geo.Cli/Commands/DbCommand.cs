using System.CommandLine;
using Geo.Cli.Output;
using Geo.Planning.Database;
using Geo.Storage;

namespace Geo.Cli.Commands;

/// <summary><c>geo db up|down|status|migrate</c>.</summary>
public static class DbCommand
{
    public static Command Build()
    {
        var db = new Command("db", "Manage the database: the managed local PostGIS cluster, or the one in GEO_DATABASE_URL.");

        var up = new Command("up",
            "Create (first time) and start the project-local PostgreSQL 15 + PostGIS cluster under $GEO_HOME/pg, then apply\n" +
            "migrations. Reuses a running cluster. PostgreSQL 15 and PostGIS must be installed (scripts/install-deps.sh does it).\n" +
            "With GEO_DATABASE_URL set, only checks the connection and migrates.");
        up.SetAction(async (_, ct) =>
        {
            await using var geo = await CliServices.OpenAsync(ct, verbose: true);
            Terminal.Log($"Database ready: {geo.Database.Description}");
            return 0;
        });

        var down = new Command("down", "Stop the managed local cluster (its data stays in $GEO_HOME/pg).");
        down.SetAction(async (_, ct) =>
        {
            await using var geo = CliServices.Files();
            var stopped = await geo.Get<DatabaseService>().DownAsync(Terminal.Log, ct);
            Terminal.Log(stopped ? "Local cluster stopped." : "GEO_DATABASE_URL is set: Geo does not manage that server, nothing to stop.");
            return 0;
        });

        var json = new Option<bool>("--json") { Description = "Print the status as JSON." };
        var status = new Command("status", "Show where the database is, whether it runs, and which migrations are applied.") { json };
        status.SetAction(async (parse, ct) =>
        {
            await using var geo = CliServices.Files();
            var s = await geo.Get<DatabaseService>().StatusAsync(ct);
            if (parse.GetValue(json))
            {
                Json.Write(new { home = s.Home, managed = s.Managed, connection = s.Connection, local = s.Local, migrations = s.Migrations, error = s.Error });
                return s.Error is null ? 0 : 1;
            }
            Console.WriteLine($"Home:        {s.Home}");
            Console.WriteLine($"Database:    {s.Connection}");
            if (s.Local is { } local)
            {
                Console.WriteLine($"Installed:   {(local.Installed ? "yes" : "no (install postgresql-15-postgis-3: scripts/install-deps.sh)")}");
                Console.WriteLine($"Initialised: {(local.Initialised ? "yes" : "no")}  ({local.DataDirectory})");
                Console.WriteLine($"Running:     {(local.Running ? $"yes, PostgreSQL {local.ServerVersion} on {local.SocketDirectory}" : "no (start it with geo db up)")}");
            }
            if (s.Error is not null) Console.WriteLine($"Error:       {s.Error}");
            foreach (var m in s.Migrations)
                Console.WriteLine($"  {(m.Applied ? "applied" : "pending"),-8} {m.Name}{(m.AppliedAt is { } at ? $"  ({at:yyyy-MM-dd HH:mm})" : "")}");
            return s.Error is null ? 0 : 1;
        });

        var migrate = new Command("migrate", "Apply pending schema migrations (also done automatically by every command that uses the database).");
        migrate.SetAction(async (_, ct) =>
        {
            await using var geo = CliServices.Files();
            var applied = await geo.Get<DatabaseService>().MigrateAsync(Terminal.Log, ct);
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
