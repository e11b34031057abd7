namespace Geo.Api.Apis;

/// <summary>(to be written)</summary>
public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
