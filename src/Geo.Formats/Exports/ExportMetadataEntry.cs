namespace Geo.Formats.Exports;

/// <summary>One metadata entry: a stable key (snake_case), its labels and its value (string, number, bool, null, or a <see cref="System.Text.Json.JsonElement"/> for structured values).</summary>
public sealed record ExportMetadataEntry(string Key, string LabelSv, string LabelEn, object? Value);
