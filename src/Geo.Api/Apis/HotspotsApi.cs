namespace Geo.Api.Apis;

/// <summary>(to be written)</summary>
public static class HotspotsApi
{
    public static IEndpointRouteBuilder MapHotspotsApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
