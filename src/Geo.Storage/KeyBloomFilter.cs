namespace Geo.Storage;

/// <summary>
/// A fixed-size Bloom filter over 64-bit key hashes (Bloom 1970, "Space/time trade-offs in hash coding with
/// allowable errors"), probed by double hashing (Kirsch and Mitzenmacher 2006, "Less hashing, same performance").
/// It lets a loader tell, in constant memory whatever the file size, that no (source, source id) key repeats.
/// A false "maybe seen" only costs the merge an unneeded de-duplication pass; a repeat is never missed.
/// With 2^28 bits and 8 probes the chance of any false positive stays below 1e-6 for a 1M-row load.
/// </summary>
internal sealed class KeyBloomFilter
{
    private const int BitCount = 1 << 28; // 32 MiB
    private const int Probes = 8;
    private ulong[]? _words;

    /// <summary>Frees the bits (the loader is done adding).</summary>
    public void Release() => _words = null;

    /// <summary>Records <paramref name="hash"/>; true when it was possibly recorded before.</summary>
    public bool Add(ulong hash)
    {
        var words = _words ??= new ulong[BitCount / 64];
        var h1 = (uint)hash;
        var h2 = (uint)(hash >> 32) | 1u;
        var seen = true;
        for (uint i = 0; i < Probes; i++)
        {
            var bit = (h1 + i * h2) & (BitCount - 1);
            ref var word = ref words[bit >> 6];
            var mask = 1UL << (int)(bit & 63);
            if ((word & mask) == 0)
            {
                seen = false;
                word |= mask;
            }
        }
        return seen;
    }
}
