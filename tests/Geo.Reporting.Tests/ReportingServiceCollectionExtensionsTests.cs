using Geo.Reporting.Pdf;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Reporting.Tests;

public sealed class ReportingServiceCollectionExtensionsTests
{
    [Fact]
    public void Registers_one_pdf_printer_with_the_default_time_limit()
    {
        using var provider = new ServiceCollection().AddGeoReporting().BuildServiceProvider();
        var printer = provider.GetRequiredService<ChromiumPdfPrinter>();
        Assert.Same(printer, provider.GetRequiredService<ChromiumPdfPrinter>());
        Assert.Equal(ChromiumPdfPrinter.DefaultTimeout, printer.Timeout);
    }
}
