using System.IO.Compression;

namespace Geo.Formats.IO;

/// <summary>
/// Opens a file for streaming: transparently gunzips it (gzip is recognised by its magic bytes 1F 8B,
/// RFC 1952 §2.3.1, whatever the extension) and counts the bytes consumed from disk, so that progress of a
/// .gz file is reported in compressed bytes.
/// </summary>
internal sealed class InputFile : IDisposable
{
    private readonly CountingStream _counter;

    private InputFile(string path, CountingStream counter, Stream content, bool gzip, long totalBytes)
    {
        Path = path;
        _counter = counter;
        Content = content;
        IsGzip = gzip;
        TotalBytes = totalBytes;
    }

    public string Path { get; }

    /// <summary>The (decompressed) content.</summary>
    public Stream Content { get; }

    public bool IsGzip { get; }

    /// <summary>Size of the file on disk.</summary>
    public long TotalBytes { get; }

    /// <summary>Bytes consumed from disk so far.</summary>
    public long BytesRead => _counter.Count;

    public static InputFile Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var length = file.Length;
        var gzip = IsGzipFile(file);
        var counter = new CountingStream(file);
        Stream content = gzip ? new GZipStream(new BufferedStream(counter, 1 << 16), CompressionMode.Decompress) : counter;
        return new InputFile(path, counter, content, gzip, length);
    }

    /// <summary>True when the stream starts with the gzip magic bytes; the position is restored.</summary>
    public static bool IsGzipFile(FileStream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var n = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        file.Position = 0;
        return n == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }

    public void Dispose() => Content.Dispose();
}
