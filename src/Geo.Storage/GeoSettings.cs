using System.Text.Json;

namespace Geo.Storage;

/// <summary>
/// Where Geo keeps its state and which database it uses. <see cref="Home"/> is <c>GEO_HOME</c> or
/// <c>./.geo</c>; <see cref="DatabaseUrl"/> is <c>GEO_DATABASE_URL</c>, else <c>"databaseUrl"</c> in
/// <c>&lt;Home&gt;/config.json</c>, else null, meaning a managed local cluster under <c>&lt;Home&gt;/pg</c>.
/// </summary>
public sealed class GeoSettings
{
    /// <summary>Environment variable naming the Geo home folder.</summary>
    public const string HomeVariable = "GEO_HOME";

    /// <summary>Environment variable holding a database URL or Npgsql connection string.</summary>
    public const string DatabaseUrlVariable = "GEO_DATABASE_URL";

    private GeoSettings(string home, string? databaseUrl)
    {
        Home = home;
        DatabaseUrl = databaseUrl;
    }

    /// <summary>Full path of the Geo home folder.</summary>
    public string Home { get; }

    /// <summary>A postgres:// URL or Npgsql connection string, or null for the managed local cluster.</summary>
    public string? DatabaseUrl { get; }

    /// <summary>True when Geo runs its own local PostgreSQL cluster (no database URL configured).</summary>
    public bool IsManaged => DatabaseUrl is null;

    /// <summary>The folder of the managed local cluster: <c>&lt;Home&gt;/pg</c>.</summary>
    public string ClusterRoot => Path.Combine(Home, "pg");

    /// <summary>
    /// Reads the settings. <paramref name="home"/>, when given, overrides <c>GEO_HOME</c>.
    /// </summary>
    /// <exception cref="InvalidDataException">config.json exists but is not a JSON object with a string databaseUrl.</exception>
    public static GeoSettings FromEnvironment(string? home = null)
    {
        var h = home;
        if (string.IsNullOrWhiteSpace(h)) h = Environment.GetEnvironmentVariable(HomeVariable);
        if (string.IsNullOrWhiteSpace(h)) h = Path.Combine(Directory.GetCurrentDirectory(), ".geo");
        h = Path.GetFullPath(h);

        var url = Environment.GetEnvironmentVariable(DatabaseUrlVariable);
        if (string.IsNullOrWhiteSpace(url)) url = ReadConfigUrl(Path.Combine(h, "config.json"));
        return new GeoSettings(h, string.IsNullOrWhiteSpace(url) ? null : url.Trim());
    }

    /// <summary>
    /// Settings given explicitly (the HTTP service's configuration): <paramref name="home"/> as the home folder and
    /// <paramref name="databaseUrl"/> as the database, or, when null or blank, what <see cref="FromEnvironment"/> finds.
    /// </summary>
    public static GeoSettings Create(string? home, string? databaseUrl)
    {
        var fromEnvironment = FromEnvironment(home);
        return string.IsNullOrWhiteSpace(databaseUrl) ? fromEnvironment : new GeoSettings(fromEnvironment.Home, databaseUrl.Trim());
    }

    /// <summary>The connection string with any password replaced by <c>***</c>; accepts URLs and key=value strings.</summary>
    public static string Describe(string connectionString) => ConnectionStrings.Mask(connectionString);

    /// <summary>Converts a postgres:// URL to Npgsql key=value form; key=value strings are returned unchanged.</summary>
    public static string ToConnectionString(string urlOrConnectionString) => ConnectionStrings.ToNpgsql(urlOrConnectionString);

    private static string? ReadConfigUrl(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"{path}: expected a JSON object.");
            if (!doc.RootElement.TryGetProperty("databaseUrl", out var v) || v.ValueKind == JsonValueKind.Null) return null;
            if (v.ValueKind != JsonValueKind.String) throw new InvalidDataException($"{path}: \"databaseUrl\" must be a string.");
            return v.GetString();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({e.Message}).", e);
        }
    }
}
