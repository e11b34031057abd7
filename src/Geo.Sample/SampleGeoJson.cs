using System.Globalization;
using Geo.Formats.GeoJson;
using NetTopologySuite.Geometries;

namespace Geo.Sample;

/// <summary>
/// Writes the sample's GeoJSON files (EPSG:3006, legacy crs member, one feature per line) through Geo's GeoJSON writer
/// (NetTopologySuite.IO.GeoJSON4STJ). Coordinates are rounded to the centimetre first, so that the files are small and
/// byte-identical on every machine and culture.
/// </summary>
internal static class SampleGeoJson
{
    public static void WriteCollection(string path, string name, IEnumerable<(Geometry Geometry, IReadOnlyList<(string, object?)> Properties)> features)
    {
        using var w = GeoJsonFeatureWriter.Create(path, name, GeoJsonFeatureWriter.NamedCrs(3006));
        foreach (var (g, p) in features) w.Write(Centimetres(g), p);
    }

    /// <summary>A copy of <paramref name="g"/> with every coordinate rounded to 2 decimals (as the invariant "F2" text).</summary>
    public static Geometry Centimetres(Geometry g)
    {
        var copy = g.Copy();
        copy.Apply(new RoundFilter());
        copy.GeometryChanged();
        return copy;
    }

    private sealed class RoundFilter : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                seq.SetX(i, Round(seq.GetX(i)));
                seq.SetY(i, Round(seq.GetY(i)));
            }
        }

        private static double Round(double v) => double.Parse(v.ToString("F2", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
