using System.Globalization;
using Geo.Analysis.Density;

namespace Geo.Planning.Stats;

/// <summary>
/// Dual kernel density (Levine, CrimeStat ch. 8): the incident density divided by the population density, both on one grid
/// with one kernel, bandwidth, boundary and edge correction, as events per <see cref="DualKdeRequest.Per"/> residents.
/// Cells where the smoothed population is below <see cref="DualKdeRequest.MinResidents"/> residents get no rate, since a
/// ratio over next to nobody is noise.
/// </summary>
public sealed class DualKdeOperation(StatsFiles files, KdeOperation kde)
{
    public DualKdeResult Run(DualKdeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!(request.Per > 0) || !double.IsFinite(request.Per)) throw new ArgumentException("--per: give a positive number of residents, e.g. 1000.");
        if (!(request.MinResidents >= 0) || !double.IsFinite(request.MinResidents)) throw new ArgumentException("--min-residents: give 0 or a positive number of residents per cell.");
        var incidents = kde.Run(request.Incidents);
        var population = files.ReadValues(request.Population, request.PopulationField, null);
        if (incidents.Srid is { } a && population.DeclaredSrid is { } b && a != b)
            throw new ArgumentException($"--population {request.Population} is in EPSG:{b} but the events in EPSG:{a}; give both in the same CRS.");
        for (var i = 0; i < population.Count; i++)
            if (!(population.Values[i] >= 0))
                throw new ArgumentException($"{request.Population} row {i + 1}: {request.PopulationField} is {population.Values[i].ToString(CultureInfo.InvariantCulture)}; residents must be 0 or more.");
        var residents = population.Values.Sum();
        if (residents <= 0) throw new ArgumentException($"{request.Population}: {request.PopulationField} sums to 0; there is no population to divide by.");

        var grid = incidents.Grid;
        var xs = population.Points.Select(p => p.X).ToArray();
        var ys = population.Points.Select(p => p.Y).ToArray();
        var method = request.Incidents.EdgeMethod;
        var pop = KernelDensity.Estimate(xs, ys, grid,
            new KdeOptions(request.Incidents.Kernel, incidents.Result.Bandwidth, incidents.EdgeCorrected, incidents.Mask, method), population.Values);
        // Residents per km² below MinResidents per cell give no rate.
        var threshold = request.MinResidents / grid.CellAreaKm2;
        var ratio = DualKernelDensity.Ratio(incidents.Result, pop, Math.Max(threshold, 0));
        var rate = new double[ratio.Length];
        var without = 0;
        var mask = incidents.Mask;
        for (var i = 0; i < rate.Length; i++)
        {
            rate[i] = ratio[i] * request.Per;
            if ((mask is null || mask[i]) && double.IsNaN(rate[i])) without++;
        }
        var notices = new List<string>(incidents.Notices)
        {
            string.Create(CultureInfo.InvariantCulture,
                $"population: {residents:0.###} residents in {population.Count} {(population.Polygons is null ? "points" : "polygons (at their centroids)")} of {Path.GetFileName(request.Population)} ({request.PopulationField}), " +
                $"smoothed on the same grid with the same kernel and bandwidth ({incidents.Result.Bandwidth:0.#} m)"),
            string.Create(CultureInfo.InvariantCulture,
                $"rate: events per {request.Per:0.###} residents = incident density / population density; {without} of {incidents.Summary.Cells.Length} cells have fewer than {request.MinResidents:0.###} smoothed residents and no rate"),
        };
        return new DualKdeResult(incidents, pop, rate, request.Per, residents, without, notices);
    }
}
