namespace Geo.Api.Apis;

/// <summary>(to be written)</summary>
public static class SessionApi
{
    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
