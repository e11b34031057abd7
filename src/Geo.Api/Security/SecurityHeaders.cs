using System.Text.RegularExpressions;
using Scalar.AspNetCore;

namespace Geo.Api.Security;

/// <summary>
/// Security headers on every response: a content security policy that allows only Geo's own scripts, styles, fonts,
/// connections and images (images also <c>data:</c> and <c>blob:</c> for the map's PNG export; the configured base map's
/// origin in <c>img-src</c> and <c>connect-src</c>), no framing (<c>frame-ancestors 'none'</c>, <c>X-Frame-Options:
/// DENY</c>), <c>X-Content-Type-Options: nosniff</c>, <c>Referrer-Policy: no-referrer</c>,
/// <c>Cross-Origin-Opener-Policy: same-origin</c> and a <c>Permissions-Policy</c> that turns off what the map never uses.
/// The API reference (<c>/api-reference</c>, Scalar) also gets <c>'unsafe-inline'</c> styles and its per-request
/// script nonce (<c>ScalarOptions.DynamicNonce</c>, turned on in <see cref="ApiServices.AddGeoApi"/>), on that path only.
/// </summary>
public sealed partial class SecurityHeaders(RequestDelegate next, GeoApiOptions options)
{
    /// <summary>The API reference page's path.</summary>
    public const string ApiReferencePath = "/api-reference";

    /// <summary>The <c>Permissions-Policy</c>: every feature the map page does not use, off.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    private readonly string _policy = Policy(options, apiReference: false, nonce: null);

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiReferencePath)
                ? Policy(options, apiReference: true, NonceOf(context))
                : _policy;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            h["Permissions-Policy"] = PermissionsPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The content security policy for <paramref name="options"/> (the base map's origin included).</summary>
    public static string Policy(GeoApiOptions options, bool apiReference, string? nonce)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseMap = BaseMapOrigin(options.BaseMap) is { } o ? " " + o : "";
        var script = "'self'" + (nonce is null ? "" : $" 'nonce-{nonce}'");
        var style = apiReference ? "'self' 'unsafe-inline'" : "'self'";
        var font = apiReference ? "'self' data:" : "'self'";
        return $"default-src 'self'; script-src {script}; style-src {style}; img-src 'self' data: blob:{baseMap}; " +
               $"connect-src 'self'{baseMap}; font-src {font}; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /// <summary>
    /// The origin (scheme://host[:port]) of the base map's URL, or null when there is none; a templated subdomain
    /// (<c>https://{a-c}.tile.example.org/…</c>, <c>{s}</c>) becomes a wildcard (<c>https://*.tile.example.org</c>).
    /// </summary>
    public static string? BaseMapOrigin(BaseMapOptions baseMap)
    {
        ArgumentNullException.ThrowIfNull(baseMap);
        if (string.IsNullOrWhiteSpace(baseMap.Url) || string.Equals(baseMap.Type, "none", StringComparison.OrdinalIgnoreCase)) return null;
        var m = OriginPattern().Match(baseMap.Url.Trim());
        if (!m.Success) return null;
        var host = TemplateLabel().Replace(m.Groups["host"].Value, "*");
        if (host.Contains('{') || host.Contains('}') || host.IndexOf('*', 1) >= 0) return null;
        return $"{m.Groups["scheme"].Value.ToLowerInvariant()}://{host.ToLowerInvariant()}{m.Groups["port"].Value}";
    }

    private static string? NonceOf(HttpContext context) =>
        context.Items.TryGetValue(ScalarOptions.NonceHttpContextItemKey, out var n) && n is string s && NoncePattern().IsMatch(s) ? s : null;

    [GeneratedRegex(@"^(?<scheme>https?)://(?<host>[^/:?#]+)(?<port>:\d{1,5})?([/?#]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OriginPattern();

    [GeneratedRegex(@"^\{[^}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex TemplateLabel();

    [GeneratedRegex(@"^[A-Za-z0-9+/=_-]{8,200}$", RegexOptions.CultureInvariant)]
    private static partial Regex NoncePattern();
}
