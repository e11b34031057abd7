using System.Globalization;

namespace Geo.Planning.Evaluation;

/// <summary>A place of an evaluation: a stored hotspot, an area by its code, or a polygon file.</summary>
/// <param name="Kind">How the place is given.</param>
/// <param name="Value">The area code (optionally <c>SET:CODE</c>) or the file's path; for a hotspot <c>RUN:ID</c>.</param>
public sealed record EvaluationPlace(EvaluationPlaceKind Kind, string Value)
{
    /// <summary>Hotspot <paramref name="hotspotId"/> of run <paramref name="runId"/>.</summary>
    public static EvaluationPlace Hotspot(long runId, int hotspotId) =>
        new(EvaluationPlaceKind.Hotspot, string.Create(CultureInfo.InvariantCulture, $"{runId}:{hotspotId}"));

    /// <summary>A hotspot written as <c>RUN:ID</c> (e.g. 12:3).</summary>
    /// <exception cref="ArgumentException">Not two whole numbers separated by a colon.</exception>
    public static EvaluationPlace Hotspot(string runColonId)
    {
        ArgumentNullException.ThrowIfNull(runColonId);
        _ = ParseHotspot(runColonId);
        return new(EvaluationPlaceKind.Hotspot, runColonId.Trim());
    }

    /// <summary>An area by its code, or <c>SET:CODE</c> when the code exists in several area sets.</summary>
    public static EvaluationPlace Area(string code) => new(EvaluationPlaceKind.Area, code.Trim());

    /// <summary>A polygon file (GeoJSON or GeoPackage; all its polygon features unioned).</summary>
    public static EvaluationPlace File(string path) => new(EvaluationPlaceKind.File, path);

    /// <summary>The run and hotspot ids of a hotspot place.</summary>
    /// <exception cref="ArgumentException">Not two whole numbers separated by a colon.</exception>
    internal static (long Run, int Hotspot) ParseHotspot(string text)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var run)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return (run, id);
        throw new ArgumentException($"--hotspot must be RUN:ID, a run id and a hotspot id of that run (e.g. 12:3; geo runs show RUN lists them), not '{text}'.");
    }
}
