namespace Geo.Api.Apis;

/// <summary>(to be written)</summary>
public static class AreasApi
{
    public static IEndpointRouteBuilder MapAreasApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
