using Geo.Analysis.Time;
using Geo.Core.Time;

namespace Geo.Analysis.Coverage;

/// <summary>
/// Temporal coverage gap of a hotspot (Geo's own measure, issue 11): the share of its incidents that fall in minutes of
/// the week when none of the prevention resources near it is open, and the windows of the week where those incidents
/// gather ("fre–lör 23–03: 61 % of incidents").
/// </summary>
public static class CoverageGap
{
    /// <summary>Most windows reported.</summary>
    public const int MaxWindows = 3;

    /// <summary>Windows are added until they hold this share of the uncovered incidents.</summary>
    public const double WindowsCoverTarget = 0.8;

    /// <summary>
    /// An incident is covered when at least one resource is open at its minute of the week
    /// (<see cref="OpeningHours.IsOpen(int)"/>); with no resources every incident is uncovered. The uncovered windows are
    /// found greedily: <see cref="PeakWindow.Find"/> (1–12 hours, so that a single uncovered hour is named as that hour; 1–7 days) on the 168-hour profile of the uncovered
    /// incidents, whose incidents are then removed before the next search, until the windows hold
    /// <see cref="WindowsCoverTarget"/> of the uncovered incidents or <see cref="MaxWindows"/> were found.
    /// </summary>
    /// <param name="minuteOfWeek">Local minute of the week of each incident (Monday 00:00 = 0, <see cref="OpeningHours.MinuteOfWeek"/>).</param>
    /// <param name="openResources">The opening hours of the prevention resources that count.</param>
    /// <param name="threshold">The uncovered share from which the hotspot has a gap, in (0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not in (0, 1].</exception>
    public static CoverageGapResult Assess(ReadOnlySpan<int> minuteOfWeek, IReadOnlyList<OpeningHours> openResources, double threshold = 0.5)
    {
        if (!(threshold > 0 && threshold <= 1)) throw new ArgumentOutOfRangeException(nameof(threshold), "the threshold must lie in (0, 1].");
        var n = minuteOfWeek.Length;
        var profile = new double[168];
        var uncovered = 0;
        foreach (var raw in minuteOfWeek)
        {
            var minute = ((raw % OpeningHours.MinutesPerWeek) + OpeningHours.MinutesPerWeek) % OpeningHours.MinutesPerWeek;
            var open = false;
            foreach (var r in openResources)
                if (r.IsOpen(minute)) { open = true; break; }
            if (open) continue;
            uncovered++;
            profile[minute / 60]++;
        }
        var windows = new List<WeekWindow>();
        var inWindows = 0.0;
        while (windows.Count < MaxWindows && inWindows < WindowsCoverTarget * uncovered)
        {
            var w = PeakWindow.Find(profile, minHours: 1, maxHours: 12);
            if (w is null) break;
            double inside = 0;
            for (var h = 0; h < 168; h++)
                if (w.Contains(h)) { inside += profile[h]; profile[h] = 0; }
            if (inside == 0) break;
            inWindows += inside;
            windows.Add(w with { Share = inside / n });
        }
        var share = n > 0 ? (double)uncovered / n : double.NaN;
        return new CoverageGapResult(n, uncovered, share, n > 0 && share >= threshold, windows);
    }
}
