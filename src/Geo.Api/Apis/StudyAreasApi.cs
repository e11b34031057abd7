namespace Geo.Api.Apis;

/// <summary>(to be written)</summary>
public static class StudyAreasApi
{
    public static IEndpointRouteBuilder MapStudyAreasApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
