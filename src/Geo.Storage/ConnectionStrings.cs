using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Geo.Storage;

/// <summary>Conversion of postgres:// URLs to Npgsql connection strings, and password masking.</summary>
internal static partial class ConnectionStrings
{
    private const string Masked = "***";

    public static bool IsUrl(string s) =>
        s.TrimStart().StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || s.TrimStart().StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Npgsql form of a URL (libpq syntax: postgresql://user:pass@host:port,host2:port2/db?param=value).</summary>
    public static string ToNpgsql(string urlOrConnectionString)
    {
        var s = urlOrConnectionString.Trim();
        if (!IsUrl(s)) return s;

        var b = new NpgsqlConnectionStringBuilder();
        var rest = s[(s.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var hashAt = rest.IndexOf('#');
        if (hashAt >= 0) rest = rest[..hashAt];
        string? query = null;
        var q = rest.IndexOf('?');
        if (q >= 0) { query = rest[(q + 1)..]; rest = rest[..q]; }
        string? path = null;
        var slash = rest.IndexOf('/');
        if (slash >= 0) { path = rest[(slash + 1)..]; rest = rest[..slash]; }
        var at = rest.LastIndexOf('@');
        if (at >= 0)
        {
            var userInfo = rest[..at];
            rest = rest[(at + 1)..];
            var colon = userInfo.IndexOf(':');
            var user = colon >= 0 ? userInfo[..colon] : userInfo;
            if (user.Length > 0) b.Username = Uri.UnescapeDataString(user);
            if (colon >= 0) b.Password = Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        }
        if (rest.Length > 0)
        {
            var hosts = new List<string>();
            int? singlePort = null;
            foreach (var hp in rest.Split(','))
            {
                var (host, port) = SplitHostPort(Uri.UnescapeDataString(hp));
                hosts.Add(port is null ? host : $"{host}:{port}");
                singlePort = port;
            }
            if (hosts.Count == 1)
            {
                b.Host = SplitHostPort(Uri.UnescapeDataString(rest)).Host;
                if (singlePort is { } p) b.Port = p;
            }
            else b.Host = string.Join(',', hosts);
        }
        if (!string.IsNullOrEmpty(path)) b.Database = Uri.UnescapeDataString(path);
        if (!string.IsNullOrEmpty(query))
        {
            foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=');
                var key = Uri.UnescapeDataString((eq >= 0 ? pair[..eq] : pair).Replace('+', ' '));
                var value = eq >= 0 ? Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' ')) : "";
                ApplyUrlParameter(b, key, value);
            }
        }
        return b.ConnectionString;
    }

    private static (string Host, int? Port) SplitHostPort(string hp)
    {
        if (hp.StartsWith('['))
        {
            var close = hp.IndexOf(']');
            if (close < 0) throw new FormatException($"Bad IPv6 host in database URL: '{hp}'.");
            var host = hp[1..close];
            var after = hp[(close + 1)..];
            return (host, after.StartsWith(':') ? ParsePort(after[1..]) : null);
        }
        var c = hp.LastIndexOf(':');
        return c >= 0 ? (hp[..c], ParsePort(hp[(c + 1)..])) : (hp, null);
    }

    private static int? ParsePort(string s) =>
        s.Length == 0 ? null
        : int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) && p is > 0 and < 65536
            ? p
            : throw new FormatException($"Bad port in database URL: '{s}'.");

    private static void ApplyUrlParameter(NpgsqlConnectionStringBuilder b, string key, string value)
    {
        switch (key.ToLowerInvariant())
        {
            case "sslmode":
                b.SslMode = value.ToLowerInvariant() switch
                {
                    "disable" => SslMode.Disable,
                    "allow" => SslMode.Allow,
                    "prefer" => SslMode.Prefer,
                    "require" => SslMode.Require,
                    "verify-ca" => SslMode.VerifyCA,
                    "verify-full" => SslMode.VerifyFull,
                    _ => throw new FormatException($"Unknown sslmode '{value}' in database URL."),
                };
                break;
            case "user": b.Username = value; break;
            case "password": b.Password = value; break;
            case "dbname": b.Database = value; break;
            case "host": b.Host = value; break;
            case "port": b.Port = ParsePort(value) ?? b.Port; break;
            case "application_name": b.ApplicationName = value; break;
            case "connect_timeout":
                b.Timeout = Geo.Core.Text.NumberText.TryParseDigits(value, out var seconds)
                    ? seconds : throw new FormatException($"connect_timeout '{value}' in the database URL is not a whole number of seconds.");
                break;
            case "sslrootcert": b.RootCertificate = value; break;
            case "sslcert": b.SslCertificate = value; break;
            case "sslkey": b.SslKey = value; break;
            case "sslpassword": b.SslPassword = value; break;
            case "target_session_attrs": b["Target Session Attributes"] = value; break;
            case "options": b.Options = value; break;
            default:
                try { b[key] = value; }
                catch (ArgumentException e) { throw new FormatException($"Unknown parameter '{key}' in database URL.", e); }
                break;
        }
    }

    /// <summary>The connection string or URL with passwords replaced by ***.</summary>
    public static string Mask(string connectionString)
    {
        var s = connectionString.Trim();
        if (IsUrl(s)) return MaskUrl(s);
        try
        {
            var b = new NpgsqlConnectionStringBuilder(s);
            if (b.Password is not null) b.Password = Masked;
            if (b.SslPassword is not null) b.SslPassword = Masked;
            return b.ConnectionString;
        }
        catch (ArgumentException)
        {
            return KeyValuePassword().Replace(s, m => m.Groups["key"].Value + "=" + Masked);
        }
    }

    private static string MaskUrl(string url)
    {
        var sb = new StringBuilder(url);
        var start = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = url.IndexOfAny(['/', '?', '#'], start);
        if (end < 0) end = url.Length;
        var authority = url[start..end];
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var colon = authority.IndexOf(':');
            if (colon >= 0 && colon < at)
                authority = authority[..(colon + 1)] + Masked + authority[at..];
        }
        var result = url[..start] + authority + url[end..];
        return UrlQueryPassword().Replace(result, m => m.Groups["key"].Value + "=" + Masked);
    }

    [GeneratedRegex(@"(?<key>(?<=^|;)\s*(password|pwd|psw|ssl\s*password)\s*)=\s*(""[^""]*""|'[^']*'|[^;]*)", RegexOptions.IgnoreCase)]
    private static partial Regex KeyValuePassword();

    [GeneratedRegex(@"(?<key>[?&](password|sslpassword))=[^&#]*", RegexOptions.IgnoreCase)]
    private static partial Regex UrlQueryPassword();
}
