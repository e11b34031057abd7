using Geo.Analysis.SpaceTime;

namespace Geo.Planning.Stats;

/// <summary>Point events on a grid and in a space-time cube of whole calendar steps over the period the data (or --from/--to) cover.</summary>
public sealed record SpaceTimeLayer(PointGrid Grid, SpaceTimeCube Cube, IReadOnlyList<string> Notices)
{
    /// <summary>
    /// Reads the events (in local time), drops (or keeps, with <see cref="PartialSteps.Keep"/>) a first or last step only
    /// partly covered by the period from --from (else the first event's date) to --to (else the last event's date), builds
    /// the grid and the cube; announces the steps and every partial step with its coverage.
    /// </summary>
    internal static SpaceTimeLayer Load(SpaceTimeRequest request, StatsFiles files)
    {
        var events = (request.Events ?? new EventInput()) with { TimeField = request.TimeField };
        var points = files.ReadPoints(request.Input, request.Field, request.TimeField, events);
        var step = request.Step;
        var name = step.ToString().ToLowerInvariant();
        var times = points.Time!;
        var first = DateOnly.FromDateTime(times.Min());
        var last = DateOnly.FromDateTime(times.Max());
        var covered = (From: events.From ?? first, To: events.To ?? last);
        var (start, end) = covered;
        var firstStep = SpaceTimeCube.StepStart(covered.From, step);
        var lastStep = SpaceTimeCube.StepStart(covered.To, step);
        var partial = new List<(DateOnly Step, DateOnly From, DateOnly To, bool First)>();
        if (firstStep < covered.From) partial.Add((firstStep, covered.From, Min(Next(firstStep, step).AddDays(-1), covered.To), true));
        if (Next(lastStep, step).AddDays(-1) > covered.To && (lastStep != firstStep || partial.Count == 0))
            partial.Add((lastStep, Max(lastStep, covered.From), covered.To, false));
        var drop = request.PartialSteps == PartialSteps.Drop;
        foreach (var (s, f, t, isFirst) in partial)
        {
            var days = t.DayNumber - f.DayNumber + 1;
            var total = Next(s, step).DayNumber - s.DayNumber;
            var inStep = times.Count(x => { var d = DateOnly.FromDateTime(x); return d >= s && d < Next(s, step); });
            var what = $"time: the {(isFirst ? "first" : "last")} {name} step ({s:yyyy-MM-dd} to {Next(s, step).AddDays(-1):yyyy-MM-dd}) is only partly covered by {((isFirst ? events.From : events.To) is null ? "the data" : isFirst ? "--from" : "--to")}: " +
                       $"{f:yyyy-MM-dd} to {t:yyyy-MM-dd}, {days} of {total} days, {inStep} events";
            if (!drop) { points = points with { Notices = [.. points.Notices, what + "; kept (--partial-steps keep)"] }; continue; }
            if (isFirst) start = Next(s, step); else end = s.AddDays(-1);
            if (end < start)
                throw new ArgumentException($"the period {covered.From:yyyy-MM-dd} to {covered.To:yyyy-MM-dd} holds no whole {name} step: use a shorter --step, widen --from/--to, or --partial-steps keep.");
            var (from, to, before) = (start, end, points.Time!);
            points = points.Where(i => { var d = DateOnly.FromDateTime(before[i]); return d >= from && d <= to; },
                what + "; dropped with its events (--partial-steps keep keeps it)");
        }
        var grid = PointGrid.Build(points, request.Grid ?? new GridRequest(), files);
        var cube = SpaceTimeCube.Build(grid.Grid.Count, grid.Cell, points.Time!, step, start, end, points.Weight);
        var notices = new List<string>(grid.Notices)
        {
            $"time: {cube.Steps} {name} steps from {cube.StepStarts[0]:yyyy-MM-dd} to {Next(cube.StepStarts[^1], step).AddDays(-1):yyyy-MM-dd} " +
            $"(events {first:yyyy-MM-dd} to {last:yyyy-MM-dd}{(drop && partial.Count > 0 ? ", before dropping partial steps" : "")})",
        };
        if (cube.Steps < 3) throw new ArgumentException($"the events span {cube.Steps} whole {name} step(s); a trend needs at least 3 (use a shorter --step).");
        return new SpaceTimeLayer(grid, cube, notices);
    }

    /// <summary>The first day of the step after the one starting on <paramref name="stepStart"/>.</summary>
    private static DateOnly Next(DateOnly stepStart, TimeStep step) => step switch
    {
        TimeStep.Week => stepStart.AddDays(7),
        TimeStep.Month => stepStart.AddMonths(1),
        TimeStep.Quarter => stepStart.AddMonths(3),
        _ => stepStart.AddYears(1),
    };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
