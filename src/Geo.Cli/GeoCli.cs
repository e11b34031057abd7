using System.CommandLine;
using Geo.Cli.Commands;

namespace Geo.Cli;

/// <summary>The <c>geo</c> command: a thin shell over the application layer (Geo.Planning), which the HTTP API shares.</summary>
public static class GeoCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand(
            "Geo: crime-prevention situational analysis (lägesbild) for Swedish municipalities.\n" +
            "Loads incidents, resources and areas into PostGIS for a study area. Without GEO_DATABASE_URL (or\n" +
            "databaseUrl in $GEO_HOME/config.json) Geo runs its own local PostgreSQL/PostGIS under $GEO_HOME/pg.");
        root.Subcommands.Add(DbCommand.Build());
        root.Subcommands.Add(StudyAreaCommand.Build());
        root.Subcommands.Add(ImportCommand.Build());
        root.Subcommands.Add(SummaryCommand.Build());
        root.Subcommands.Add(ReferenceCommand.Build());
        root.Subcommands.Add(AnalyzeCommand.Build());
        root.Subcommands.Add(RunsCommand.Build());
        root.Subcommands.Add(CausesCommand.Build());
        root.Subcommands.Add(ProfilesCommand.Build());
        root.Subcommands.Add(SampleCommand.Build());
        root.Subcommands.Add(Geo.Cli.Commands.Stats.StatsCommand.Build());
        root.Subcommands.Add(MeasuresCommand.Build());
        root.Subcommands.Add(PlanCommand.Build());
        root.Subcommands.Add(EvaluateCommand.Build());
        root.Subcommands.Add(ReportCommand.Build());
        root.Subcommands.Add(ExportCommand.Build());
        root.Subcommands.Add(KeysCommand.Build());
        root.Subcommands.Add(ServeCommand.Build());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            Console.Error.WriteLine("Cancelling: the running transaction is rolled back, nothing is half-loaded.");
            cts.Cancel();
        };
        var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        try
        {
            var parse = Build().Parse(args);
            var code = await parse.InvokeAsync(config, cts.Token);
            // A parse error (unknown option, value not among the allowed ones, unparsable number) is a usage error: exit 2,
            // as every other usage error (System.CommandLine's own error action returns 1).
            return parse.Errors.Count > 0 ? Errors.Usage : code;
        }
        catch (Exception e)
        {
            return Errors.Report(e);
        }
    }
}
