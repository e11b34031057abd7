namespace Geo.Core.Domain;

/// <summary>
/// An explicit, checked mapping between the values of an enum and their text codes: every value has exactly one code and
/// codes are unique, so reordering or adding an enum member can never silently store or read a wrong code.
/// </summary>
public sealed class CodeMap<T> where T : struct, Enum
{
    // A handful of values each: linear scans beat hashing (these run once or twice per imported row).
    private readonly T[] _valueArray;
    private readonly string[] _codeArray;

    /// <exception cref="ArgumentException">A value of <typeparamref name="T"/> is missing or repeated, or a code is repeated.</exception>
    public CodeMap(IEnumerable<(T Value, string Code)> pairs)
    {
        var codes = new Dictionary<T, string>();
        var values = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (value, code) in pairs)
        {
            if (!codes.TryAdd(value, code)) throw new ArgumentException($"{typeof(T).Name}.{value} has two codes.");
            if (!values.Add(code)) throw new ArgumentException($"The code '{code}' of {typeof(T).Name} is used twice.");
        }
        var all = Enum.GetValues<T>();
        var missing = all.Where(v => !codes.ContainsKey(v)).ToList();
        if (missing.Count > 0) throw new ArgumentException($"{typeof(T).Name} values without a code: {string.Join(", ", missing)}.");
        _valueArray = all;
        _codeArray = all.Select(v => codes[v]).ToArray();
    }

    /// <summary>The codes, in the enum's order.</summary>
    public IReadOnlyList<string> Codes => _codeArray;

    /// <summary>The code of <paramref name="value"/>.</summary>
    public string Code(T value)
    {
        for (var i = 0; i < _valueArray.Length; i++)
            if (EqualityComparer<T>.Default.Equals(_valueArray[i], value)) return _codeArray[i];
        throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(T).Name}.");
    }

    /// <summary>The value of a code (case-insensitive, surrounding blanks ignored).</summary>
    public bool TryParse(ReadOnlySpan<char> code, out T value)
    {
        code = code.Trim();
        for (var i = 0; i < _codeArray.Length; i++)
        {
            if (!code.Equals(_codeArray[i], StringComparison.OrdinalIgnoreCase)) continue;
            value = _valueArray[i];
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>The value of a code (case-insensitive).</summary>
    /// <exception cref="FormatException">Not a code of <typeparamref name="T"/> (the message lists the codes).</exception>
    public T Parse(string code) =>
        TryParse(code, out var v) ? v : throw new FormatException($"'{code}' is not a {typeof(T).Name} code ({string.Join(", ", Codes)}).");
}
