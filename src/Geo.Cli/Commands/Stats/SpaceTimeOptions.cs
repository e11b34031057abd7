using System.CommandLine;
using Geo.Analysis.SpaceTime;
using Geo.Planning.Stats;

namespace Geo.Cli.Commands.Stats;

/// <summary>The options of the space-time sub-commands (trend, emerging): points with a time, a grid, the time step.</summary>
internal sealed class SpaceTimeOptions
{
    public readonly Option<FileInfo> Input = new("--input") { Description = "Point events: GeoJSON points or CSV with x,y (or lon,lat) columns (rows without a location, or with an empty, NA or NULL time or --field value, are left out and counted).", Required = true };
    public readonly Option<string> TimeField = new("--time-field") { Description = $"Field with each event's date or time ({StatsFiles.TimeFormats}).", Required = true };
    public readonly Option<string?> Field = new("--field") { Description = "Numeric weight of each event (e.g. a harm index): the cube holds sums of it per cell and step; default: counts." };
    public readonly Option<string> Step = new("--step") { Description = "Calendar time step of the cube: week (ISO, Monday first), month, quarter or year.", DefaultValueFactory = _ => "month" };
    public readonly GridModeOptions Grid = new(optional: false);
    public readonly EventOptions Events = new(timeField: false);
    public readonly Option<string> PartialSteps = new("--partial-steps")
    {
        Description = "A first or last time step only partly covered by the data (from the first to the last event's date, or --from/--to): drop it with its events (the default) or keep it; announced with its coverage.",
        DefaultValueFactory = _ => "drop",
    };
    public readonly SignificanceOptions Significance = new();
    public readonly Option<FileInfo?> Out = new("--out") { Description = "Write the rows to " + RowOutput.OutHelp };
    public readonly Option<bool> KeepCrs = RowOutput.KeepCrsOption();
    public readonly Option<bool> Json = new("--json") { Description = "Print the rows as JSON on stdout (id, statistic, z, p, pseudo_p, p_adjusted, class, reason: why a row is undefined, else null)." };

    public SpaceTimeOptions()
    {
        Step.AcceptOnlyFromAmong("week", "month", "quarter", "year");
        PartialSteps.AcceptOnlyFromAmong("drop", "keep");
    }

    public void AddTo(Command c)
    {
        c.Options.Add(Input); c.Options.Add(TimeField); c.Options.Add(Field); c.Options.Add(Step); c.Options.Add(PartialSteps);
        Events.AddTo(c);
        Grid.AddTo(c);
        Significance.AddTo(c);
        c.Options.Add(Out);
        c.Options.Add(KeepCrs);
        c.Options.Add(Json);
    }

    /// <summary>A space-time sub-command: these options in, <paramref name="run"/> on the request, one row per grid cell out.</summary>
    public static Command Build(string name, string description, Func<CliServices, SpaceTimeRequest, IGridRows> run)
    {
        var o = new SpaceTimeOptions();
        var cmd = new Command(name, description);
        o.AddTo(cmd);
        cmd.SetAction(p =>
        {
            var request = o.Request(p);
            RowOutput.CheckOut(p.GetValue(o.Out), RowOutput.Kinds);
            using var geo = CliServices.Files();
            var r = run(geo, request);
            RowOutput.Emit(geo.Get<StatsOutput>(), r.Rows, r.Notices, p.GetValue(o.Out), p.GetValue(o.Json), i => r.Grid.Grid.CellPolygons[i],
                r.Grid.CellProperties, new OutputCrs(r.Grid.Srid, p.GetValue(o.KeepCrs)));
            return 0;
        });
        return cmd;
    }

    public SpaceTimeRequest Request(ParseResult p) => new(
        p.GetValue(Input)!.FullName, p.GetValue(TimeField)!, p.GetValue(Field),
        p.GetValue(Step) switch { "week" => TimeStep.Week, "quarter" => TimeStep.Quarter, "year" => TimeStep.Year, _ => TimeStep.Month },
        Grid.Request(p), Significance.Value(p), Events.Value(p),
        p.GetValue(PartialSteps) == "keep" ? Geo.Planning.Stats.PartialSteps.Keep : Geo.Planning.Stats.PartialSteps.Drop);
}
