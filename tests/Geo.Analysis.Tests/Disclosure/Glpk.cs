using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Geo.Analysis.Tests.Disclosure;

/// <summary>GLPK's glpsol (Debian package glpk-utils, installed by scripts/install-deps.sh --tests), the reference the linear programs are compared with.</summary>
internal static class Glpk
{
    /// <summary>
    /// True when glpsol runs. When it does not: on CI (CI=true) the test FAILS with what to install; locally it returns
    /// false and the caller returns (nothing to compare with).
    /// </summary>
    public static bool Available()
    {
        if (Installed()) return true;
        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            "glpsol (GLPK) is not installed: run scripts/install-deps.sh --tests (Debian package glpk-utils).");
        return false;
    }

    public static string Number(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static bool Installed()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("glpsol", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Solves a CPLEX LP file with glpsol (no presolve): its status (OPTIMAL, INFEASIBLE, UNBOUNDED) and objective.</summary>
    public static (string Status, double Objective) Solve(string lpFile)
    {
        var output = lpFile + ".out";
        var info = new ProcessStartInfo("glpsol") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--lp", lpFile, "--nopresol", "-o", output }) info.ArgumentList.Add(arg);
        using var p = Process.Start(info)!;
        var log = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"glpsol failed on {lpFile}: {log}");
        var lines = File.ReadAllLines(output);
        var status = lines.First(l => l.StartsWith("Status:", StringComparison.Ordinal))["Status:".Length..].Trim();
        var objLine = lines.First(l => l.StartsWith("Objective:", StringComparison.Ordinal));
        var eq = objLine.IndexOf('=');
        var objective = double.Parse(objLine[(eq + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        if (status.StartsWith("INFEASIBLE", StringComparison.Ordinal) || log.Contains("NO PRIMAL FEASIBLE", StringComparison.Ordinal)) return ("INFEASIBLE", objective);
        if (status.StartsWith("UNBOUNDED", StringComparison.Ordinal) || log.Contains("NO DUAL FEASIBLE", StringComparison.Ordinal)) return ("UNBOUNDED", objective);
        return (status, objective);
    }
}
