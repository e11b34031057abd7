using System.Diagnostics;

namespace Geo.Storage.Local;

/// <summary>Runs a child process (optionally as another OS user through runuser), capturing its output.</summary>
internal static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(
        string fileName, IEnumerable<string> arguments, string? asUser = null,
        IReadOnlyDictionary<string, string>? environment = null, CancellationToken ct = default)
    {
        var psi = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            // The server user may not be able to enter the caller's current folder (e.g. /root).
            WorkingDirectory = "/",
        };
        if (asUser is null)
        {
            psi.FileName = fileName;
        }
        else
        {
            psi.FileName = "runuser";
            psi.ArgumentList.Add("-u");
            psi.ArgumentList.Add(asUser);
            psi.ArgumentList.Add("--");
            psi.ArgumentList.Add(fileName);
        }
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        if (environment is not null)
            foreach (var (k, v) in environment) psi.Environment[k] = v;
        psi.Environment["LC_MESSAGES"] = "C";

        using var p = new Process { StartInfo = psi };
        try
        {
            p.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start '{psi.FileName}': {e.Message}", e);
        }
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync(ct);
        var stderr = p.StandardError.ReadToEndAsync(ct);
        try
        {
            await p.WaitForExitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw;
        }
        return new ProcessResult(p.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    /// <summary>Like <see cref="RunAsync"/> but throws with the command's output when it exits non-zero.</summary>
    public static async Task<ProcessResult> RunCheckedAsync(
        string what, string fileName, IEnumerable<string> arguments, string? asUser = null,
        IReadOnlyDictionary<string, string>? environment = null, CancellationToken ct = default)
    {
        var args = arguments.ToArray();
        var r = await RunAsync(fileName, args, asUser, environment, ct).ConfigureAwait(false);
        if (r.ExitCode != 0)
            throw new InvalidOperationException(
                $"{what} failed (exit {r.ExitCode}): {fileName} {string.Join(' ', args)}{(asUser is null ? "" : $" (as {asUser})")}\n{r.Output}");
        return r;
    }
}
