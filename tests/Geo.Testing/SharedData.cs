namespace Geo.Testing;

/// <summary>
/// Locates <c>../shared/data</c> beside the repository root. Tests that read it use
/// <see cref="SharedDataFactAttribute"/>: skipped with a message when the folder is absent,
/// but failing under <c>CI=true</c>, where a missing folder is a broken set-up.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> RootLazy = new(() =>
    {
        var env = Environment.GetEnvironmentVariable("GEO_SHARED_DATA");
        if (!string.IsNullOrEmpty(env)) return Directory.Exists(env) ? System.IO.Path.GetFullPath(env) : null;
        var repo = RepoRoot.Path;
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(repo, "..", "shared", "data"));
        return Directory.Exists(candidate) ? candidate : null;
    });

    /// <summary>The shared data folder, or null when absent.</summary>
    public static string? Root => RootLazy.Value;

    public static bool Available => Root is not null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Full path of a file under shared/data; fails clearly when the folder is missing.</summary>
    public static string Path(string relative)
    {
        var root = Root ?? throw new InvalidOperationException(
            "../shared/data is missing beside the repository root (set GEO_SHARED_DATA to its path). Under CI=true this is a failure.");
        var full = System.IO.Path.Combine(root, relative);
        if (!File.Exists(full) && !Directory.Exists(full)) throw new FileNotFoundException($"Shared data file not found: {full}", full);
        return full;
    }
}
