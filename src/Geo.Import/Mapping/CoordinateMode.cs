namespace Geo.Import.Mapping;

/// <summary>Where a row's location comes from.</summary>
internal enum CoordinateMode
{
    /// <summary>No location columns and no geometry.</summary>
    None,
    /// <summary>Projected x (easting) and y (northing) columns.</summary>
    XY,
    /// <summary>Latitude and longitude columns.</summary>
    LatLon,
    /// <summary>One text column holding "(lat, lon)" (Socrata style, e.g. "3510 S Michigan Ave (41.83, -87.62)").</summary>
    LatLonText,
    /// <summary>One column holding WKT.</summary>
    Wkt,
    /// <summary>The feature geometry of a spatial format (GeoJSON, GeoPackage).</summary>
    Geometry,
}
