using Geo.Core.Text;
using Geo.Formats;

namespace Geo.Formats;

/// <summary>Finds columns (properties) of a reader by name, case-insensitively, and explains missing ones.</summary>
public sealed class ColumnSet
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    public ColumnSet(IFeatureReader reader)
    {
        FileName = reader.FileName;
        Names = reader.Fields;
        for (var i = 0; i < Names.Count; i++) _index.TryAdd(Names[i].Trim(), i);
    }

    public string FileName { get; }

    public IReadOnlyList<string> Names { get; }

    /// <summary>Index of the first of <paramref name="names"/> present, or -1.</summary>
    public int Find(params string?[] names)
    {
        foreach (var n in names)
        {
            if (n is not null && _index.TryGetValue(n.Trim(), out var i)) return i;
        }
        return -1;
    }

    /// <summary>Name of the column at <paramref name="index"/>.</summary>
    public string Name(int index) => Names[index];

    /// <summary>Index of a required column or an <see cref="InputFormatException"/> naming it, what it is for, the columns present and the closest one.</summary>
    public int Require(string name, string purpose)
    {
        var i = Find(name);
        return i >= 0 ? i : throw Missing(name, purpose);
    }

    /// <summary>The error for a missing column.</summary>
    public InputFormatException Missing(string name, string purpose)
    {
        var closest = Names.Count == 0 ? null : Levenshtein.Closest(name, Names, 1)[0];
        var listed = Names.Count == 0 ? "(none)" : string.Join(", ", Names.Take(40)) + (Names.Count > 40 ? ", …" : "");
        var hint = closest is null ? "" : $"; closest: '{closest}'";
        return new InputFormatException(FileName, 0, $"missing column '{name}' ({purpose}); the file has: {listed}{hint}.");
    }
}
