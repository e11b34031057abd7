using Geo.Reporting.Pdf;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Reporting;

/// <summary>Wires the report writers (the lägesbild document, its maps and charts) into the container both shells build.</summary>
public static class ReportingServiceCollectionExtensions
{
    public static IServiceCollection AddGeoReporting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<Plans.PlanFileWriter>();
        services.AddSingleton(_ => new ChromiumPdfPrinter());
        services.AddSingleton<Reports.ReportPlans>();
        services.AddSingleton<Reports.ReportBuilder>();
        services.AddSingleton<Reports.ReportService>();
        services.AddSingleton<Maps.IndicatorClassesService>();
        return services;
    }
}
