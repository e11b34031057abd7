using System.ComponentModel;
using System.Diagnostics;

namespace Geo.Testing;

/// <summary>
/// Runs GDAL's command-line tools (ogrinfo, gdalsrsinfo, gdalinfo from Debian's gdal-bin, installed by
/// scripts/install-deps.sh --tests) to check that files Geo writes are read by the reference implementation.
/// </summary>
public static class Gdal
{
    /// <summary>Runs <paramref name="tool"/> with <paramref name="args"/>; fails the test with what to install when the tool is missing.</summary>
    public static (int Exit, string Out, string Err) Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["LC_ALL"] = "C";
        Process process;
        try { process = Process.Start(info)!; }
        catch (Win32Exception) { throw new InvalidOperationException($"{tool} is not installed: run scripts/install-deps.sh --tests (Debian package gdal-bin)."); }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result, stderr);
        }
    }

    /// <summary>The EPSG code GDAL identifies in a CRS file or string (<c>gdalsrsinfo -o epsg</c>) and its confidence line, if any.</summary>
    public static (string Code, string Output) IdentifyEpsg(string path)
    {
        var (exit, stdout, stderr) = Run("gdalsrsinfo", "-o", "epsg", path);
        Assert.True(exit == 0, $"gdalsrsinfo failed: {stderr}{stdout}");
        var code = stdout.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("EPSG:", StringComparison.Ordinal)) ?? "";
        return (code, stdout + stderr);
    }
}
