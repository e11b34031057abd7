using Geo.Core.Taxonomy;

namespace Geo.Planning.Runs;

/// <summary>The categories an <c>--categories</c> list asks for: each main group or category code expanded to its category codes.</summary>
internal static class CategorySelection
{
    /// <summary>The category codes, sorted and distinct.</summary>
    /// <exception cref="ArgumentException">A code is neither a category nor a group of the taxonomy (with a "did you mean").</exception>
    public static List<string> Expand(IReadOnlyList<string> asked)
    {
        var taxonomy = CategoryTaxonomy.BuiltIn;
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var a in asked)
        {
            if (!taxonomy.Contains(a))
            {
                var hint = taxonomy.Suggest(a);
                throw new ArgumentException($"--categories: '{a}' is not a category or group of the taxonomy" + (hint.Count > 0 ? $"; did you mean {string.Join(", ", hint)}?" : "."));
            }
            foreach (var c in taxonomy.All)
                if (c.Code == a || c.Code.StartsWith(a + ".", StringComparison.Ordinal)) codes.Add(c.Code);
        }
        return [.. codes];
    }
}
