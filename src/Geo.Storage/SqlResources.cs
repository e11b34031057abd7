using System.Collections.Concurrent;

namespace Geo.Storage;

/// <summary>Reads the embedded <c>Sql/*.sql</c> and <c>Migrations/*.sql</c> resources.</summary>
internal static class SqlResources
{
    private const string SqlPrefix = "Geo.Storage.Sql.";
    private const string MigrationPrefix = "Geo.Storage.Migrations.";
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>Text of <c>Sql/&lt;name&gt;.sql</c>.</summary>
    public static string Get(string name) => Cache.GetOrAdd(SqlPrefix + name + ".sql", Read);

    /// <summary>Migrations as (name without .sql, text), in name order.</summary>
    public static IReadOnlyList<(string Name, string Sql)> Migrations() =>
        typeof(SqlResources).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(MigrationPrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[MigrationPrefix.Length..^4], Read(n)))
            .ToArray();

    private static string Read(string resource)
    {
        using var s = typeof(SqlResources).Assembly.GetManifestResourceStream(resource)
                      ?? throw new InvalidOperationException($"Embedded SQL resource '{resource}' is missing.");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }
}
