using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Geo.Reporting.Pdf;

/// <summary>
/// Prints an HTML file to PDF with Debian's headless Chromium (<c>--print-to-pdf</c>, installed by
/// <c>scripts/install-deps.sh</c>). Chromium is <c>GEO_CHROMIUM</c> when set, else <c>chromium</c> or
/// <c>chromium-browser</c> in PATH. Each print uses a fresh temporary profile (deleted afterwards), fetches nothing from the
/// network (every host name resolves to nothing), prints without Chromium's header and footer (the page size and margins
/// come from the document's <c>@page</c> rule), writes to a temporary file next to the PDF and moves it into place only
/// when Chromium succeeded, so a failed or cancelled print never leaves a half-written PDF. Chromium's chatter on stderr
/// (D-Bus warnings) is shown only when it fails, as its last lines.
/// </summary>
public sealed class ChromiumPdfPrinter
{
    /// <summary>Environment variable naming the Chromium executable.</summary>
    public const string ChromiumVariable = "GEO_CHROMIUM";

    /// <summary>How long one print may take before Chromium is stopped: 2 minutes.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    private static readonly string[] Names = ["chromium", "chromium-browser"];
    private const int TailLines = 12;

    private readonly string? _chromium;
    private readonly Func<string, string?> _environment;

    /// <summary>A printer that finds Chromium from <c>GEO_CHROMIUM</c> or PATH and waits at most <see cref="DefaultTimeout"/>.</summary>
    public ChromiumPdfPrinter() : this(null, DefaultTimeout, Environment.GetEnvironmentVariable) { }

    /// <summary>A printer with the given Chromium executable (null: <c>GEO_CHROMIUM</c> or PATH) and time limit per print.</summary>
    public ChromiumPdfPrinter(string? chromiumPath, TimeSpan timeout) : this(chromiumPath, timeout, Environment.GetEnvironmentVariable) { }

    internal ChromiumPdfPrinter(string? chromiumPath, TimeSpan timeout, Func<string, string?> environment)
    {
        if (timeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(timeout), "the time limit must be positive.");
        _chromium = string.IsNullOrWhiteSpace(chromiumPath) ? null : chromiumPath;
        Timeout = timeout;
        _environment = environment;
    }

    /// <summary>The time limit of one print.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The Chromium executable this printer runs.</summary>
    /// <exception cref="ReportingException">It is not installed, or <c>GEO_CHROMIUM</c> names a file that does not exist.</exception>
    public string FindChromium()
    {
        if (_chromium is not null)
            return File.Exists(_chromium) ? _chromium
                : throw new ReportingException($"Chromium was not found at {_chromium}. It prints the report as PDF: install it with scripts/install-deps.sh.");
        var configured = _environment(ChromiumVariable);
        if (!string.IsNullOrWhiteSpace(configured))
            return File.Exists(configured) ? configured
                : throw new ReportingException($"{ChromiumVariable} is set to {configured}, which does not exist. Point {ChromiumVariable} at the Chromium executable, or unset it and install Chromium with scripts/install-deps.sh.");
        foreach (var dir in (_environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in Names)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        throw new ReportingException($"Chromium is not installed (no chromium or chromium-browser in PATH); it prints the report as PDF. Install it with scripts/install-deps.sh, or set {ChromiumVariable} to its path, or write the report as HTML.");
    }

    /// <summary>Prints <paramref name="htmlFile"/> to <paramref name="pdfFile"/> (replacing it when Chromium succeeds).</summary>
    /// <exception cref="FileNotFoundException">The HTML file does not exist.</exception>
    /// <exception cref="DirectoryNotFoundException">The PDF's folder does not exist.</exception>
    /// <exception cref="ReportingException">Chromium is missing, failed (with its last lines of output) or exceeded the time limit.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled (Chromium is stopped, no PDF is written).</exception>
    public async Task PrintAsync(string htmlFile, string pdfFile, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(htmlFile);
        ArgumentException.ThrowIfNullOrWhiteSpace(pdfFile);
        var html = Path.GetFullPath(htmlFile);
        var pdf = Path.GetFullPath(pdfFile);
        if (!File.Exists(html)) throw new FileNotFoundException($"{htmlFile}: the HTML file to print does not exist.", html);
        var folder = Path.GetDirectoryName(pdf)!;
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{pdfFile}: the folder {folder} does not exist.");
        var chromium = FindChromium();

        var temp = Path.Combine(folder, $".{Path.GetFileName(pdf)}.{Guid.NewGuid():N}.tmp");
        var profile = Path.Combine(Path.GetTempPath(), "geo-chromium-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(profile);
            var (exitCode, tail) = await RunAsync(chromium, Arguments(html, temp, profile), html, ct);
            var info = new FileInfo(temp);
            if (exitCode != 0 || !info.Exists || info.Length == 0 || !StartsWithPdfHeader(temp))
            {
                var what = exitCode != 0 ? $"exited with code {exitCode}" : "wrote no PDF";
                throw new ReportingException($"Chromium ({chromium}) {what} printing {htmlFile}." + (tail.Count > 0 ? " Its last output:" + Environment.NewLine + string.Join(Environment.NewLine, tail) : ""));
            }
            File.Move(temp, pdf, overwrite: true);
        }
        finally
        {
            TryDelete(() => File.Delete(temp));
            TryDelete(() => { if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true); });
        }
    }

    /// <summary>The command line: new headless mode, no sandbox (containers, root), nothing fetched, no header or footer.</summary>
    internal static IReadOnlyList<string> Arguments(string html, string pdf, string profile) =>
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-sync",
        "--disable-crash-reporter",
        "--mute-audio",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--user-data-dir=" + profile,
        "--no-pdf-header-footer",
        "--print-to-pdf=" + pdf,
        new Uri(html).AbsoluteUri,
    ];

    private async Task<(int ExitCode, IReadOnlyList<string> Tail)> RunAsync(string chromium, IReadOnlyList<string> arguments, string html, CancellationToken ct)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(html)!,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        var tail = new Queue<string>();
        void Keep(string? line)
        {
            if (string.IsNullOrWhiteSpace(line) || IsNoise(line)) return;
            lock (tail)
            {
                tail.Enqueue(line);
                if (tail.Count > TailLines) tail.Dequeue();
            }
        }

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new ReportingException($"Chromium ({chromium}) could not be started: {e.Message}. Install it with scripts/install-deps.sh, or set {ChromiumVariable} to its path.", e);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            await process.WaitForExitAsync(CancellationToken.None);
            ct.ThrowIfCancellationRequested();
            throw new ReportingException($"Chromium did not finish printing {html} within {Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s and was stopped; no PDF was written.");
        }
        process.WaitForExit(); // drains the redirected output
        lock (tail) return (process.ExitCode, tail.ToList());
    }

    /// <summary>Lines Chromium prints on every run in a container without a desktop session (D-Bus, the launcher script's own test).</summary>
    private static bool IsNoise(string line) =>
        line.Contains("dbus", StringComparison.OrdinalIgnoreCase) || line.Contains("unexpected operator", StringComparison.Ordinal)
        || line.Contains("bytes written to file", StringComparison.Ordinal);

    private static bool StartsWithPdfHeader(string file)
    {
        Span<byte> head = stackalloc byte[5];
        using var s = File.OpenRead(file);
        return s.ReadAtLeast(head, 5, throwOnEndOfStream: false) == 5 && head.SequenceEqual("%PDF-"u8);
    }

    private static void TryDelete(Action delete)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try { delete(); return; }
            catch (IOException) { Thread.Sleep(100); }
            catch (UnauthorizedAccessException) { return; }
        }
    }
}
