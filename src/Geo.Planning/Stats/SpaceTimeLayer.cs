using Geo.Analysis.SpaceTime;

namespace Geo.Planning.Stats;

/// <summary>Point events on a grid and in a space-time cube from the first to the last event's date.</summary>
public sealed record SpaceTimeLayer(PointGrid Grid, SpaceTimeCube Cube, IReadOnlyList<string> Notices)
{
    /// <summary>Reads the events, builds the grid and the cube; announces the steps and whether the first or last is only partly covered.</summary>
    internal static SpaceTimeLayer Load(SpaceTimeRequest request, StatsFiles files)
    {
        var points = files.ReadPoints(request.Input, request.Field, request.TimeField);
        var grid = PointGrid.Build(points, request.Grid ?? new GridRequest(), files);
        var times = points.Time!;
        var start = DateOnly.FromDateTime(times.Min());
        var end = DateOnly.FromDateTime(times.Max());
        var step = request.Step;
        var cube = SpaceTimeCube.Build(grid.Grid.Count, grid.Cell, times, step, start, end, points.Weight);
        var last = cube.StepStarts[^1];
        var partial = step switch
        {
            TimeStep.Week => last.AddDays(6) > end,
            TimeStep.Month => last.AddMonths(1).AddDays(-1) > end,
            TimeStep.Quarter => last.AddMonths(3).AddDays(-1) > end,
            _ => last.AddYears(1).AddDays(-1) > end,
        } || cube.StepStarts[0] < start;
        var name = step.ToString().ToLowerInvariant();
        var notices = new List<string>(grid.Notices)
        {
            $"time: {cube.Steps} {name} steps from {cube.StepStarts[0]:yyyy-MM-dd} (events {start:yyyy-MM-dd} to {end:yyyy-MM-dd})" +
            (partial ? "; the first or last step is only partly covered by the data" : ""),
        };
        if (cube.Steps < 3) throw new ArgumentException($"the events span {cube.Steps} {name} step(s); a trend needs at least 3 (use a shorter --step).");
        return new SpaceTimeLayer(grid, cube, notices);
    }
}
