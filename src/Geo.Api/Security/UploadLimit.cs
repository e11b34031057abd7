namespace Geo.Api.Security;

/// <summary>
/// The request body size limit (<see cref="GeoApiOptions.UploadLimitMegabytes"/>), set on Kestrel by
/// <see cref="ApiServices.ConfigureGeoKestrel"/>. This middleware answers a body over the limit with 413 and a
/// <c>ProblemDetails</c> saying the limit: at once when the declared Content-Length is over it, and when Kestrel stops
/// reading a chunked body at the limit (its <see cref="BadHttpRequestException"/>, which would otherwise be a 500).
/// </summary>
public sealed class UploadLimit(RequestDelegate next, GeoApiOptions options)
{
    /// <summary>The limit in bytes.</summary>
    public static long Bytes(GeoApiOptions options) => Math.Max(1, options.UploadLimitMegabytes) * 1024L * 1024L;

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var limit = Bytes(options);
        if (context.Request.ContentLength > limit)
        {
            await TooLargeAsync(context, problems).ConfigureAwait(false);
            return;
        }
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            context.Response.Clear();
            await TooLargeAsync(context, problems).ConfigureAwait(false);
        }
    }

    private Task TooLargeAsync(HttpContext context, IProblemDetailsService problems)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The upload is too large",
                Detail = $"The request body is larger than Geo's upload limit of {options.UploadLimitMegabytes} MB (the setting " +
                         "Geo:UploadLimitMegabytes): split the file (e.g. by year) or ask the administrator to raise the limit.",
            },
        }).AsTask();
    }
}
