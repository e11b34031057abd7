using System.Numerics;
using System.Runtime.CompilerServices;

namespace Geo.Core.Numerics;

/// <summary>
/// xoshiro256** 1.0 (Blackman &amp; Vigna 2018/2021, "Scrambled linear pseudorandom number generators", ACM TOMS 47(4)),
/// seeded by SplitMix64 as its authors recommend. A mutable struct: pass by ref.
/// </summary>
public struct Xoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;
    private ulong _spare;
    private bool _hasSpare;

    public Xoshiro256StarStar(ulong seed)
    {
        var sm = new SplitMix64(seed);
        _s0 = sm.Next(); _s1 = sm.Next(); _s2 = sm.Next(); _s3 = sm.Next();
    }

    /// <summary>A generator in the given raw state (not all zero), for reference test vectors.</summary>
    public static Xoshiro256StarStar FromState(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0) throw new ArgumentException("the state of xoshiro256** must not be all zero.");
        var g = default(Xoshiro256StarStar);
        g._s0 = s0; g._s1 = s1; g._s2 = s2; g._s3 = s3;
        return g;
    }

    /// <summary>
    /// The independent stream for location <paramref name="index"/> under <paramref name="seed"/>: the index is hashed
    /// (SplitMix64 finaliser) before it is combined with the hashed seed, so neighbouring indices do not give
    /// overlapping SplitMix64 sequences. Depends only on (seed, index), never on thread scheduling.
    /// </summary>
    public static Xoshiro256StarStar ForStream(ulong seed, ulong index) =>
        new(SplitMix64.Mix(seed) ^ SplitMix64.Mix(index + 0x632BE59BD9B4E019UL));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Next()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0; _s3 ^= _s1; _s1 ^= _s2; _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) from the upper 53 bits of one output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>32 random bits: the two halves of one 64-bit output are used in turn (upper half first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint NextUInt32()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return (uint)_spare;
        }
        _spare = Next();
        _hasSpare = true;
        return (uint)(_spare >> 32);
    }

    /// <summary>
    /// Uniform integer in [0, bound) for 0 &lt; bound ≤ 2³¹ from 32 random bits, without bias: Lemire (2019), "Fast random
    /// integer generation in an interval", ACM TOMACS 29(1), Algorithm 5 (multiply-shift with rejection).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextIntFast(int bound)
    {
        var s = (uint)bound;
        var m = (ulong)NextUInt32() * s;
        var l = (uint)m;
        if (l < s)
        {
            var threshold = (0u - s) % s;
            while (l < threshold)
            {
                m = (ulong)NextUInt32() * s;
                l = (uint)m;
            }
        }
        return (int)(m >> 32);
    }

    /// <summary>Uniform integer in [0, bound) without bias: Lemire (2019), "Fast random integer generation in an interval", ACM TOMACS 29(1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextInt(int bound)
    {
        var s = (ulong)bound;
        var hi = Math.BigMul(Next(), s, out var lo);
        if (lo < s)
        {
            var threshold = (0UL - s) % s;
            while (lo < threshold) hi = Math.BigMul(Next(), s, out lo);
        }
        return (int)hi;
    }
}
