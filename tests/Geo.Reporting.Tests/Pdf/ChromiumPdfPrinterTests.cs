using System.Diagnostics;
using Geo.Reporting.Charts;
using Geo.Reporting.Html;
using Geo.Reporting.Pdf;
using Geo.Testing;

namespace Geo.Reporting.Tests.Pdf;

/// <summary>
/// Prints with the Chromium that scripts/install-deps.sh installs and reads the PDF back with poppler-utils (pdfinfo,
/// pdftotext; installed by scripts/install-deps.sh --tests).
/// </summary>
public sealed class ChromiumPdfPrinterTests
{
    private const string ThreePages = """
        <!doctype html>
        <html lang="sv"><head><meta charset="utf-8"><title>Lägesbild</title>
        <style>@page { size: A4; margin: 20mm; } body { font-family: 'DejaVu Sans', sans-serif; } .page { page-break-after: always; }</style>
        </head><body>
        <div class="page"><h1>Lägesbild för Åsele</h1><p>Våld och rån ökar – med 12,5 % per år (−3,2 till 28,1).</p></div>
        <div class="page"><h2>När händer det?</h2>{HEAT}</div>
        <div><h2>Åtgärdsplan</h2><p>Fältarbete fredag–lördag 22–04 vid Nattklubb Midnattssol.</p></div>
        </body></html>
        """;

    private static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output);
    }

    private static string Script(TempDir dir, string name, string body)
    {
        var path = dir.File(name, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    [Fact]
    public async Task Prints_three_A4_pages_whose_Swedish_text_pdftotext_gives_back()
    {
        using var dir = new TempDir();
        var heat = new int[168];
        heat[5 * 24 + 23] = 63;
        var html = dir.File("lägesbild.html", ThreePages.Replace("{HEAT}", HeatTable.Svg(heat, 5)));
        var pdf = Path.Combine(dir.Path, "lägesbild.pdf");
        File.WriteAllText(pdf, "an older report"); // replaced when the print succeeds

        await new ChromiumPdfPrinter().PrintAsync(html, pdf, CancellationToken.None);

        var (infoCode, info) = Run("pdfinfo", pdf);
        Assert.Equal(0, infoCode);
        Assert.Matches(@"Pages:\s+3\s", info);
        Assert.Matches(@"Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)", info);
        var (textCode, text) = Run("pdftotext", "-enc", "UTF-8", pdf, "-");
        Assert.Equal(0, textCode);
        Assert.Contains("Lägesbild för Åsele", text);
        Assert.Contains("Våld och rån ökar – med 12,5 % per år (−3,2 till 28,1).", text);
        Assert.Contains("Åtgärdsplan", text);
        Assert.Contains("Fältarbete fredag–lördag 22–04", text);
        Assert.Contains("lör", text); // the heat table's SVG text is real text in the PDF
        Assert.Equal(3, text.Count(c => c == '\f'));
        // Nothing left behind: no temporary PDF next to it.
        Assert.Equal(["lägesbild.html", "lägesbild.pdf"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Prints_the_report_stylesheet_with_chapters_on_new_pages()
    {
        using var dir = new TempDir();
        var html = dir.File("r.html", $"""
            <!doctype html><html lang="sv"><head><meta charset="utf-8"><style>{ReportCss.Text}</style></head><body>
            <div class="cover"><h1>Lägesbild</h1></div>
            <main><section class="chapter"><h2>1. Sammanfattning</h2></section><section class="chapter"><h2>2. Metod</h2></section></main>
            </body></html>
            """);
        var pdf = Path.Combine(dir.Path, "r.pdf");
        await new ChromiumPdfPrinter().PrintAsync(html, pdf, CancellationToken.None);
        Assert.Matches(@"Pages:\s+3\s", Run("pdfinfo", pdf).Output);
    }

    [Fact]
    public async Task A_missing_chromium_says_to_run_install_deps()
    {
        using var dir = new TempDir();
        var html = dir.File("r.html", "<p>x</p>");
        var pdf = Path.Combine(dir.Path, "r.pdf");
        var missing = Path.Combine(dir.Path, "no-such-chromium");
        var printer = new ChromiumPdfPrinter(null, ChromiumPdfPrinter.DefaultTimeout, v => v == ChromiumPdfPrinter.ChromiumVariable ? missing : null);
        var e = await Assert.ThrowsAsync<ReportingException>(() => printer.PrintAsync(html, pdf, CancellationToken.None));
        Assert.Contains("GEO_CHROMIUM is set to " + missing + ", which does not exist", e.Message);
        Assert.Contains("scripts/install-deps.sh", e.Message);
        Assert.False(File.Exists(pdf));

        // Not set, and nothing in PATH.
        var none = new ChromiumPdfPrinter(null, ChromiumPdfPrinter.DefaultTimeout, v => v == "PATH" ? dir.Path : null);
        e = await Assert.ThrowsAsync<ReportingException>(() => none.PrintAsync(html, pdf, CancellationToken.None));
        Assert.StartsWith("Chromium is not installed", e.Message);
        Assert.Contains("scripts/install-deps.sh", e.Message);
    }

    [Fact]
    public async Task A_failing_chromium_leaves_no_half_written_pdf_and_shows_its_last_lines_without_dbus_noise()
    {
        using var dir = new TempDir();
        var html = dir.File("r.html", "<p>x</p>");
        var pdf = Path.Combine(dir.Path, "r.pdf");
        File.WriteAllText(pdf, "the previous report");
        // Writes half a PDF where it is told to, complains on stderr and fails.
        var fake = Script(dir, "chromium", """
            for a in "$@"; do case "$a" in --print-to-pdf=*) printf '%%PDF-1.4 half' > "${a#--print-to-pdf=}";; esac; done
            echo "[1:2:ERROR:dbus/bus.cc:405] Failed to connect to the bus" >&2
            echo "[1:2:FATAL:printing.cc:12] Printing failed: out of paper" >&2
            exit 3
            """);
        var printer = new ChromiumPdfPrinter(fake, ChromiumPdfPrinter.DefaultTimeout);
        var e = await Assert.ThrowsAsync<ReportingException>(() => printer.PrintAsync(html, pdf, CancellationToken.None));
        Assert.Contains("exited with code 3", e.Message);
        Assert.Contains("Printing failed: out of paper", e.Message);
        Assert.DoesNotContain("dbus", e.Message);
        Assert.Equal("the previous report", File.ReadAllText(pdf));
        Assert.Equal(["chromium", "r.html", "r.pdf"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task A_chromium_that_hangs_is_stopped_at_the_time_limit()
    {
        using var dir = new TempDir();
        var html = dir.File("r.html", "<p>x</p>");
        var pdf = Path.Combine(dir.Path, "r.pdf");
        var fake = Script(dir, "chromium", "sleep 60");
        var printer = new ChromiumPdfPrinter(fake, TimeSpan.FromSeconds(1));
        var watch = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<ReportingException>(() => printer.PrintAsync(html, pdf, CancellationToken.None));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.Contains("did not finish", e.Message);
        Assert.False(File.Exists(pdf));
    }

    [Fact]
    public async Task Names_a_missing_html_file()
    {
        using var dir = new TempDir();
        var e = await Assert.ThrowsAsync<FileNotFoundException>(() => new ChromiumPdfPrinter().PrintAsync(Path.Combine(dir.Path, "nope.html"), Path.Combine(dir.Path, "r.pdf"), CancellationToken.None));
        Assert.Contains("nope.html", e.Message);
    }

    [Fact]
    public void Asks_chromium_for_no_network_no_header_and_a_private_profile()
    {
        var args = ChromiumPdfPrinter.Arguments("/tmp/a b/å.html", "/tmp/out.pdf", "/tmp/profile");
        Assert.Contains("--headless", args);
        Assert.Contains("--no-pdf-header-footer", args);
        Assert.Contains("--host-resolver-rules=MAP * ~NOTFOUND", args);
        Assert.Contains("--disable-background-networking", args);
        Assert.Contains("--user-data-dir=/tmp/profile", args);
        Assert.Contains("--print-to-pdf=/tmp/out.pdf", args);
        Assert.Equal("file:///tmp/a%20b/%C3%A5.html", args[^1]);
    }
}
