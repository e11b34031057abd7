namespace Geo.Api.Apis;

/// <summary>(to be written)</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
