using Geo.Core.Domain;

namespace Geo.Storage;

/// <summary>The text codes the database uses for domain enums.</summary>
internal static class DbNames
{
    private static readonly string[] TimePrecisions = ["minute", "hour", "day", "month", "year"];
    private static readonly string[] LocationPrecisions = ["exact", "address", "street_segment", "area_centroid", "withheld"];
    private static readonly string[] ImportKinds = ["incidents", "resources", "areas", "study_area"];

    public static string Of(TimePrecision p) => TimePrecisions[(int)p];

    public static string Of(LocationPrecision p) => LocationPrecisions[(int)p];

    public static string Of(ImportKind k) => ImportKinds[(int)k];

    public static ImportKind ParseImportKind(string s) =>
        Array.IndexOf(ImportKinds, s) is var i and >= 0 ? (ImportKind)i : throw new InvalidDataException($"Unknown import kind '{s}'.");
}
