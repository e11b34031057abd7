using System.Numerics;
using System.Runtime.CompilerServices;

namespace Geo.Analysis.Inference;

/// <summary>
/// SplitMix64 (Steele, Lea &amp; Flood 2014, "Fast splittable pseudorandom number generators"; constants as in
/// Vigna's splitmix64.c), used to seed xoshiro256** and to derive one independent stream per (seed, location).
/// </summary>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Next()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>The SplitMix64 output function (a bijective 64-bit finaliser).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>
/// xoshiro256** 1.0 (Blackman &amp; Vigna 2018/2021, "Scrambled linear pseudorandom number generators", ACM TOMS 47(4)),
/// seeded by SplitMix64 as its authors recommend. A mutable struct: pass by ref.
/// </summary>
internal struct Xoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;
    private ulong _spare;
    private bool _hasSpare;

    public Xoshiro256StarStar(ulong seed)
    {
        var sm = new SplitMix64(seed);
        _s0 = sm.Next(); _s1 = sm.Next(); _s2 = sm.Next(); _s3 = sm.Next();
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
