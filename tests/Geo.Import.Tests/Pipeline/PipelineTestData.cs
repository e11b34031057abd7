using System.Globalization;
using System.Text;
using Geo.Core.Domain;
using NetTopologySuite.Geometries;

namespace Geo.Import.Tests.Pipeline;

/// <summary>Small native-format incident files and a square study area for pipeline tests.</summary>
internal static class PipelineTestData
{
    public const string Code = "T1";
    public const double X0 = 800_000, Y0 = 7_270_000, Size = 10_000;

    public static StudyArea StudyArea()
    {
        var f = new GeometryFactory(new PrecisionModel(), 3006);
        var ring = f.CreateLinearRing([new(X0, Y0), new(X0 + Size, Y0), new(X0 + Size, Y0 + Size), new(X0, Y0 + Size), new(X0, Y0)]);
        return new StudyArea(Code, "Test", f.CreateMultiPolygon([f.CreatePolygon(ring)]), 3006);
    }

    /// <summary>Writes rows id = first..last inside the square; category and time depend on id and <paramref name="variant"/>.</summary>
    public static string Write(string dir, string name, int first, int last, int variant = 0, string? tail = null)
    {
        var path = Path.Combine(dir, name);
        var sb = new StringBuilder("source_id,occurred_at,category,x,y\n");
        for (var i = first; i <= last; i++)
        {
            var category = (i + variant) % 2 == 0 ? "violence.assault" : "vandalism";
            sb.Append(CultureInfo.InvariantCulture, $"{i},2024-05-{1 + i % 28:00}T{i % 24:00}:15,{category},{X0 + 10 + i % 9000},{Y0 + 10 + i % 7000}\n");
        }
        if (tail is not null) sb.Append(tail);
        File.WriteAllText(path, sb.ToString());
        return path;
    }
}
