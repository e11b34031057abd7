using Geo.Core.Crs;
using Geo.Formats;

namespace Geo.Import.Mapping;

/// <summary>
/// Decides the CRS of a file's coordinates and says why: --crs (options) &gt; profile <c>crs</c> &gt; the file's
/// declared CRS &gt; lat/lon columns → EPSG:4326, x/y columns → the study area's CRS, GeoJSON geometry without
/// a crs member → EPSG:4326 (RFC 7946 §4). Geometries of a file whose CRS is unusable (<see cref="IFeatureReader.CrsProblem"/>:
/// a GeoPackage srs that is undefined or not EPSG, a GeoJSON whose positions are not degrees) are refused with an
/// <see cref="InputFormatException"/> asking for --crs, instead of being taken as WGS 84.
/// </summary>
internal static class SourceCrs
{
    public static (int Srid, string Notice) Resolve(ImportOptions options, IFeatureReader reader, CoordinateMode mode)
    {
        var target = options.StudyArea.Srid;
        if (options.SourceSrid is { } given)
            return (Check(given), $"source CRS EPSG:{given} (--crs)");
        if (options.Profile?.Crs is { Length: > 0 } pc)
            return (CrsRegistry.Parse(pc), $"source CRS EPSG:{CrsRegistry.Parse(pc)} (profile {options.Profile.Name})");
        if (reader.DeclaredSrid is { } declared && mode is CoordinateMode.Geometry)
            return (Check(declared), $"source CRS EPSG:{declared} (file declares EPSG:{declared})");
        if (mode is CoordinateMode.Geometry && reader.CrsProblem is { } problem)
            throw new InputFormatException(reader.FileName, 0,
                $"{problem}: the geometries cannot be placed without knowing their CRS; give it with --crs EPSG:NNNN (e.g. --crs EPSG:3006 for SWEREF 99 TM) or the profile's crs.");
        return mode switch
        {
            CoordinateMode.LatLon or CoordinateMode.LatLonText => (CrsRegistry.Wgs84, "source CRS EPSG:4326 (lat/lon columns → EPSG:4326)"),
            CoordinateMode.Geometry => (CrsRegistry.Wgs84, "source CRS EPSG:4326 (GeoJSON without a crs member → EPSG:4326 per RFC 7946)"),
            _ => (target, $"source CRS EPSG:{target} (x/y columns without --crs → study area CRS EPSG:{target})"),
        };
    }

    private static int Check(int srid) => CrsRegistry.IsSupported(srid) ? srid : throw new UnsupportedCrsException(srid);
}
