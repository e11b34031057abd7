using NetTopologySuite.Geometries;

namespace Geo.Formats.Exports;

/// <summary>
/// One row of an export table: its geometry in the table's CRS (null for a table without geometry or a row without one)
/// and one value per column (null, string, int, long, double, bool, DateOnly, DateTimeOffset, or <see cref="ExportSuppressed"/>).
/// </summary>
public sealed record ExportRow(Geometry? Geometry, IReadOnlyList<object?> Values);
