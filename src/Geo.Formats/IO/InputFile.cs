namespace Geo.Formats.IO;

/// <summary>
/// Opens a file for streaming: transparently gunzips it (gzip is recognised by its magic bytes 1F 8B, RFC 1952 §2.3.1,
/// whatever the extension), checking its trailer and limiting its inflation (<see cref="GzipCheckStream"/>), counts the
/// bytes consumed from disk so that progress of a .gz file is reported in compressed bytes, and hashes them (SHA-256)
/// for the import's provenance.
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

    /// <exception cref="InputFormatException">The path is a directory, an empty file, or not a regular file (a device or pipe).</exception>
    public static InputFile Open(string path)
    {
        CheckRegularFile(path);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        try
        {
            var length = file.Length;
            var gzip = IsGzipFile(file);
            var counter = new CountingStream(file);
            Stream content = counter;
            if (gzip)
            {
                Span<byte> trailer = stackalloc byte[8];
                var n = 0;
                if (length >= 18)
                {
                    file.Position = length - 8;
                    n = file.ReadAtLeast(trailer, 8, throwOnEndOfStream: false);
                    file.Position = 0;
                }
                content = new GzipCheckStream(new BufferedStream(counter, 1 << 16), System.IO.Path.GetFileName(path), length, trailer[..n]);
            }
            return new InputFile(path, counter, content, gzip, length);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Refuses, before anything is opened or read, what is not a non-empty regular file: a directory, a missing file, and
    /// devices and pipes (<c>/dev/zero</c>, a FIFO), whose size is 0 and whose reading would never end or would block.
    /// </summary>
    public static void CheckRegularFile(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        if (Directory.Exists(path)) throw new InputFormatException(name, 0, $"{path} is a directory, not a file.");
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException($"File not found: {path}", path);
        if (info.Length == 0)
            throw new InputFormatException(name, 0,
                $"{path} is empty or not a regular file (a device, a pipe or a socket): there is nothing to read; a file needs at least a header row with the column names.");
    }

    /// <summary>True when the stream starts with the gzip magic bytes; the position is restored.</summary>
    public static bool IsGzipFile(FileStream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var n = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        file.Position = 0;
        return n == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }

    /// <summary>Reads the rest of the file and returns its SHA-256 (lowercase hex): call when the content has been read.</summary>
    public string Finish() => _counter.Finish();

    public void Dispose() => Content.Dispose();
}
