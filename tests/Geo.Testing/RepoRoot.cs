namespace Geo.Testing;

/// <summary>The repository root: the nearest folder above the test binaries that holds Geo.sln.</summary>
public static class RepoRoot
{
    private static readonly Lazy<string> PathLazy = new(() =>
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(System.IO.Path.Combine(d.FullName, "Geo.sln"))) return d.FullName;
        throw new InvalidOperationException("Geo.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Path => PathLazy.Value;
}
