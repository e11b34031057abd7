using System.Globalization;
using Geo.Analysis.Grids;
using NetTopologySuite.Geometries;

namespace Geo.Analysis.Density;

/// <summary>
/// Lays a <see cref="DensityGrid"/> over an extent for kernel density: cells aligned to multiples of the cell size, and
/// an automatic cell size when none is given — the <see cref="AutomaticCellSize"/> rule (about five events per cell),
/// reduced to the nice size nearest a quarter of the bandwidth when that is finer, so that the kernel spans several cells
/// and the surface is smooth rather than blocky. The chosen size comes back with a one-line rule to announce.
/// </summary>
public static class DensityGridPlan
{
    /// <summary>Largest grid laid out (cells), about 400 MB of doubles for the density and its edge correction.</summary>
    public const long MaxCells = 50_000_000;

    /// <param name="extent">The area to cover (a boundary's envelope, or the points' box grown by one bandwidth).</param>
    /// <param name="bandwidth">The kernel bandwidth in metres (radius for quartic, σ for Gaussian).</param>
    /// <param name="cellSize">The cell side in metres, or null for the automatic rule.</param>
    /// <param name="area">The study area in m² (the boundary's area, or the extent's) for the automatic rule.</param>
    /// <param name="events">The number of events inside the study area, for the automatic rule.</param>
    public static (DensityGrid Grid, string Rule) Cover(Envelope extent, double bandwidth, double? cellSize, double area, int events)
    {
        ArgumentNullException.ThrowIfNull(extent);
        if (extent.IsNull) throw new ArgumentException("the extent is empty.", nameof(extent));
        if (!(bandwidth > 0) || !double.IsFinite(bandwidth)) throw new ArgumentOutOfRangeException(nameof(bandwidth), bandwidth, "must be a positive number of metres.");
        double size;
        string rule;
        if (cellSize is { } given)
        {
            if (!(given > 0) || !double.IsFinite(given)) throw new ArgumentOutOfRangeException(nameof(cellSize), given, "must be a positive number of metres.");
            (size, rule) = (given, string.Create(CultureInfo.InvariantCulture, $"cell size {given} m (given)"));
        }
        else
        {
            (size, rule) = AutomaticCellSize.Choose(area, Math.Min(extent.Width, extent.Height), events);
            var finer = AutomaticCellSize.Nice(bandwidth / 4);
            if (finer < size)
            {
                rule += string.Create(CultureInfo.InvariantCulture,
                    $"; reduced to {finer} m, about a quarter of the {bandwidth:0.#} m bandwidth, so the kernel spans several cells");
                size = finer;
            }
        }
        var ox = Math.Floor(extent.MinX / size) * size;
        var oy = Math.Floor(extent.MinY / size) * size;
        var columns = Math.Max(1L, (long)Math.Ceiling((extent.MaxX - ox) / size));
        var rows = Math.Max(1L, (long)Math.Ceiling((extent.MaxY - oy) / size));
        if (columns * rows > MaxCells)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"a {columns} x {rows} grid of {size} m cells is too large (more than {MaxCells:N0} cells); use a larger cell size."));
        return (new DensityGrid(ox, oy, size, (int)columns, (int)rows), rule);
    }
}
