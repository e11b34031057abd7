using System.Globalization;
using Geo.Analysis.Density;
using Geo.Analysis.Inference;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace Geo.Planning.Stats;

/// <summary>
/// Kernel density of point events on a square grid in events per km² per cell (quartic or Gaussian kernel; edge
/// correction by the kernel mass inside the boundary, Diggle 1985, per event by default so that density × cell area sums
/// to the events in the cells inside), with the bandwidth, cell size and that sum announced.
/// </summary>
public sealed class KdeOperation(StatsFiles files)
{
    public KdeSurface Run(KdeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Bandwidth is { } b && !(b > 0 && double.IsFinite(b))) throw new ArgumentException("--bandwidth: give a positive number of metres or 'auto'.");
        if (request.CellSize is { } s && !(s > 0 && double.IsFinite(s))) throw new ArgumentException("--cell-size: give a positive number of metres or 'auto'.");
        var points = files.ReadPoints(request.Input, request.Field, request.Events?.TimeField, request.Events ?? new EventInput());
        var notices = new List<string>(points.Notices);
        Geometry? area = null;
        if (request.BoundaryFile is { } bf)
        {
            string described;
            (area, described) = files.ReadBoundary(bf, points);
            notices.Add($"{points.Describe()}; boundary: {described}");
        }
        else notices.Add($"{points.Describe()}; no boundary: the grid covers the points' bounding box plus one bandwidth");
        var h = request.Bandwidth ?? AutomaticBandwidth(points);

        // The extent: the boundary's envelope, or the points' bounding box grown by one bandwidth.
        var env = area?.EnvelopeInternal ?? Extent(points, h);
        var locator = area is null ? null : new IndexedPointInAreaLocator(area);
        bool Inside(int i) => locator is null || locator.Locate(new Coordinate(points.X[i], points.Y[i])) != Location.Exterior;
        var insideCount = Enumerable.Range(0, points.Count).Count(Inside);
        var (grid, sizeRule) = DensityGridPlan.Cover(env, h, request.CellSize, area?.Area ?? env.Area, insideCount);
        var mask = locator is null ? null : grid.MaskFrom((x, y) => locator.Locate(new Coordinate(x, y)) != Location.Exterior);
        var edge = area is not null && request.EdgeCorrection;
        var r = KernelDensity.Estimate(points.X, points.Y, grid, new KdeOptions(request.Kernel, request.Bandwidth, edge, mask, request.EdgeMethod), points.Weight);
        var summary = DensitySummary.Of(r, grid, mask);
        var inside = points.Weight is null ? insideCount : Enumerable.Range(0, points.Count).Where(Inside).Sum(i => points.Weight[i]);
        var kernelName = request.Kernel == Kernel.Gaussian ? "gaussian" : "quartic";
        var diggle = edge && request.EdgeMethod == EdgeCorrectionMethod.Diggle;
        notices.Add($"bandwidth: {r.Rule}");
        notices.Add($"grid: {sizeRule}; {summary.Cells.Length} cells{(mask is null ? "" : " inside the boundary")}; kernel: {kernelName}; " +
                    $"edge correction: {(!edge ? "off" : diggle ? "on (Diggle: per event)" : "on (uniform: per cell)")}");
        var what = points.Weight is null ? "points" : "weight";
        notices.Add(string.Create(CultureInfo.InvariantCulture, $"max density {summary.Max:G6} {KdeSurface.Unit}; density x cell area summed over the cells = {summary.Integral:0.#} events; ") +
                    MassNote(diggle, edge, r, inside, what));
        var srid = points.DeclaredSrid ?? (area is { SRID: > 0 } a ? a.SRID : null);
        return new KdeSurface(points, r, mask, summary, sizeRule, kernelName, edge, inside, notices, srid) { Method = request.EdgeMethod };
    }

    /// <summary>The rule-of-thumb bandwidth, or a data error asking for --bandwidth when the points are (nearly) at one place.</summary>
    private static double AutomaticBandwidth(PointLayer points)
    {
        var file = Path.GetFileName(points.File);
        if (InputCheck.SamePlace(points.X, points.Y) is { } same)
            throw new StatisticInputException($"{file}: {same}: a rule-of-thumb bandwidth would be 0 m; give --bandwidth M (metres).");
        try
        {
            return BandwidthRule.Choose(points.X, points.Y).Value;
        }
        catch (StatisticInputException e)
        {
            throw new StatisticInputException($"{file}: {e.Message.TrimEnd('.')} (--bandwidth M).", e);
        }
    }

    /// <summary>What the summed density equals, in words.</summary>
    private static string MassNote(bool diggle, bool edge, KdeResult r, double inside, string what) =>
        diggle
            ? FormattableString.Invariant($"the {r.Events:0.#} {what} in the cells inside the boundary (Diggle's correction keeps the mass; {inside:0.#} {what} inside the boundary polygon, cells decided by their centres)")
            : edge
                ? FormattableString.Invariant($"the uniform edge correction does not keep the mass, so this is not the {inside:0.#} {what} inside (the discretised kernel's mass is {r.KernelMass:0.####}; use --edge-correction diggle)")
                : FormattableString.Invariant($"{inside:0.#} {what} inside; without edge correction the kernel mass beyond the boundary is lost");

    private static Envelope Extent(PointLayer points, double h)
    {
        var env = new Envelope();
        for (var i = 0; i < points.Count; i++) env.ExpandToInclude(points.X[i], points.Y[i]);
        env.ExpandBy(h);
        return env;
    }
}
