using System.CommandLine;

namespace Geo.Cli.Commands.Stats;

/// <summary><c>geo stats …</c>: spatial statistics on a file, without the database (as GeoDa).</summary>
public static class StatsCommand
{
    public static Command Build()
    {
        var cmd = new Command("stats",
            "Spatial statistics on a GeoJSON or CSV file, without the database (check any layer the way GeoDa does).");
        cmd.Subcommands.Add(MoranCommand.Build());
        cmd.Subcommands.Add(GistarCommand.Build());
        cmd.Subcommands.Add(LisaCommand.Build());
        cmd.Subcommands.Add(KdeCommand.Build());
        cmd.Subcommands.Add(TrendCommand.Build());
        cmd.Subcommands.Add(EmergingCommand.Build());
        cmd.Subcommands.Add(ConcentrationCommand.Build());
        cmd.Subcommands.Add(ChangeCommand.Build());
        cmd.Subcommands.Add(DualKdeCommand.Build());
        return cmd;
    }
}
