using NetTopologySuite.Geometries;

namespace Geo.Sample;

/// <summary>
/// Writes the three incident files year by year: police background by category quota, the planted hotspots' extra
/// police incidents quarter by quarter, near-repeat chains of residential burglary generated per seed event, the
/// municipal reports (a quarter of the police volume) and the field-work observations (a tenth).
/// </summary>
internal static class IncidentGenerator
{
    public const string PoliceFile = "incidents_police.csv", MunicipalFile = "incidents_municipal.csv", FieldworkFile = "incidents_fieldwork.csv";
    public const string PoliceSource = "polisen-sample", MunicipalSource = "kommun-felanmalan", FieldworkSource = "faltgruppen";

    public static readonly NearRepeatParameters NearRepeat = new("burglary.residential", 200, 14, 0.3, 1.6);

    public sealed record Output(Dictionary<string, long> Rows, SortedDictionary<string, long> ByGroup, long Withheld, Dictionary<string, int[]> PlantedPerYear);

    public static Output Run(SampleOptions o, Landscape land, IReadOnlyList<SampleResource> resources, IReadOnlyList<HotspotPlan> plans, string outDir, IProgress<string>? progress)
    {
        var facilities = resources.GroupBy(r => r.Type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Geometry is Point p ? p.Coordinate : r.Geometry.InteriorPoint.Coordinate).ToArray(), StringComparer.Ordinal);
        var byGroup = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var planted = plans.ToDictionary(p => p.Id, _ => new int[o.Years], StringComparer.Ordinal);
        var policeModels = CategoryModels.Police.ToDictionary(m => m.Code, StringComparer.Ordinal);
        var police = new IncidentFileWriter(Path.Combine(outDir, PoliceFile), "P", land, facilities, byGroup, Xoshiro256.For(o.Seed, "police"));
        var municipal = new IncidentFileWriter(Path.Combine(outDir, MunicipalFile), "K", land, facilities, byGroup, Xoshiro256.For(o.Seed, "municipal"));
        var fieldwork = new IncidentFileWriter(Path.Combine(outDir, FieldworkFile), "F", land, facilities, byGroup, Xoshiro256.For(o.Seed, "fieldwork"));
        var samplersMunicipal = CategoryModels.Municipal.ToDictionary(m => m.Code, m => new TimeSampler(m), StringComparer.Ordinal);
        var samplersFieldwork = CategoryModels.Fieldwork.ToDictionary(m => m.Code, m => new TimeSampler(m), StringComparer.Ordinal);
        var samplersPolice = CategoryModels.Police.ToDictionary(m => m.Code, m => new TimeSampler(m), StringComparer.Ordinal);
        var lastDay = new DateOnly(o.FirstYear + o.Years - 1, 12, 31);
        try
        {
            for (var yi = 0; yi < o.Years; yi++)
            {
                var year = o.FirstYear + yi;
                progress?.Report($"incidents {year}");
                var extras = 0;
                foreach (var plan in plans)
                {
                    var n = WriteHotspot(police, plan, year, policeModels, samplersPolice);
                    planted[plan.Id][yi] = n;
                    extras += n;
                }
                Background(police, CategoryModels.Police, samplersPolice, year, Math.Max(0, o.IncidentsPerYear - extras), lastDay);
                Background(municipal, CategoryModels.Municipal, samplersMunicipal, year, o.IncidentsPerYear / 4, lastDay);
                Background(fieldwork, CategoryModels.Fieldwork, samplersFieldwork, year, o.IncidentsPerYear / 10, lastDay);
            }
        }
        finally
        {
            police.Dispose(); municipal.Dispose(); fieldwork.Dispose();
        }
        var rows = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            [PoliceFile] = police.Rows, [MunicipalFile] = municipal.Rows, [FieldworkFile] = fieldwork.Rows,
        };
        return new Output(rows, byGroup, police.Withheld + municipal.Withheld + fieldwork.Withheld, planted);
    }

    /// <summary>Extra incidents of one hotspot in one year, quarter by quarter, days drawn in proportion to the rate.</summary>
    private static int WriteHotspot(IncidentFileWriter w, HotspotPlan plan, int year, Dictionary<string, CategoryModel> models, Dictionary<string, TimeSampler> samplers)
    {
        var rng = w.Rng;
        var daysInYear = DateTime.IsLeapYear(year) ? 366 : 365;
        var total = 0;
        for (var q = 0; q < 4; q++)
        {
            var from = new DateOnly(year, 3 * q + 1, 1);
            var to = from.AddMonths(3).AddDays(-1);
            double expected = 0, max = 0;
            for (var d = from; d <= to; d = d.AddDays(1)) { var r = plan.RateOn(d); expected += r / daysInYear; max = Math.Max(max, r); }
            var n = (int)Math.Round(expected);
            var span = to.DayNumber - from.DayNumber + 1;
            for (var i = 0; i < n; i++)
            {
                DateOnly day;
                do day = from.AddDays(rng.Next(span)); while (rng.NextDouble() * max >= plan.RateOn(day));
                var code = plan.Categories[rng.Next(plan.Categories.Length)];
                var t = samplers[code].OnDay(day.ToDateTime(TimeOnly.MinValue), rng);
                var x = plan.Square.MinX + rng.NextDouble() * plan.Square.Width;
                var y = plan.Square.MinY + rng.NextDouble() * plan.Square.Height;
                w.Write(models[code], t, x, y, exact: true);
            }
            total += n;
        }
        return total;
    }

    /// <summary>Category quotas by the largest-remainder method, then each category's incidents (burglary with its chains).</summary>
    private static void Background(IncidentFileWriter w, CategoryModel[] models, Dictionary<string, TimeSampler> samplers, int year, int count, DateOnly lastDay)
    {
        var sum = models.Sum(m => m.Share);
        var quota = new int[models.Length];
        var rest = new (double Rem, int Index)[models.Length];
        var given = 0;
        for (var i = 0; i < models.Length; i++)
        {
            var exact = count * models[i].Share / sum;
            quota[i] = (int)Math.Floor(exact);
            given += quota[i];
            rest[i] = (exact - quota[i], i);
        }
        foreach (var (_, i) in rest.OrderByDescending(r => r.Rem).ThenBy(r => r.Index).Take(count - given)) quota[i]++;

        var rng = w.Rng;
        for (var i = 0; i < models.Length; i++)
        {
            var m = models[i];
            var sampler = samplers[m.Code];
            var nearRepeat = m.Code == NearRepeat.Category;
            var produced = 0;
            while (produced < quota[i])
            {
                var t = sampler.InYear(year, rng);
                var (x, y) = w.Place(m);
                w.Write(m, t, x, y);
                produced++;
                if (!nearRepeat || rng.NextDouble() >= NearRepeat.ChainProbability) continue;
                // 1 + Geometric(0.375) followers: mean 1 + 0.6 = 1.6.
                var followers = 1;
                while (rng.NextDouble() < 0.375) followers++;
                for (var k = 0; k < followers && produced < quota[i]; k++)
                {
                    var day = t.Date.AddDays(1 + rng.Next(NearRepeat.Days));
                    if (DateOnly.FromDateTime(day) > lastDay) break;
                    if (!Near(w, x, y, rng, out var fx, out var fy)) break;
                    w.Write(m, sampler.OnDay(day, rng), fx, fy);
                    produced++;
                }
            }
        }
    }

    private static bool Near(IncidentFileWriter w, double x, double y, Xoshiro256 rng, out double fx, out double fy)
    {
        var r = NearRepeat.DistanceMetres;
        for (var k = 0; k < 32; k++)
        {
            var dx = rng.Uniform(-r, r); var dy = rng.Uniform(-r, r);
            if (dx * dx + dy * dy > r * r * 0.98) continue;
            fx = x + dx; fy = y + dy;
            if (w.Land.OnLand(fx, fy)) return true;
        }
        fx = fy = 0;
        return false;
    }
}
