namespace Geo.Api.Apis;

/// <summary>(to be written)</summary>
public static class TilesApi
{
    public static IEndpointRouteBuilder MapTilesApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
