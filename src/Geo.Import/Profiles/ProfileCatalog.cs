using System.Text.Json;
using System.Text.Json.Serialization;

namespace Geo.Import.Profiles;

/// <summary>The built-in mapping profiles (<c>data/profiles/*.json</c>, embedded) and loading of user profiles.</summary>
public static class ProfileCatalog
{
    private const string Prefix = "Geo.data.profiles.";

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        TypeInfoResolver = ProfileJsonContext.Default,
    };

    private static readonly Lazy<IReadOnlyDictionary<string, MappingProfile>> BuiltInLazy = new(() =>
    {
        var asm = typeof(ProfileCatalog).Assembly;
        var d = new SortedDictionary<string, MappingProfile>(StringComparer.OrdinalIgnoreCase);
        foreach (var res in asm.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            var name = res[Prefix.Length..^5];
            using var s = asm.GetManifestResourceStream(res)!;
            d[name] = Parse(s, name + ".json") with { Name = name, Origin = "built-in" };
        }
        return d;
    });

    /// <summary>Built-in profiles by name.</summary>
    public static IReadOnlyDictionary<string, MappingProfile> BuiltIn => BuiltInLazy.Value;

    /// <summary>A built-in profile, or an error listing the known names.</summary>
    public static MappingProfile Get(string name) =>
        BuiltIn.TryGetValue(name, out var p)
            ? p
            : throw new ArgumentException($"Unknown profile '{name}'. Built-in profiles: {string.Join(", ", BuiltIn.Keys)}.");

    /// <summary>Reads a profile JSON file given by the user.</summary>
    public static MappingProfile Load(string path)
    {
        using var s = File.OpenRead(path);
        return Parse(s, path) with { Origin = path, Name = Path.GetFileNameWithoutExtension(path), BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) };
    }

    private static MappingProfile Parse(Stream s, string fileName)
    {
        try
        {
            return JsonSerializer.Deserialize<MappingProfile>(s, Json) ?? throw new InvalidDataException($"{fileName}: empty profile.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{fileName}: invalid profile at line {e.LineNumber + 1}: {e.Message}", e);
        }
    }
}
