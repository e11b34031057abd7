using System.Diagnostics;
using System.Globalization;

namespace Geo.Bench;

/// <summary>The reference scripts in bench/spdep, run with Rscript; they print <c>name,value</c> lines.</summary>
internal static class RScript
{
    /// <summary>The full path of bench/spdep/<paramref name="name"/>, found above the bench's binaries.</summary>
    public static string Find(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "spdep", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException($"bench/spdep/{name} not found above {AppContext.BaseDirectory}");
    }

    /// <summary>Runs the script, echoes its output lines and returns those of the form <c>name,number</c>.</summary>
    public static Dictionary<string, double> Run(string script, params string[] scriptArgs)
    {
        Console.WriteLine($"Running Rscript {Path.GetFileName(script)} ...");
        var psi = new ProcessStartInfo("Rscript", [script, .. scriptArgs]) { RedirectStandardOutput = true };
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start Rscript");
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"Rscript {script} failed with exit code {p.ExitCode}.");
        var result = new Dictionary<string, double>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Console.WriteLine("  " + line);
            var parts = line.Split(',');
            if (parts.Length == 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var s)) result[parts[0]] = s;
        }
        return result;
    }
}
