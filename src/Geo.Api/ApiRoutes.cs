using Geo.Api.Apis;
using Scalar.AspNetCore;

namespace Geo.Api;

/// <summary>Every route group of the service, each in its <c>Apis/*Api.cs</c>.</summary>
public static class ApiRoutes
{
    public static WebApplication MapGeoApi(this WebApplication app)
    {
        app.MapHealthApi();
        app.MapSessionApi();
        app.MapStudyAreasApi();
        app.MapResourcesApi();
        app.MapImportsApi();
        app.MapReferenceApi();
        app.MapRunsApi();
        app.MapAreasApi();
        app.MapHotspotsApi();
        app.MapPrioritiesApi();
        app.MapPlansApi();
        app.MapReportsApi();
        app.MapExportsApi();
        app.MapTilesApi();
        app.MapMapPageApi();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api-reference", ApiServices.ConfigureApiReference).AllowAnonymous();
        return app;
    }
}
