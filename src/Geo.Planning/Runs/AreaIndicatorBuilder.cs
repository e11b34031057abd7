using System.Text.Json;
using Geo.Analysis.Change;
using Geo.Analysis.Grids;
using Geo.Analysis.Inference;
using Geo.Analysis.Rates;
using Geo.Analysis.Repeat;
using Geo.Analysis.SpaceTime;
using Geo.Analysis.Statistics;
using Geo.Analysis.Time;
using Geo.Analysis.Weights;
using Geo.Core.Domain;
using Geo.Storage;
using Geo.Storage.Model;

namespace Geo.Planning.Runs;

/// <summary>
/// The area indicators of a run: per area of the set (and the whole study area as the reference row '*') and per
/// category group (and 'total'): counts, rates, empirical-Bayes rate, location quotient, shares, change, trend, time
/// profile, where inside (hot-cell shares, top 10 % of cells), LISA class, repeat share and data quality.
/// </summary>
internal static class AreaIndicatorBuilder
{
    public const string Total = "total";
    public const string ReferenceCode = "*";

    public sealed record Input(
        RunEvents Events, IReadOnlyList<RunArea> Areas, RunPeriod Period, RunPeriod? Compare,
        sbyte[] CellConfidence, int[] CellArea, AnalysisConfig Config, string StudyAreaName, IReadOnlyList<string> Sources);

    /// <summary>The rows, and the per-(area, group) event lists the priorities reuse (period events only).</summary>
    public sealed record Output(List<RunAreaIndicatorEntity> Rows, List<int>[,] Lists, double[,] Rate, double[,] EbRate, double[] StudyRate);

    public static Output Build(Input input)
    {
        var ev = input.Events;
        var areas = input.Areas;
        var a = areas.Count;
        var g = ev.Groups.Count;
        var lists = new List<int>[a + 1, g + 1];
        var compare = new int[a + 1, g + 1];
        for (var i = 0; i <= a; i++)
            for (var k = 0; k <= g; k++) lists[i, k] = [];
        for (var e = 0; e < ev.Count; e++)
        {
            if (ev.Period[e] < 0) continue;
            var area = ev.Area[e];
            if (ev.Period[e] == 0)
            {
                lists[a, ev.Group[e]].Add(e);
                lists[a, g].Add(e);
                if (area >= 0)
                {
                    lists[area, ev.Group[e]].Add(e);
                    lists[area, g].Add(e);
                }
            }
            else
            {
                compare[a, ev.Group[e]]++;
                compare[a, g]++;
                if (area >= 0)
                {
                    compare[area, ev.Group[e]]++;
                    compare[area, g]++;
                }
            }
        }

        var population = areas.Select(x => x.Population is { } p ? (double)p : double.NaN).ToArray();
        // Empirical Bayes needs every area's population (an area of 0 residents gets no rate and stays out of the prior);
        // LISA runs on the areas with residents and their own contiguity (an area without neighbours among them is undefined).
        var allHavePopulation = a > 0 && areas.All(x => x.Population is not null);
        var totalPopulation = areas.Sum(x => (double)(x.Population ?? 0));
        var repeat = RepeatFlags(ev, g);
        var cellsPerArea = new int[a];
        foreach (var c in input.CellArea) if (c >= 0) cellsPerArea[c]++;
        var lisaAreas = allHavePopulation ? Enumerable.Range(0, a).Where(i => areas[i].Population > 0).ToArray() : [];
        SpatialWeights? areaWeights = null;
        if (lisaAreas.Length >= 3)
        {
            var w = ContiguityWeights.FromPolygons(lisaAreas.Select(i => (NetTopologySuite.Geometries.Geometry)areas[i].Geometry).ToList(), ContiguityRule.Queen);
            if (w.Islands().Count() < lisaAreas.Length) areaWeights = WeightsTransform.RowStandardise(w);
        }

        var rows = new List<RunAreaIndicatorEntity>((a + 1) * (g + 1));
        var rate = new double[a, g + 1];
        var eb = new double[a, g + 1];
        var studyRate = new double[g + 1];
        var monthsStart = input.Period.From;
        var monthCount = input.Period.Months().Count;
        for (var k = 0; k <= g; k++)
        {
            var groupName = k == g ? Total : ev.Groups[k];
            var counts = new double[a];
            var allCounts = new double[a];
            for (var i = 0; i < a; i++) { counts[i] = lists[i, k].Count; allCounts[i] = lists[i, g].Count; }
            var rates = AreaRates.Compute(counts, population, input.Config.UnstableBelow);
            var ebr = allHavePopulation ? EmpiricalBayes.Global(counts, population) : null;
            var lq = LocationQuotient.CrimeMix(counts, allCounts, lists[a, k].Count, lists[a, g].Count);
            LocalResult? lisa = null;
            var lisaOf = new int[a];
            Array.Fill(lisaOf, -1);
            for (var j = 0; j < lisaAreas.Length; j++) lisaOf[lisaAreas[j]] = j;
            if (areaWeights is not null && counts.Sum() > 0)
            {
                var values = lisaAreas.Select(i => rates.PerThousand[i]).ToArray();
                if (values.Distinct().Count() > 1)
                    lisa = LocalMoran.Compute(values, areaWeights, input.Config.Permutations, input.Config.Seed + (ulong)k, 0.05, Correction.None);
            }
            studyRate[k] = totalPopulation > 0 ? lists[a, k].Count / totalPopulation * 1000 : double.NaN;
            for (var i = 0; i <= a; i++)
            {
                var isRef = i == a;
                var list = lists[i, k];
                var row = new RunAreaIndicatorEntity
                {
                    StudyAreaCode = "",
                    AreaCode = isRef ? ReferenceCode : areas[i].Code,
                    CategoryGroup = groupName,
                    AreaName = isRef ? input.StudyAreaName : areas[i].Name,
                    IsReference = isRef,
                    Population = isRef ? (totalPopulation > 0 ? (int)totalPopulation : null) : areas[i].Population,
                    Incidents = list.Count,
                    IncidentsCompare = input.Compare is null ? null : compare[i, k],
                    Unstable = list.Count < input.Config.UnstableBelow,
                };
                if (isRef)
                {
                    if (totalPopulation > 0)
                    {
                        row.RatePer1000 = list.Count / totalPopulation * 1000;
                        row.RatePer100000 = list.Count / totalPopulation * 100000;
                        row.RelativeRate = 1;
                    }
                    row.ShareIncidents = 1;
                    row.SharePopulation = totalPopulation > 0 ? 1 : null;
                    row.LocationQuotient = 1;
                }
                else
                {
                    row.RatePer1000 = Num(rates.PerThousand[i]);
                    row.RatePer100000 = Num(rates.PerHundredThousand[i]);
                    row.ShareIncidents = Num(rates.ShareIncidents[i]);
                    row.SharePopulation = Num(rates.SharePopulation[i]);
                    row.RelativeRate = Num(rates.RelativeRate[i]);
                    row.LocationQuotient = Num(lq[i]);
                    if (ebr is not null) row.RateEbPer1000 = Num(ebr.Estimate[i] * 1000);
                    rate[i, k] = rates.PerThousand[i];
                    eb[i, k] = ebr is null ? double.NaN : ebr.Estimate[i] * 1000;
                    if (lisa is not null && lisaOf[i] >= 0)
                    {
                        row.LisaClass = LisaCode(lisa.Class[lisaOf[i]]);
                        row.LisaP = Num(lisa.PseudoP?[lisaOf[i]] ?? lisa.P[lisaOf[i]]);
                    }
                }
                Change(row, list.Count, input.Compare is null ? null : compare[i, k], input.Period, input.Compare);
                Trend(row, ev, list, monthsStart, monthCount);
                When(row, ev, list);
                Where(row, ev, list, input.CellConfidence, isRef ? -1 : cellsPerArea[i]);
                Repeat(row, ev, list, repeat[k]);
                Quality(row, ev, list, isRef, k == g, input.Sources);
                row.Geom = isRef ? null : areas[i].Geometry;
                rows.Add(row);
            }
        }
        return new Output(rows, lists, rate, eb, studyRate);
    }

    /// <summary>Repeat flags per group (same group at the same place) and, last, for all groups together.</summary>
    private static bool[][] RepeatFlags(RunEvents ev, int groups)
    {
        var flags = new bool[groups + 1][];
        for (var k = 0; k <= groups; k++)
        {
            var idx = new List<int>();
            for (var e = 0; e < ev.Count; e++)
                if (ev.Period[e] == 0 && (k == groups || ev.Group[e] == k)) idx.Add(e);
            var x = idx.Select(e => ev.Incidents.X[e]).ToArray();
            var y = idx.Select(e => ev.Incidents.Y[e]).ToArray();
            var f = RepeatPlaces.Flag(x, y);
            var all = new bool[ev.Count];
            for (var j = 0; j < idx.Count; j++) all[idx[j]] = f[j];
            flags[k] = all;
        }
        return flags;
    }

    internal static void Change(RunAreaIndicatorEntity row, int count, int? compareCount, RunPeriod period, RunPeriod? compare)
    {
        var (ratio, lower, upper, p, cls) = ChangeOf(count, compareCount, period, compare);
        row.RateRatio = ratio; row.RateRatioLower = lower; row.RateRatioUpper = upper; row.RateRatioP = p; row.ChangeClass = cls;
    }

    /// <summary>The exact conditional rate ratio of the period against the comparison period (exposures: their days) and its class.</summary>
    internal static (double? Ratio, double? Lower, double? Upper, double? P, string? Class) ChangeOf(int count, int? compareCount, RunPeriod period, RunPeriod? compare)
    {
        if (compare is null || compareCount is null) return (null, null, null, null, null);
        if (count + compareCount.Value == 0) return (null, null, null, null, "undefined");
        var r = RateRatio.Test(count, period.Days, compareCount.Value, compare.Days);
        var cls = r.P < 0.05 ? (r.Statistic > 1 ? "significant_rise" : "significant_fall") : "no_significant_change";
        return (Num(r.Statistic), Num(r.Lower), Num(r.Upper), Num(r.P), cls);
    }

    internal static double[] Monthly(RunEvents ev, IEnumerable<int> list, DateOnly from, int months)
    {
        var m = new double[months];
        foreach (var e in list)
        {
            var d = ev.Date[e];
            var idx = (d.Year - from.Year) * 12 + d.Month - from.Month;
            if (idx >= 0 && idx < months) m[idx]++;
        }
        return m;
    }

    internal static (double? S, double? Z, double? P, double? Pct, double? Lower, double? Upper, string Class) TrendOf(double[] monthly)
    {
        if (monthly.Length < 3 || monthly.Sum() == 0) return (null, null, null, null, null, null, "undefined");
        var mk = MannKendall.Test(monthly);
        var pt = PoissonTrend.Fit(monthly);
        var (lo, hi) = pt.PercentPerYearInterval(12);
        var cls = double.IsNaN(mk.P) ? "no_trend" : mk.IsSignificant(0.05) ? (mk.Trend > 0 ? "rising" : "falling") : "no_trend";
        return (Num(mk.S), Num(mk.Z), Num(mk.P), Num(pt.PercentPerYear(12)), Num(lo), Num(hi), cls);
    }

    private static void Trend(RunAreaIndicatorEntity row, RunEvents ev, List<int> list, DateOnly from, int months)
    {
        var monthly = Monthly(ev, list, from, months);
        row.MonthlyCounts = monthly.Select(v => (int)v).ToArray();
        var t = TrendOf(monthly);
        row.TrendMkS = t.S; row.TrendMkZ = t.Z; row.TrendMkP = t.P;
        row.TrendPercentPerYear = t.Pct; row.TrendPercentPerYearLower = t.Lower; row.TrendPercentPerYearUpper = t.Upper;
        row.TrendClass = t.Class;
    }

    internal static TimeProfileResult ProfileOf(RunEvents ev, IReadOnlyList<int> list)
    {
        var times = new DateTime[list.Count];
        var precision = new TimePrecision[list.Count];
        for (var j = 0; j < list.Count; j++) { times[j] = ev.Incidents.LocalTime[list[j]]; precision[j] = ev.Incidents.TimePrecision[list[j]]; }
        return TimeProfile.Compute(times, precision);
    }

    private static void When(RunAreaIndicatorEntity row, RunEvents ev, List<int> list)
    {
        var p = ProfileOf(ev, list);
        row.TimedHour = p.WithHour;
        row.UntimedHour = p.Events - p.WithHour;
        row.EveningShare = Num(p.EveningShare);
        row.NightShare = Num(p.NightShare);
        row.WeekendShare = Num(p.WeekendShare);
        row.HourWeekday = Ints(p.HourWeekday);
        row.MonthOfYear = Ints(p.MonthOfYear);
    }

    private static void Where(RunAreaIndicatorEntity row, RunEvents ev, List<int> list, sbyte[] confidence, int areaCells)
    {
        int onGrid = 0, h90 = 0, h95 = 0, h99 = 0;
        var byCell = new Dictionary<int, int>();
        foreach (var e in list)
        {
            var c = ev.Cell[e];
            if (c < 0) continue;
            onGrid++;
            var conf = confidence[c];
            if (conf >= 90) h90++;
            if (conf >= 95) h95++;
            if (conf >= 99) h99++;
            byCell[c] = byCell.GetValueOrDefault(c) + 1;
        }
        if (onGrid == 0) return;
        row.HotShare90 = (double)h90 / onGrid;
        row.HotShare95 = (double)h95 / onGrid;
        row.HotShare99 = (double)h99 / onGrid;
        var cells = areaCells > 0 ? areaCells : byCell.Count;
        var top = (int)Math.Ceiling(0.1 * cells);
        row.Top10CellsShare = (double)byCell.Values.OrderByDescending(v => v).Take(top).Sum() / onGrid;
    }

    private static void Repeat(RunAreaIndicatorEntity row, RunEvents ev, List<int> list, bool[] flags)
    {
        int located = 0, repeated = 0;
        foreach (var e in list)
        {
            if (double.IsNaN(ev.Incidents.X[e])) continue;
            located++;
            if (flags[e]) repeated++;
        }
        row.RepeatShare = located > 0 ? (double)repeated / located : null;
    }

    private static void Quality(RunAreaIndicatorEntity row, RunEvents ev, List<int> list, bool isReference, bool isTotal, IReadOnlyList<string> runSources)
    {
        if (list.Count == 0)
        {
            if (isTotal) row.SourcesMissing = [.. runSources];
            return;
        }
        int withheld = 0, approximate = 0, centroid = 0;
        var time = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var sources = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in list)
        {
            var lp = ev.Incidents.LocationPrecision[e];
            if (lp == LocationPrecision.Withheld || double.IsNaN(ev.Incidents.X[e])) withheld++;
            else if (lp is LocationPrecision.StreetSegment or LocationPrecision.AreaCentroid) approximate++;
            if (lp == LocationPrecision.AreaCentroid) centroid++;
            var tp = ev.Incidents.TimePrecision[e].Code();
            time[tp] = time.GetValueOrDefault(tp) + 1;
            var s = ev.Incidents.Source[e];
            sources[s] = sources.GetValueOrDefault(s) + 1;
        }
        var n = (double)list.Count;
        row.WithheldShare = isReference ? withheld / n : null;
        row.ApproximateShare = approximate / n;
        row.AreaCentroidShare = centroid / n;
        row.TimePrecision = JsonSerializer.Serialize(time);
        row.Sources = JsonSerializer.Serialize(sources);
        if (isTotal) row.SourcesMissing = [.. runSources.Where(s => !sources.ContainsKey(s))];
    }

    private static string LisaCode(LocalClass c) => c switch
    {
        LocalClass.HighHigh => "high_high",
        LocalClass.LowLow => "low_low",
        LocalClass.HighLow => "high_low",
        LocalClass.LowHigh => "low_high",
        LocalClass.Undefined => "undefined",
        _ => "not_significant",
    };

    internal static int[] Ints(double[] v) => v.Select(x => (int)x).ToArray();

    internal static double? Num(double v) => double.IsFinite(v) ? v : null;
}
