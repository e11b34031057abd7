namespace Geo.Import.Mapping;

/// <summary>Cuts values to the 200 characters a reject report keeps.</summary>
internal static class Truncate
{
    public const int MaxValueLength = 200;

    public static string Value(ReadOnlySpan<char> s) =>
        s.Length <= MaxValueLength ? s.ToString() : string.Concat(s[..(MaxValueLength - 1)], "…");
}
