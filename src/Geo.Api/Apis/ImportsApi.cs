namespace Geo.Api.Apis;

/// <summary>(to be written)</summary>
public static class ImportsApi
{
    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
