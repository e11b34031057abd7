namespace Geo.Core.Domain;

/// <summary>How precisely the occurrence time of an incident is known.</summary>
public enum TimePrecision
{
    Minute,
    Hour,
    Day,
    Month,
    Year,
}
