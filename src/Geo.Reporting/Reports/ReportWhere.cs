using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;

namespace Geo.Reporting.Reports;

/// <summary>
/// Section 5: where: the areas with the mapped indicator (<see cref="Indicator"/>, the empirical-Bayes rate per 1,000
/// residents of all incidents), the significant cells of the hotspot grid, the hotspots and the resources, in the
/// study area's CRS (<see cref="ReportHeader.Srid"/>), and the study area's boundary.
/// </summary>
public sealed record ReportWhere(string Indicator, IReadOnlyList<ReportMapArea> Areas, IReadOnlyList<ReportMapCell> Cells,
    IReadOnlyList<ReportMapHotspot> Hotspots, IReadOnlyList<ReportMapResource> Resources, [property: JsonIgnore] Geometry? Boundary);
