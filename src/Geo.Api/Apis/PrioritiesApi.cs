namespace Geo.Api.Apis;

/// <summary>(to be written)</summary>
public static class PrioritiesApi
{
    public static IEndpointRouteBuilder MapPrioritiesApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
