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

    /// <param name="PlantedMinutes">Per hotspot, its extra incidents per minute of the week (Monday 00:00 = 0).</param>
    public sealed record Output(Dictionary<string, long> Rows, SortedDictionary<string, long> ByGroup, long Withheld, Dictionary<string, int[]> PlantedPerYear,
        Dictionary<string, int[]> PlantedMinutes);

    public static Output Run(SampleOptions o, Landscape land, IReadOnlyList<SampleResource> resources, IReadOnlyList<HotspotPlan> plans, string outDir, IProgress<string>? progress)
    {
        var facilities = resources.GroupBy(r => r.Type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Geometry is Point p ? p.Coordinate : r.Geometry.InteriorPoint.Coordinate).ToArray(), StringComparer.Ordinal);
        var byGroup = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var planted = plans.ToDictionary(p => p.Id, _ => new int[o.Years], StringComparer.Ordinal);
        var minutes = plans.ToDictionary(p => p.Id, _ => new int[Geo.Core.Time.OpeningHours.MinutesPerWeek], StringComparer.Ordinal);
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
                var slots = new List<HotspotSlot>();
                foreach (var plan in plans)
                    for (var q = 0; q < 4; q++)
                    {
                        var slot = HotspotSlot.Create(plan, year, q, minutes[plan.Id]);
                        planted[plan.Id][yi] += slot.Count;
                        slots.Add(slot);
                    }
                var extras = slots.Sum(x => x.Count);
                WriteYear(police, CategoryModels.Police, samplersPolice, year, Math.Max(0, o.IncidentsPerYear - extras), slots, policeModels, lastDay);
                WriteYear(municipal, CategoryModels.Municipal, samplersMunicipal, year, o.IncidentsPerYear / 4, [], policeModels, lastDay);
                WriteYear(fieldwork, CategoryModels.Fieldwork, samplersFieldwork, year, o.IncidentsPerYear / 10, [], policeModels, lastDay);
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
        return new Output(rows, byGroup, police.Withheld + municipal.Withheld + fieldwork.Withheld, planted, minutes);
    }

    /// <summary>
    /// One year of a file: category quotas by the largest-remainder method plus the hotspots' extras, written in
    /// random order by drawing each next row's kind in proportion to what is left (so neither ids nor row order reveal
    /// what was planted); near-repeat followers wait in a small pending list and come out at random later positions.
    /// </summary>
    private static void WriteYear(IncidentFileWriter w, CategoryModel[] models, Dictionary<string, TimeSampler> samplers, int year, int count,
        List<HotspotSlot> slots, Dictionary<string, CategoryModel> policeModels, DateOnly lastDay)
    {
        var sum = models.Sum(m => m.Share);
        var left = new int[models.Length + slots.Count];
        var rest = new (double Rem, int Index)[models.Length];
        var given = 0;
        for (var i = 0; i < models.Length; i++)
        {
            var exact = count * models[i].Share / sum;
            left[i] = (int)Math.Floor(exact);
            given += left[i];
            rest[i] = (exact - left[i], i);
        }
        foreach (var (_, i) in rest.OrderByDescending(r => r.Rem).ThenBy(r => r.Index).Take(count - given)) left[i]++;
        for (var k = 0; k < slots.Count; k++) left[models.Length + k] = slots[k].Count;
        var total = left.Sum();

        var rng = w.Rng;
        var pending = new List<(CategoryModel M, DateTime T, double X, double Y)>();
        while (total > 0 || pending.Count > 0)
        {
            if (pending.Count > 0 && (total == 0 || rng.Next(total + pending.Count) < pending.Count))
            {
                var k = rng.Next(pending.Count);
                var p = pending[k];
                pending[k] = pending[^1];
                pending.RemoveAt(pending.Count - 1);
                w.Write(p.M, p.T, p.X, p.Y);
                continue;
            }
            var r = rng.Next(total);
            var t = 0;
            while (r >= left[t]) { r -= left[t]; t++; }
            left[t]--; total--;
            if (t >= models.Length)
            {
                slots[t - models.Length].WriteOne(w, policeModels, samplers);
                continue;
            }
            var m = models[t];
            var sampler = samplers[m.Code];
            var time = sampler.InYear(year, rng);
            var (x, y) = w.Place(m);
            w.Write(m, time, x, y);
            if (m.Code != NearRepeat.Category || rng.NextDouble() >= NearRepeat.ChainProbability) continue;
            // 1 + Geometric(0.375) followers: mean 1 + 0.6 = 1.6; they count against the category's quota.
            var followers = 1;
            while (rng.NextDouble() < 0.375) followers++;
            for (var k = 0; k < followers && left[t] > 0; k++)
            {
                var day = time.Date.AddDays(1 + rng.Next(NearRepeat.Days));
                if (DateOnly.FromDateTime(day) > lastDay) break;
                if (!Near(w, x, y, rng, out var fx, out var fy)) break;
                pending.Add((m, sampler.OnDay(day, rng), fx, fy));
                left[t]--; total--;
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
