using System.Net;
using System.Text.RegularExpressions;

namespace Geo.Api.Security;

/// <summary>
/// Where the service may listen: loopback only (127.0.0.0/8, [::1], localhost) unless remote access is asked for
/// explicitly (<c>geo serve --allow-remote</c>, <c>Geo:AllowRemote=true</c>), so that a key-protected service with
/// incident data is never exposed to the network by a typo.
/// </summary>
public static partial class ListenAddresses
{
    /// <summary>The URLs of <paramref name="urls"/> (separated by ';' as ASP.NET Core's <c>urls</c> setting).</summary>
    /// <exception cref="ArgumentException">A URL that is not http(s)://host[:port], or a non-loopback one without <paramref name="allowRemote"/>.</exception>
    public static IReadOnlyList<string> Check(string? urls, bool allowRemote)
    {
        var list = (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (list.Length == 0) throw new ArgumentException("No address to listen on: give one such as http://127.0.0.1:5080.");
        foreach (var url in list)
        {
            var m = UrlPattern().Match(url);
            if (!m.Success)
                throw new ArgumentException($"'{url}' is not an address to listen on: give scheme, host and port, e.g. http://127.0.0.1:5080.");
            if (!allowRemote && !IsLoopback(m.Groups["host"].Value))
                throw new ArgumentException(
                    $"'{url}' would accept connections from other machines, and Geo listens on loopback only (127.0.0.1, [::1], localhost) " +
                    "unless asked: use --allow-remote (geo serve) or the setting Geo:AllowRemote=true, and put the service behind TLS " +
                    "(a reverse proxy) on the municipality's network.");
        }
        return list;
    }

    /// <summary>True for localhost and loopback IP addresses; false for wildcards (*, +, 0.0.0.0, [::]) and other hosts.</summary>
    public static bool IsLoopback(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        return IPAddress.TryParse(bare, out var ip) && IPAddress.IsLoopback(ip);
    }

    [GeneratedRegex(@"^https?://(?<host>\[[0-9A-Fa-f:.]+\]|[^:/\[\]]+)(:(?<port>\d{1,5}))?/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
