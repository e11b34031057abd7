namespace Geo.Analysis.SpaceTime;

/// <summary>Length of a <see cref="SpaceTimeCube"/> time step (calendar aligned; weeks are ISO 8601 weeks, Monday first).</summary>
public enum TimeStep
{
    Week,
    Month,
    Quarter,
    Year,
}
