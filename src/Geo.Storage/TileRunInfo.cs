namespace Geo.Storage;

/// <summary>
/// What a vector tile of a run needs to know about the run (<c>Sql/tile_run.sql</c>): its study area and that area's
/// SRID, its status and creation time, the category groups with area indicators, and the study area's window in
/// EPSG:3857 (<see cref="WindowXMin"/> … <see cref="WindowYMax"/>) to which a tile's envelope is clipped before it is
/// transformed to the study area's CRS.
/// </summary>
public sealed record TileRunInfo(
    long RunId,
    string StudyAreaCode,
    string Status,
    DateTime CreatedAt,
    int Srid,
    double WindowXMin,
    double WindowYMin,
    double WindowXMax,
    double WindowYMax,
    IReadOnlyList<string> Groups);
