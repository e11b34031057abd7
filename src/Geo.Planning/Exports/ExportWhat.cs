using Geo.Core.Domain;

namespace Geo.Planning.Exports;

/// <summary>The tables Geo exports from a run, and which roles may have each.</summary>
public static class ExportWhat
{
    public const string Indicators = "indicators";
    public const string Hotspots = "hotspots";
    public const string Cells = "cells";
    public const string Priorities = "priorities";
    public const string Plan = "plan";
    public const string Areas = "areas";
    public const string Reference = "reference";

    /// <summary>Every table, in the order of <c>geo export --help</c>.</summary>
    public static IReadOnlyList<string> All { get; } = [Indicators, Hotspots, Cells, Priorities, Plan, Areas, Reference];

    /// <summary>The least role that may have <paramref name="what"/>: cells, priorities and the plan are for coordinators and analysts; the rest for partners too.</summary>
    public static string LeastRole(string what) => what switch
    {
        Cells or Priorities or Plan => Roles.Coordinator,
        Indicators or Hotspots or Areas or Reference => Roles.Partner,
        _ => throw new ArgumentException($"'{what}' is not something Geo exports; use one of {string.Join(", ", All)}.", nameof(what)),
    };

    /// <summary>True when <paramref name="role"/> may have <paramref name="what"/>.</summary>
    public static bool AllowedFor(string what, string role) => Roles.AtLeast(role, LeastRole(what));
}
