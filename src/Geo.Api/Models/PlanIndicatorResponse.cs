using Geo.Planning.Causes;

namespace Geo.Api.Models;

/// <summary>
/// A plan row's follow-up indicator: code, description, the problem it measures, the category group, the week window, the
/// baseline over the baseline period (null and <see cref="Suppressed"/> when it is a count of incidents below the
/// suppression threshold for the caller's role) and the proposed change (−0.2 = a 20 % reduction).
/// </summary>
public sealed record PlanIndicatorResponse(string Code, string Description, string TargetKind, string TargetId, string Group, FactWindow? Window,
    double? Baseline, bool Suppressed, DateOnly BaselineFrom, DateOnly BaselineTo, double GoalChange);
