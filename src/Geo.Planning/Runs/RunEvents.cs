using Geo.Core.Domain;
using Geo.Storage;

namespace Geo.Planning.Runs;

/// <summary>
/// The incidents a run read (the comparison period and the period together), with what every step needs per incident:
/// which period it is in, its category group, its area and its grid cell.
/// </summary>
internal sealed class RunEvents
{
    /// <summary>0 = in the period, 1 = in the comparison period, −1 = in neither (not read normally).</summary>
    public readonly sbyte[] Period;
    public readonly int[] Group;
    public readonly DateOnly[] Date;
    /// <summary>Index of the area of the run's area set, −1 when none (no point, or outside every area).</summary>
    public int[] Area;
    /// <summary>Grid cell, −1 when the incident is not on the grid (no point, area-centroid or withheld location, outside).</summary>
    public int[] Cell;
    /// <summary>Whether its location may go on a hotspot grid (a point located exactly, by address or by street segment).</summary>
    public readonly bool[] GridEligible;

    public RunEvents(RunIncidents incidents, RunPeriod period, RunPeriod? compare, IReadOnlyList<string> groups)
    {
        Incidents = incidents;
        Groups = groups;
        var n = incidents.Count;
        Period = new sbyte[n];
        Group = new int[n];
        Date = new DateOnly[n];
        Area = new int[n];
        Cell = new int[n];
        GridEligible = new bool[n];
        var groupIndex = groups.Select((g, i) => (g, i)).ToDictionary(t => t.g, t => t.i, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var d = DateOnly.FromDateTime(incidents.LocalTime[i]);
            Date[i] = d;
            Period[i] = (sbyte)(period.Contains(d) ? 0 : compare is not null && compare.Contains(d) ? 1 : -1);
            var c = incidents.Category[i];
            var dot = c.IndexOf('.');
            Group[i] = groupIndex[dot < 0 ? c : c[..dot]];
            Area[i] = -1;
            Cell[i] = -1;
            GridEligible[i] = !double.IsNaN(incidents.X[i]) && incidents.LocationPrecision[i] is LocationPrecision.Exact or LocationPrecision.Address or LocationPrecision.StreetSegment;
        }
    }

    public RunIncidents Incidents { get; }

    public IReadOnlyList<string> Groups { get; }

    public int Count => Period.Length;

    /// <summary>Whether its time is known to the hour (minute or hour precision).</summary>
    public bool HasHour(int i) => Incidents.TimePrecision[i] is TimePrecision.Minute or TimePrecision.Hour;

    /// <summary>Minute of the week (Monday 00:00 = 0) of its local time.</summary>
    public int MinuteOfWeek(int i)
    {
        var t = Incidents.LocalTime[i];
        return Geo.Core.Time.OpeningHours.MinuteOfWeek(t.DayOfWeek, t.Hour, t.Minute);
    }
}
