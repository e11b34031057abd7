using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Geo.Api.Security;

/// <summary>
/// The per-key rate limit: a token bucket per API key (anonymous requests: per client address) holding
/// <see cref="RateLimitOptions.PermitsPerMinute"/> tokens, refilled evenly over the minute. A request over the limit is
/// answered 429 with a <c>Retry-After</c> header and a <c>ProblemDetails</c>. Runs after authentication so that the
/// key is known; <c>/health</c> is exempt.
/// </summary>
public static class RateLimits
{
    /// <summary>Registers the limiter.</summary>
    public static IServiceCollection AddGeoRateLimiter(this IServiceCollection services, GeoApiOptions options)
    {
        var bucket = BucketOf(options.RateLimit);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetTokenBucketLimiter(PartitionOf(context), _ => bucket));
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>The bucket: the minute's permits at most, refilled by one period's share at a time.</summary>
    public static TokenBucketRateLimiterOptions BucketOf(RateLimitOptions limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var permits = Math.Max(1, limit.PermitsPerMinute);
        // Up to 60 a minute: one token every 60/permits seconds; more: permits/60 tokens every second.
        var (period, tokens) = permits <= 60
            ? (TimeSpan.FromSeconds(60.0 / permits), 1)
            : (TimeSpan.FromSeconds(1), (int)Math.Ceiling(permits / 60.0));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = permits, TokensPerPeriod = tokens, ReplenishmentPeriod = period, QueueLimit = 0, AutoReplenishment = true,
        };
    }

    /// <summary>The bucket a request draws from: its key's id, or its client address when it carries no valid key.</summary>
    public static string PartitionOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Caller.From(context.User) is { } caller
            ? "key:" + caller.KeyId.ToString(CultureInfo.InvariantCulture)
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var options = context.RequestServices.GetRequiredService<GeoApiOptions>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"This key has used its {options.RateLimit.PermitsPerMinute} requests per minute; try again in {seconds} s " +
                         "(the limit is the setting Geo:RateLimit:PermitsPerMinute).",
            },
        }).ConfigureAwait(false);
    }
}
