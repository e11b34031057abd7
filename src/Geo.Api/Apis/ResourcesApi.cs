namespace Geo.Api.Apis;

/// <summary>(to be written)</summary>
public static class ResourcesApi
{
    public static IEndpointRouteBuilder MapResourcesApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
