namespace Geo.Api;

/// <summary>The request pipeline: errors as problem details, authentication, authorization, ...</summary>
public static class ApiPipeline
{
    public static WebApplication UseGeoApi(this WebApplication app, GeoApiOptions options)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
