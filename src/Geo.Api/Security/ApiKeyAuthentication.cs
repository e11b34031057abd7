using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Geo.Planning.Keys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Geo.Api.Security;

/// <summary>
/// Authentication with Geo's API keys: the key comes in <c>Authorization: Bearer geo_…</c> or <c>X-Api-Key: geo_…</c>
/// (never in the URL, which proxies and logs keep). A key is looked up by its hash; the answer is cached for
/// <see cref="CacheFor"/> so that a map draw of a hundred tiles costs one lookup, and a revoked key stops working within
/// that time.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiKeyService keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>The header that may carry the key instead of Authorization.</summary>
    public const string Header = "X-Api-Key";

    /// <summary>How long a key's lookup is reused.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    // One lookup per key and period, however many requests find the entry expired at once: they share its Lazy task.
    private static readonly ConcurrentDictionary<string, (Lazy<Task<ApiKeyInfo?>> Lookup, DateTimeOffset Until)> Cache = new(StringComparer.Ordinal);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = KeyOf(Request);
        if (key is null) return AuthenticateResult.NoResult();
        var now = DateTimeOffset.UtcNow;
        if (Cache.Count > 10_000) Cache.Clear();
        var entry = Cache.AddOrUpdate(key,
            _ => (new Lazy<Task<ApiKeyInfo?>>(() => LookUpAsync(key)), now + CacheFor),
            (_, old) => old.Until > now ? old : (new Lazy<Task<ApiKeyInfo?>>(() => LookUpAsync(key)), now + CacheFor));
        ApiKeyInfo? info;
        try
        {
            info = await entry.Lookup.Value.ConfigureAwait(false);
        }
        catch
        {
            // A failed lookup (the database out of reach) is not remembered: the next request tries again.
            Cache.TryRemove(new KeyValuePair<string, (Lazy<Task<ApiKeyInfo?>>, DateTimeOffset)>(key, entry));
            throw;
        }
        if (info is null) return AuthenticateResult.Fail("The API key is not valid or has been revoked.");
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, info.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, info.Name),
            new Claim(ClaimTypes.Role, info.Role),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    // Not cancelled with the request that started it: other requests may be waiting for the same lookup.
    private async Task<ApiKeyInfo?> LookUpAsync(string key)
    {
        var info = await keys.AuthenticateAsync(key, CancellationToken.None).ConfigureAwait(false);
        if (info is not null) await keys.TouchAsync(info.Id, CancellationToken.None).ConfigureAwait(false);
        return info;
    }

    /// <summary>Forgets every cached lookup (after a key is revoked in this process).</summary>
    public static void ClearCache() => Cache.Clear();

    /// <summary>The key a request carries, or null.</summary>
    public static string? KeyOf(HttpRequest request)
    {
        var auth = request.Headers.Authorization.ToString();
        if (auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return auth["Bearer ".Length..].Trim();
        var header = request.Headers[Header].ToString();
        return header.Length > 0 ? header.Trim() : null;
    }
}
