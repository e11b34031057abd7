using System.Diagnostics;

namespace Geo.Cli.Tests;

/// <summary>Runs the real geo command as a child process (its own console, environment and exit code).</summary>
internal static class CliRun
{
    public static string GeoDll => Path.Combine(AppContext.BaseDirectory, "geo.dll");

    public static ProcessStartInfo StartInfo(string databaseUrl, string home, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(GeoDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["GEO_DATABASE_URL"] = databaseUrl;
        psi.Environment["GEO_HOME"] = home;
        psi.Environment["CI"] = "true"; // no progress bar
        return psi;
    }

    public static async Task<(int Exit, string Out, string Err)> RunAsync(string databaseUrl, string home, params string[] args)
    {
        using var p = Process.Start(StartInfo(databaseUrl, home, args))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await p.WaitForExitAsync(timeout.Token);
        return (p.ExitCode, await stdout, await stderr);
    }
}
