namespace Geo.Planning.Stats;

/// <summary>
/// Point events of a file (GeoJSON points or CSV x,y) for grid counts, density and space-time cubes, with an optional
/// numeric weight and an optional time per event. Rows without a location are left out and counted.
/// </summary>
/// <param name="File">The input file.</param>
/// <param name="X">Each event's x.</param>
/// <param name="Y">Each event's y.</param>
/// <param name="Weight">Each event's weight (the --field value), or null for counts.</param>
/// <param name="Time">Each event's wall-clock time, or null when no time field was asked for.</param>
/// <param name="Read">Rows read.</param>
/// <param name="WithoutLocation">Rows left out because they had no location.</param>
/// <param name="DeclaredSrid">The CRS the file declares, if any.</param>
public sealed record PointLayer(string File, double[] X, double[] Y, double[]? Weight, DateTime[]? Time, int Read, int WithoutLocation, int? DeclaredSrid)
{
    public int Count => X.Length;

    /// <summary>One line for the notices: how many points were read and how many had no location.</summary>
    public string Describe() =>
        $"{Count} points in {Path.GetFileName(File)}" + (WithoutLocation > 0 ? $" ({WithoutLocation} of {Read} rows without a location left out)" : "");
}
