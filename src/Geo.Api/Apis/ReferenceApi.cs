namespace Geo.Api.Apis;

/// <summary>(to be written)</summary>
public static class ReferenceApi
{
    public static IEndpointRouteBuilder MapReferenceApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
