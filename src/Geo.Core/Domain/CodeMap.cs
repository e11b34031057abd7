namespace Geo.Core.Domain;

/// <summary>
/// An explicit, checked mapping between the values of an enum and their text codes: every value has exactly one code and
/// codes are unique, so reordering or adding an enum member can never silently store or read a wrong code.
/// </summary>
public sealed class CodeMap<T> where T : struct, Enum
{
    private readonly Dictionary<T, string> _codes = [];
    private readonly Dictionary<string, T> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <exception cref="ArgumentException">A value of <typeparamref name="T"/> is missing or repeated, or a code is repeated.</exception>
    public CodeMap(IEnumerable<(T Value, string Code)> pairs)
    {
        foreach (var (value, code) in pairs)
        {
            if (!_codes.TryAdd(value, code)) throw new ArgumentException($"{typeof(T).Name}.{value} has two codes.");
            if (!_values.TryAdd(code, value)) throw new ArgumentException($"The code '{code}' of {typeof(T).Name} is used twice.");
        }
        var missing = Enum.GetValues<T>().Where(v => !_codes.ContainsKey(v)).ToList();
        if (missing.Count > 0) throw new ArgumentException($"{typeof(T).Name} values without a code: {string.Join(", ", missing)}.");
    }

    /// <summary>The codes, in the enum's order.</summary>
    public IReadOnlyList<string> Codes => Enum.GetValues<T>().Select(v => _codes[v]).ToArray();

    /// <summary>The code of <paramref name="value"/>.</summary>
    public string Code(T value) =>
        _codes.TryGetValue(value, out var c) ? c : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(T).Name}.");

    /// <summary>The value of a code (case-insensitive).</summary>
    public bool TryParse(ReadOnlySpan<char> code, out T value)
    {
        var lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(code.Trim(), out value);
    }

    /// <summary>The value of a code (case-insensitive).</summary>
    /// <exception cref="FormatException">Not a code of <typeparamref name="T"/> (the message lists the codes).</exception>
    public T Parse(string code) =>
        TryParse(code, out var v) ? v : throw new FormatException($"'{code}' is not a {typeof(T).Name} code ({string.Join(", ", Codes)}).");
}
