namespace Geo.Formats.Exports;

/// <summary>
/// What every export carries about itself, in order, as (key, label sv, label en, value) entries: the metadata sheet of
/// XLSX, the <c>_metadata</c> table of GeoPackage, the <c>geo_metadata</c> foreign member of GeoJSON and the sidecar
/// <c>.json</c> beside a CSV. Values are strings, numbers, booleans, null, or lists and nested entries (the run's
/// parameters, its sources) which the tabular forms write as JSON text.
/// </summary>
public sealed record ExportMetadata(IReadOnlyList<ExportMetadataEntry> Entries);
