using System.Text;

namespace Geo.Import.Pipeline;

/// <summary>
/// Streams reject-report lines to a CSV file (file,row,field,value,reason,action). The file is only
/// created when the first line arrives.
/// </summary>
public sealed class RejectReportWriter(string? path) : IDisposable
{
    private StreamWriter? _writer;

    public string? Path => _writer is null ? null : path;

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

    public void Dispose() => _writer?.Dispose();
}
