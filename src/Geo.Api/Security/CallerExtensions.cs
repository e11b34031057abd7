namespace Geo.Api.Security;

/// <summary>The caller of a request.</summary>
public static class CallerExtensions
{
    /// <summary>The authenticated caller; only call it on endpoints that require authorization.</summary>
    /// <exception cref="InvalidOperationException">The request is anonymous.</exception>
    public static Caller Caller(this HttpContext context) =>
        Security.Caller.From(context.User) ?? throw new InvalidOperationException("The endpoint did not require an API key.");
}
