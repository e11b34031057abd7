namespace Geo.Sample;

/// <summary>A planted time profile with what came of it (for the ground truth).</summary>
/// <param name="Profile">The planted profile.</param>
/// <param name="ExpectedShareInWindow">Share + (1 − share) × the share of the window under the categories' usual profiles (weekdays equally likely).</param>
/// <param name="ExtraIncidents">Extra incidents written (all with minute precision).</param>
/// <param name="ObservedShareInWindow">Share of those extra incidents inside the window.</param>
public sealed record PlantedTimeProfile(TimeProfile Profile, double ExpectedShareInWindow, int ExtraIncidents, double ObservedShareInWindow);
