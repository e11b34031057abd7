namespace Geo.Planning.Exports;

/// <summary>
/// One export of a stored run: what (<see cref="ExportWhat"/>), the format (csv, xlsx, geojson, gpkg), the role it is made
/// for (decides suppression and what may be exported), the language of labels and words, the CSV dialect (null: the
/// language's default), and who asked (the audit log's name: the API key's name, or the CLI's user).
/// </summary>
public sealed record ExportRequest(long RunId, string What, string Format, string Role, string Lang = "sv", string? Dialect = null, string Who = "cli");
