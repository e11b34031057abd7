namespace Geo.Api.Apis;

/// <summary>(to be written)</summary>
public static class MapPageApi
{
    public static IEndpointRouteBuilder MapMapPageApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
