using System.CommandLine;
using Geo.Analysis.SpaceTime;

namespace Geo.Cli.Commands.Stats;

/// <summary>The options of the space-time sub-commands (trend, emerging): points with a time, a grid, the time step.</summary>
internal sealed class SpaceTimeOptions
{
    public readonly Option<FileInfo> Input = new("--input") { Description = "Point events: GeoJSON points or CSV with x,y columns (rows without a location are left out).", Required = true };
    public readonly Option<string> TimeField = new("--time-field") { Description = $"Field with each event's date or time ({PointSet.TimeFormats}).", Required = true };
    public readonly Option<string?> Field = new("--field") { Description = "Numeric weight of each event (e.g. a harm index): the cube holds sums of it per cell and step; default: counts." };
    public readonly Option<string> Step = new("--step") { Description = "Calendar time step of the cube: week (ISO, Monday first), month, quarter or year.", DefaultValueFactory = _ => "month" };
    public readonly GridModeOptions Grid = new(optional: false);
    public readonly SignificanceOptions Significance = new();
    public readonly Option<FileInfo?> Out = new("--out") { Description = "Write the rows to FILE.csv or FILE.geojson (the clipped grid cells with id, count and the result properties)." };
    public readonly Option<bool> Json = new("--json") { Description = "Print the rows as JSON on stdout (id, statistic, z, p, pseudo_p, p_adjusted, class)." };

    public SpaceTimeOptions()
    {
        Step.AcceptOnlyFromAmong("week", "month", "quarter", "year");
    }

    public void AddTo(Command c)
    {
        c.Options.Add(Input); c.Options.Add(TimeField); c.Options.Add(Field); c.Options.Add(Step);
        Grid.AddTo(c);
        Significance.AddTo(c);
        c.Options.Add(Out);
        c.Options.Add(Json);
    }

    public TimeStep StepValue(ParseResult p) => p.GetValue(Step) switch
    {
        "week" => TimeStep.Week,
        "quarter" => TimeStep.Quarter,
        "year" => TimeStep.Year,
        _ => TimeStep.Month,
    };

    /// <summary>Loads the points, builds the grid and the cube from the first to the last event's date (announced).</summary>
    public (GridLayer Grid, SpaceTimeCube Cube) Load(ParseResult p)
    {
        var step = StepValue(p);
        var points = PointSet.Load(p.GetValue(Input)!.FullName, p.GetValue(Field), p.GetValue(TimeField));
        var grid = GridLayer.Build(points, p.GetValue(Grid.Boundary), Grid.Options(p));
        var times = points.Time!;
        var start = DateOnly.FromDateTime(times.Min());
        var end = DateOnly.FromDateTime(times.Max());
        var cube = SpaceTimeCube.Build(grid.Grid.Count, grid.Cell, times, step, start, end, points.Weight);
        var last = cube.StepStarts[^1];
        var partial = step switch
        {
            TimeStep.Week => last.AddDays(6) > end,
            TimeStep.Month => last.AddMonths(1).AddDays(-1) > end,
            TimeStep.Quarter => last.AddMonths(3).AddDays(-1) > end,
            _ => last.AddYears(1).AddDays(-1) > end,
        } || cube.StepStarts[0] < start;
        Console.Error.WriteLine($"time: {cube.Steps} {p.GetValue(Step)} steps from {cube.StepStarts[0]:yyyy-MM-dd} (events {start:yyyy-MM-dd} to {end:yyyy-MM-dd})" +
                                (partial ? "; the first or last step is only partly covered by the data" : ""));
        if (cube.Steps < 3) throw new ArgumentException($"the events span {cube.Steps} {p.GetValue(Step)} step(s); a trend needs at least 3 (use a shorter --step).");
        return (grid, cube);
    }
}
