using System.Security.Cryptography;

namespace Geo.Import.Pipeline;

/// <summary>SHA-256 of a file, for import provenance.</summary>
public static class FileHash
{
    public static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        var hash = await SHA256.HashDataAsync(s, ct);
        return Convert.ToHexStringLower(hash);
    }
}
