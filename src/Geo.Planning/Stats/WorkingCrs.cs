using Geo.Core.Crs;
using Geo.Formats;
using NetTopologySuite.Geometries;

namespace Geo.Planning.Stats;

/// <summary>
/// The metric CRS a file's coordinates are analysed in: input in degrees (declared geographic; lon/lat columns, a GeoJSON
/// without crs member (WGS 84 per RFC 7946), or a small extent within ±180/±90) is projected to --crs or the UTM zone of
/// its mean longitude; input declaring another metric CRS is reprojected to --crs; the rest is kept. "A small extent
/// typical of degrees" is x/y within ±180/±90, spanning at most <see cref="SmallExtent"/> units and written with more than
/// three decimals (longitude/latitude needs five for metres; small synthetic layers in metres such as (0.5, 2) are not taken as degrees).
/// </summary>
/// <param name="Srid">The CRS of the coordinates after <see cref="Transform"/>, or null when not known (metres, undeclared).</param>
/// <param name="Transform">The projection to apply, or null.</param>
/// <param name="Notice">What was detected and done, or null when nothing was.</param>
internal sealed record WorkingCrs(int? Srid, CrsTransform? Transform, string? Notice)
{
    /// <summary>Undeclared x/y coordinates are taken as degrees when they span at most this many units (a city or region in degrees; no metric layer is that small).</summary>
    public const double SmallExtent = 10;

    /// <summary>True when <paramref name="v"/> has more than three decimals.</summary>
    public static bool Fine(double v) => Math.Abs(v * 1000 - Math.Round(v * 1000)) > 1e-6;

    public static bool InDegrees(Envelope e) =>
        !e.IsNull && Math.Abs(e.MinX) <= 180 && Math.Abs(e.MaxX) <= 180 && Math.Abs(e.MinY) <= 90 && Math.Abs(e.MaxY) <= 90;

    /// <param name="reader">The opened input (its declared CRS and CRS problem).</param>
    /// <param name="lonLatNames">True when the x,y columns are named lon/lat/longitude/latitude.</param>
    /// <param name="extent">The extent of the coordinates as read.</param>
    /// <param name="meanX">The mean x (longitude when in degrees) of the locations.</param>
    /// <param name="meanY">The mean y (latitude when in degrees).</param>
    /// <param name="fineDecimals">True when some coordinate has more than three decimals.</param>
    /// <param name="crs">--crs, or null.</param>
    public static WorkingCrs Resolve(IFeatureReader reader, bool lonLatNames, Envelope extent, double meanX, double meanY, bool fineDecimals, int? crs)
    {
        string why;
        var source = CrsRegistry.Wgs84;
        if (reader.DeclaredSrid is { } declared)
        {
            if (!CrsRegistry.IsSupported(declared))
            {
                if (crs is null) return new WorkingCrs(declared, null, null);
                throw new UnsupportedCrsException(declared);
            }
            if (!CrsRegistry.IsGeographic(declared))
            {
                if (crs is { } c && c != declared)
                    return new WorkingCrs(c, CrsTransform.Create(declared, c),
                        $"coordinates in EPSG:{declared} ({CrsRegistry.Name(declared)}, declared by the file); projected to EPSG:{c} ({CrsRegistry.Name(c)}) as --crs asks");
                return new WorkingCrs(declared, null, null);
            }
            source = declared;
            why = $"the file declares EPSG:{declared}";
        }
        else if (InDegrees(extent) && lonLatNames) why = "columns named longitude/latitude";
        else if (InDegrees(extent) && reader.HasGeometry && reader.CrsProblem is null) why = "a GeoJSON without crs member is WGS 84 (RFC 7946)";
        else if (InDegrees(extent) && extent.Width <= SmallExtent && extent.Height <= SmallExtent && fineDecimals)
            why = $"x and y within ±180/±90, spanning at most {SmallExtent:0}° and given to more than 3 decimals";
        else
        {
            if (crs is { } c)
                return new WorkingCrs(c, null, $"coordinates taken as EPSG:{c} ({CrsRegistry.Name(c)}) as --crs says (the file declares no CRS)");
            return new WorkingCrs(null, null, null);
        }
        var target = crs ?? CrsRegistry.UtmZone(meanX, meanY);
        return new WorkingCrs(target, CrsTransform.Create(source, target),
            $"coordinates in degrees ({CrsRegistry.Name(source)}; {why}); projected to EPSG:{target} ({CrsRegistry.Name(target)})" +
            (crs is null ? ", the UTM zone of the data; give --crs to choose" : " as --crs asks"));
    }
}
