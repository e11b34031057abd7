using System.Reflection;
using System.Text;
using Geo.Planning.Plans;

namespace Geo.Reporting.Plans;

/// <summary>
/// Writes a stored plan (with its follow-up when given) as a file chosen by the extension: <c>.json</c>, <c>.md</c> or
/// <c>.xlsx</c>, in Brå's template, labels in the plan's language. The formats are described in docs/plans.md ("Plan
/// files"). The file is written beside its destination under a temporary name and moved into place when complete, so a
/// failed or cancelled write never leaves a half-written file (an existing file stays as it was); a missing directory is
/// created.
/// </summary>
public sealed class PlanFileWriter
{
    /// <summary>The extensions <see cref="WriteAsync"/> accepts.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".json", ".md", ".xlsx"];

    /// <summary>Geo's version as the files record it (the informational version: number and commit).</summary>
    public static string GeoVersion { get; } =
        typeof(PlanFileWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <exception cref="ArgumentException">The extension is not one of <see cref="Extensions"/>, or the follow-up is of another plan.</exception>
    public async Task WriteAsync(Plan plan, PlanFollowUp? followUp, string path, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (!Extensions.Contains(ext))
        {
            throw new ArgumentException(
                $"{Path.GetFileName(path)}: a plan file cannot be written as {(ext.Length == 0 ? "a file without an extension" : $"'{ext}'")}; "
                + $"use one of {string.Join(", ", Extensions)} (JSON, Markdown or an Excel workbook).", nameof(path));
        }
        if (followUp is not null && followUp.Plan.Id != plan.Id)
            throw new ArgumentException($"The follow-up is of plan {followUp.Plan.Id}, not of plan {plan.Id}.", nameof(followUp));

        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true))
            {
                switch (ext)
                {
                    case ".json":
                        await PlanJsonWriter.WriteAsync(stream, plan, followUp, GeoVersion, ct).ConfigureAwait(false);
                        break;
                    case ".md":
                        var text = PlanMarkdownWriter.Write(plan, followUp, GeoVersion, ct);
                        await stream.WriteAsync(new UTF8Encoding(false).GetBytes(text), ct).ConfigureAwait(false);
                        break;
                    default:
                        PlanXlsxWriter.Write(stream, plan, followUp, GeoVersion, ct);
                        break;
                }
                await stream.FlushAsync(ct).ConfigureAwait(false);
            }
            ct.ThrowIfCancellationRequested();
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            try { File.Delete(temp); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            throw;
        }
    }
}
