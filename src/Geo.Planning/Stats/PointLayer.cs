namespace Geo.Planning.Stats;

/// <summary>
/// Point events of a file (GeoJSON points or CSV x,y) for grid counts, density and space-time cubes, with an optional
/// numeric weight and an optional time per event. Rows without a location are left out and counted.
/// </summary>
/// <param name="File">The input file.</param>
/// <param name="X">Each event's x.</param>
/// <param name="Y">Each event's y.</param>
/// <param name="Weight">Each event's weight (the --field value), or null for counts.</param>
/// <param name="Time">Each event's local wall-clock time (times with a UTC offset converted to the time zone), or null when no time field was asked for.</param>
/// <param name="Read">Rows read that passed the category and where filters.</param>
/// <param name="WithoutLocation">Rows left out because they had no location.</param>
/// <param name="DeclaredSrid">The CRS of <paramref name="X"/>/<paramref name="Y"/>: the one the file declares, the one input in degrees was projected to, or --crs; null when not known.</param>
public sealed record PointLayer(string File, double[] X, double[] Y, double[]? Weight, DateTime[]? Time, int Read, int WithoutLocation, int? DeclaredSrid)
{
    public int Count => X.Length;

    /// <summary>How the events were read: filters and the rows they kept, missing values left out, time zone, projection.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>The events for which <paramref name="keep"/> is true, with <paramref name="notice"/> added to the notices.</summary>
    public PointLayer Where(Func<int, bool> keep, string notice)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var idx = Enumerable.Range(0, Count).Where(keep).ToArray();
        return this with
        {
            X = idx.Select(i => X[i]).ToArray(),
            Y = idx.Select(i => Y[i]).ToArray(),
            Weight = Weight is null ? null : idx.Select(i => Weight[i]).ToArray(),
            Time = Time is null ? null : idx.Select(i => Time[i]).ToArray(),
            Notices = [.. Notices, notice],
        };
    }

    /// <summary>One line for the notices: how many points were read and how many had no location.</summary>
    public string Describe() =>
        $"{Count} points in {Path.GetFileName(File)}" + (WithoutLocation > 0 ? $" ({WithoutLocation} of {Read} rows without a location left out)" : "");
}
