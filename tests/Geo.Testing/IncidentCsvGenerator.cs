using System.Globalization;
using System.Text;

namespace Geo.Testing;

/// <summary>
/// Writes N synthetic incidents in Geo's native CSV format (source_id,occurred_at,category,x,y in EPSG:3006)
/// inside a 40 km square around Luleå, streaming, in constant memory, deterministic for a seed.
/// </summary>
public static class IncidentCsvGenerator
{
    public const double MinX = 800_000, MinY = 7_270_000, Size = 40_000;

    private static readonly string[] Categories =
        ["violence.assault", "theft.bicycle", "burglary.residential", "vandalism.graffiti", "disorder.public_order", "drugs.possession"];

    /// <param name="changeEvery">When above 0, every N-th row's time is one minute later: the same file "with changes".</param>
    public static void Write(string path, long rows, int seed = 42, int changeEvery = 0)
    {
        var rng = new Random(seed);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        w.WriteLine("source_id,occurred_at,category,x,y");
        var start = new DateTime(2021, 1, 1, 0, 0, 0);
        for (long i = 1; i <= rows; i++)
        {
            var t = start.AddMinutes(rng.Next(0, 5 * 365 * 24 * 60) + (changeEvery > 0 && i % changeEvery == 0 ? 1 : 0));
            var x = MinX + rng.NextDouble() * Size;
            var y = MinY + rng.NextDouble() * Size;
            w.Write(i.ToString(CultureInfo.InvariantCulture)); w.Write(',');
            w.Write(t.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)); w.Write(',');
            w.Write(Categories[rng.Next(Categories.Length)]); w.Write(',');
            w.Write(x.ToString("F2", CultureInfo.InvariantCulture)); w.Write(',');
            w.WriteLine(y.ToString("F2", CultureInfo.InvariantCulture));
        }
    }
}
