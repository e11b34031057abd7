using Geo.Core.Domain;

namespace Geo.Formats.Samples;

/// <summary>One file to import: kind, file, source name (incidents/resources), area set name and kind (areas).</summary>
public sealed record SampleImport(ImportKind Kind, string File, string? Source = null, string? Set = null, string? SetKind = null);
