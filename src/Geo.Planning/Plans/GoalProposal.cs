using System.Globalization;
using Geo.Planning.Causes;
using Geo.Planning.Runs;

namespace Geo.Planning.Plans;

/// <summary>
/// The measurable goal proposed for a plan row ("Minska våldet i hot spot 10 fre–lör 22–04 med 20 % inom 12 månader
/// (från 143 händelser per år)") with the indicator a later run recomputes: incidents of the problem's group within its
/// polygon, within its peak window when that window holds at least <see cref="PeakShareThreshold"/> of its incidents
/// (<c>incidents_in_window</c>; a coverage-gap row uses the uncovered window), else at all hours (<c>incidents</c>).
/// </summary>
public sealed record GoalProposal(FactText Goal, PlanIndicator Indicator)
{
    /// <summary>The proposed change: a 20 % reduction.</summary>
    public const double DefaultChange = -0.2;

    /// <summary>Within how many months the goal is proposed to be reached.</summary>
    public const int Months = 12;

    /// <summary>The peak window's share of the problem's incidents from which the goal counts only those hours.</summary>
    public const double PeakShareThreshold = 0.4;

    /// <summary>The window the row's indicator counts: the uncovered window of a gap row, else the peak when it holds ≥ 40 %, else none.</summary>
    public static FactWindow? WindowFor(ProblemFacts problem, FactWindow? uncovered = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return uncovered ?? (problem.Peak is { } peak && peak.Share >= PeakShareThreshold ? peak : null);
    }

    /// <summary>
    /// The goal and indicator for <paramref name="problem"/> with <paramref name="window"/> (from <see cref="WindowFor"/>),
    /// the baseline count over [<paramref name="from"/>, <paramref name="to"/>] (the run's period) and the plan's language.
    /// </summary>
    public static GoalProposal For(ProblemFacts problem, FactWindow? window, double baseline, DateOnly from, DateOnly to, bool uncoveredHours, string lang)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var days = to.DayNumber - from.DayNumber + 1;
        var perYear = baseline * 365.25 / days;
        var sv = Text(problem, window, perYear, uncoveredHours, RunText.For("sv"));
        var en = Text(problem, window, perYear, uncoveredHours, RunText.For("en"));
        var code = window is null ? "incidents" : "incidents_in_window";
        var period = string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}–{to:yyyy-MM-dd}");
        var target = PlanWords.Target(problem, lang);
        var description = lang == "en"
            ? $"Incidents of {problem.Group.En.ToLowerInvariant()} within the polygon of {target}{(window is null ? "" : " " + window.Text.En)} (baseline {period}: {baseline:0})"
            : $"Händelser av {problem.Group.Sv.ToLowerInvariant()} inom polygonen för {target}{(window is null ? "" : " " + window.Text.Sv)} (baslinje {period}: {baseline:0})";
        return new GoalProposal(new FactText(sv, en),
            new PlanIndicator(code, description, problem.TargetKind, problem.TargetId, problem.CategoryGroup, window, baseline, from, to, DefaultChange));
    }

    private static string Text(ProblemFacts p, FactWindow? window, double perYear, bool uncoveredHours, RunText t)
    {
        var lang = t.Lang;
        var what = PlanWords.GroupObject(p.CategoryGroup, p.Group, lang);
        var target = PlanWords.Target(p, lang);
        var when = window is null ? "" : uncoveredHours
            ? (t.Swedish ? $" under timmarna utan öppen förebyggande verksamhet ({window.Text.Sv})" : $" during the hours no prevention resource is open ({window.Text.En})")
            : " " + window.Text.In(lang);
        var pct = t.Percent(-DefaultChange);
        return t.Swedish
            ? $"Minska {what} i {target}{when} med {pct} inom {Months} månader (från {t.Whole(perYear)} händelser per år)"
            : $"Reduce {what} in {target}{when} by {pct} within {Months} months (from {t.Whole(perYear)} incidents a year)";
    }
}
