using Geo.Core.Domain;
using Geo.Core.Text;

namespace Geo.Import.Mapping;

/// <summary>
/// Turns a row's type text into a resource type code (<see cref="ResourceTypes"/>), through the profile's type mapping
/// when it has one; each distinct text is resolved once.
/// </summary>
internal sealed class ResourceTypeResolver
{
    private readonly Dictionary<string, string>? _mapping;
    private readonly Dictionary<string, (string? Code, string? Reason)> _cache = new(StringComparer.Ordinal);
    private readonly string _field;

    public ResourceTypeResolver(Dictionary<string, string>? mapping, string field)
    {
        _mapping = mapping is null ? null : new Dictionary<string, string>(mapping, StringComparer.OrdinalIgnoreCase);
        _field = field;
    }

    public bool TryResolve(ReadOnlySpan<char> text, out string code, out string? reason)
    {
        var lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var e))
        {
            var s = text.ToString();
            e = Resolve(s);
            if (_cache.Count < 10_000) _cache[s] = e;
        }
        code = e.Code ?? "";
        reason = e.Reason;
        return e.Code is not null;
    }

    /// <summary>Checks a type code, e.g. a profile's fixed type.</summary>
    public static string? Problem(string code) =>
        ResourceTypes.IsKnown(code) ? null : $"unknown resource type '{code}'; closest: {string.Join(", ", Suggest(code))}";

    private (string?, string?) Resolve(string s)
    {
        if (s.Length == 0) return (null, $"{_field} is empty");
        var code = s;
        if (_mapping is not null && _mapping.TryGetValue(s, out var mapped)) code = mapped;
        if (ResourceTypes.IsKnown(code)) return (code, null);
        if (ResourceTypes.IsKnown(code.ToLowerInvariant())) return (code.ToLowerInvariant(), null);
        return (null, $"unknown resource type '{s}' in {_field}; closest: {string.Join(", ", Suggest(s))}");
    }

    private static IEnumerable<string> Suggest(string s) =>
        ResourceTypes.All
            .Select(kv => (kv.Key, D: new[] { kv.Key, kv.Value.Sv, kv.Value.En }.Min(x => Levenshtein.Distance(s, x))))
            .OrderBy(x => x.D).ThenBy(x => x.Key, StringComparer.Ordinal).Take(3).Select(x => x.Key);
}
