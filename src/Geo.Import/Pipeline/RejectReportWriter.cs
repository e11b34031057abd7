using System.Text;

namespace Geo.Import.Pipeline;

/// <summary>
/// Streams reject-report lines to a CSV file (file,row,field,value,reason,action). The file is created when the first line
/// arrives, and <see cref="Complete"/> flushes and closes it: the import calls it before committing, so an import whose
/// report cannot be written (a full disk) loads nothing.
/// </summary>
public sealed class RejectReportWriter(string? path) : IDisposable
{
    private StreamWriter? _writer;

    /// <summary>The report's path once a line has been written, else null.</summary>
    public string? Path => _writer is null ? null : path;

    /// <summary>Lines written.</summary>
    public long Lines { get; private set; }

    /// <summary>
    /// Refuses, before anything is read, a report path that would overwrite an input, that is a directory, or that cannot be
    /// written.
    /// </summary>
    /// <exception cref="ArgumentException">Names the problem.</exception>
    public static void CheckPath(string reportPath, params string?[] inputs)
    {
        var full = System.IO.Path.GetFullPath(reportPath);
        if (Directory.Exists(full)) throw new ArgumentException($"--reject-report {reportPath} is a directory; give a file name, e.g. {System.IO.Path.Combine(reportPath, "rejects.csv")}.");
        var resolved = Resolve(full);
        foreach (var input in inputs)
        {
            if (input is null) continue;
            if (string.Equals(Resolve(System.IO.Path.GetFullPath(input)), resolved, StringComparison.Ordinal))
                throw new ArgumentException($"--reject-report {reportPath} is the input file {input}: writing the report would destroy the input. Give another file name.");
        }
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            var existed = File.Exists(full);
            using (new FileStream(full, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { }
            if (!existed) File.Delete(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"--reject-report {reportPath} cannot be written ({e.Message}).", e);
        }
    }

    private static string Resolve(string fullPath)
    {
        try
        {
            return File.Exists(fullPath) && new FileInfo(fullPath).ResolveLinkTarget(returnFinalTarget: true) is { } target ? target.FullName : fullPath;
        }
        catch (IOException)
        {
            return fullPath;
        }
    }

    public void Write(Reject r)
    {
        if (path is null) return;
        if (_writer is null)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
            _writer = new StreamWriter(path, false, new UTF8Encoding(false));
            _writer.WriteLine("file,row,field,value,reason,action");
        }
        _writer.Write(Quote(r.File)); _writer.Write(',');
        _writer.Write(r.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)); _writer.Write(',');
        _writer.Write(Quote(r.Field)); _writer.Write(',');
        _writer.Write(Quote(r.Value)); _writer.Write(',');
        _writer.Write(Quote(r.Reason)); _writer.Write(',');
        _writer.WriteLine(ActionName(r.Action));
        Lines++;
    }

    /// <summary>Flushes and closes the report.</summary>
    /// <exception cref="IOException">The report could not be written (e.g. no space left on the device).</exception>
    public void Complete()
    {
        if (_writer is null) return;
        _writer.Flush();
        _writer.BaseStream.Flush();
        _writer.Dispose();
        _writer = new StreamWriter(Stream.Null);
    }

    internal static string ActionName(RejectAction a) => a switch
    {
        RejectAction.Rejected => "rejected",
        RejectAction.Repaired => "repaired",
        RejectAction.KeptWithoutLocation => "kept_without_location",
        RejectAction.Warning => "warning",
        _ => a.ToString(),
    };

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\r\n") < 0 ? s : "\"" + s.Replace("\"", "\"\"") + "\"";

    public void Dispose()
    {
        try
        {
            _writer?.Dispose();
        }
        catch (IOException)
        {
            // The import has failed already; the original error is the one to report.
        }
    }
}
