namespace Geo.Api.Apis;

/// <summary>(to be written)</summary>
public static class RunsApi
{
    public static IEndpointRouteBuilder MapRunsApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
