using Microsoft.Extensions.Configuration;

namespace Geo.Api;

/// <summary>
/// The service's settings and their defaults, in one place. Read from the configuration section <c>Geo</c>
/// (appsettings.json, environment variables <c>Geo__RateLimit__PermitsPerMinute</c> and so on, or command-line
/// arguments <c>--Geo:BaseMap:Url=...</c>). The database comes from <c>Geo:DatabaseUrl</c>, else <c>GEO_DATABASE_URL</c>,
/// else the managed local cluster under <c>Geo:Home</c> / <c>GEO_HOME</c>. Secrets (the database password) are never echoed.
/// </summary>
public sealed class GeoApiOptions
{
    public const string Section = "Geo";

    /// <summary>Where the service listens. Loopback only unless <see cref="AllowRemote"/>.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Listening on a non-loopback address must be asked for explicitly.</summary>
    public bool AllowRemote { get; set; }

    /// <summary>Geo's home folder (null: GEO_HOME or ./.geo).</summary>
    public string? Home { get; set; }

    /// <summary>A postgres:// URL or Npgsql connection string (null: GEO_DATABASE_URL or the managed local cluster).</summary>
    public string? DatabaseUrl { get; set; }

    /// <summary>
    /// The most database connections the service opens at once: a burst of requests (a map draw, a load test) queues for a
    /// connection instead of exhausting the server's <c>max_connections</c> (100 by default) shared with geo commands.
    /// </summary>
    public int DatabasePoolSize { get; set; } = 24;

    /// <summary>Counts from 1 to this − 1 are suppressed for every role but the analyst's.</summary>
    public int SuppressBelow { get; set; } = 5;

    /// <summary>The map page's base map; none by default so that the page works offline and on closed networks.</summary>
    public BaseMapOptions BaseMap { get; set; } = new();

    /// <summary>Requests per minute per API key (token bucket).</summary>
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>The largest import upload, in megabytes.</summary>
    public int UploadLimitMegabytes { get; set; } = 512;

    /// <summary>The in-memory tile cache's size bound, in megabytes.</summary>
    public int TileCacheMegabytes { get; set; } = 128;

    /// <summary>Reads the section <see cref="Section"/> of <paramref name="configuration"/> over the defaults.</summary>
    public static GeoApiOptions From(IConfiguration configuration)
    {
        var options = new GeoApiOptions();
        configuration.GetSection(Section).Bind(options);
        return options;
    }
}

/// <summary>A base map for the map page: an XYZ tile URL template or a WMS endpoint with its layers.</summary>
public sealed class BaseMapOptions
{
    /// <summary><c>none</c> (default), <c>xyz</c> or <c>wms</c>.</summary>
    public string Type { get; set; } = "none";

    /// <summary>The XYZ template (…/{z}/{x}/{y}.png) or the WMS endpoint.</summary>
    public string? Url { get; set; }

    /// <summary>The WMS layers parameter.</summary>
    public string? Layers { get; set; }

    /// <summary>The attribution shown on the map (e.g. "© OpenStreetMap contributors", "© Lantmäteriet").</summary>
    public string? Attribution { get; set; }
}

/// <summary>The per-key rate limit.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests per minute per key (anonymous requests share one bucket per client address).</summary>
    public int PermitsPerMinute { get; set; } = 6000;
}
