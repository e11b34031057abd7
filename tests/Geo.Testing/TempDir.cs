using System.Text;
using Geo.Formats;

namespace Geo.Testing;

/// <summary>A temporary folder for test files, deleted on dispose, and helpers to read rows back.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => System.IO.Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "geo-formats-" + Guid.NewGuid().ToString("N"));

    public string File(string name, string text, Encoding? encoding = null)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public string File(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Gzip(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        using var file = System.IO.File.Create(path);
        using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest);
        gzip.Write(bytes);
        return path;
    }

    /// <summary>All rows as copied strings (null for null fields).</summary>
    public static List<string?[]> Rows(IFeatureReader reader) =>
        reader.Read().Select(r => Enumerable.Range(0, r.FieldCount).Select(i => r.IsNull(i) ? null : r.Text(i)).ToArray()).ToList();

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
