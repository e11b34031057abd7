namespace Geo.Api.Apis;

/// <summary>(to be written)</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
