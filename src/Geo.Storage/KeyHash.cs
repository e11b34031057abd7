namespace Geo.Storage;

/// <summary>
/// 64-bit FNV-1a hash of a (source, source id) key. Loaders record the hashes in a <see cref="KeyBloomFilter"/>:
/// when none is reported as seen, the staged keys are certainly unique and the merge skips its de-duplication pass.
/// </summary>
internal static class KeyHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(string a, string b)
    {
        var h = Offset;
        foreach (var c in a) h = (h ^ c) * Prime;
        h = (h ^ 0xFFFF) * Prime; // separator that no UTF-16 text char sequence can fake at this position
        foreach (var c in b) h = (h ^ c) * Prime;
        return h;
    }
}
