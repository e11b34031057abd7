using Geo.Core.Taxonomy;

namespace Geo.Import.Profiles;

/// <summary>
/// Finds category mappings: a built-in one by name (<c>data/mappings/NAME.csv</c>), or a mapping CSV file
/// (<c>source_code,category</c>) given with <c>--mapping FILE.csv</c> or as a profile's <c>categoryMapping</c> path.
/// </summary>
internal static class CategoryMappings
{
    /// <summary>True when <paramref name="nameOrPath"/> names a file (ends with .csv or contains a path separator), not a built-in mapping.</summary>
    public static bool IsPath(string nameOrPath) =>
        nameOrPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || nameOrPath.IndexOfAny(['/', '\\', Path.DirectorySeparatorChar]) >= 0;

    /// <summary>Reads a mapping CSV file, named in messages by its file name stem ("unmapped my-mapping code …").</summary>
    public static SourceMapping Load(string path, CategoryTaxonomy taxonomy)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Mapping file not found: {path}", path);
        using var reader = new StreamReader(path);
        return SourceMapping.Parse(Path.GetFileNameWithoutExtension(path), reader, path, taxonomy);
    }

    /// <summary>
    /// The profile's <c>categoryMapping</c>: a path is resolved relative to the profile file's folder (a built-in
    /// profile's relative path: the working directory), a name is a built-in mapping; null when the profile has none.
    /// </summary>
    public static SourceMapping? ForProfile(MappingProfile profile, CategoryTaxonomy taxonomy)
    {
        if (profile.CategoryMapping is not { Length: > 0 } name) return null;
        if (IsPath(name))
        {
            var path = Path.IsPathRooted(name) ? name : Path.GetFullPath(Path.Combine(profile.BaseDirectory ?? Directory.GetCurrentDirectory(), name));
            if (!File.Exists(path))
                throw new FileNotFoundException($"Profile {profile.Name}: category mapping file '{name}' not found (looked for {path}; a relative path is resolved against the profile's folder).", path);
            return Load(path, taxonomy);
        }
        return SourceMapping.BuiltIn.TryGetValue(name, out var m)
            ? m
            : throw new InvalidDataException($"Profile {profile.Name}: unknown category mapping '{name}'. Built-in mappings: "
                                             + (SourceMapping.BuiltIn.Count == 0 ? "(none)" : string.Join(", ", SourceMapping.BuiltIn.Keys.Order(StringComparer.Ordinal)))
                                             + "; a mapping CSV file (source_code,category) is also accepted: a path ending in .csv, relative to the profile's folder.");
    }
}
