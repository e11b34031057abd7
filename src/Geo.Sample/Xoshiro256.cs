using Geo.Core.Numerics;

namespace Geo.Sample;

/// <summary>
/// xoshiro256** 1.0 pseudo-random generator (Blackman &amp; Vigna, "Scrambled linear pseudorandom number generators",
/// ACM TOMS 47(4), 2021; reference code https://prng.di.unimi.it/xoshiro256starstar.c), seeded with SplitMix64
/// (Steele, Lea &amp; Flood 2014). Pure integer arithmetic: the same seed gives the same sequence on every machine,
/// unlike <see cref="System.Random"/>, whose algorithm is not guaranteed across .NET versions. The generator is Geo.Core's
/// <see cref="Xoshiro256StarStar"/>; this class adds the per-part streams and the draws the sample model uses.
/// </summary>
internal sealed class Xoshiro256
{
    private Xoshiro256StarStar _core;

    public Xoshiro256(ulong seed) => _core = new Xoshiro256StarStar(seed);

    /// <summary>An independent stream for one part of the model, so that changing one part leaves the others unchanged.</summary>
    public static Xoshiro256 For(int seed, string part)
    {
        // FNV-1a 64 of the part name mixed with the seed.
        var h = 14695981039346656037UL;
        foreach (var c in part) { h ^= c; h *= 1099511628211UL; }
        return new Xoshiro256(h ^ ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL));
    }

    public ulong NextUInt64() => _core.Next();

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => _core.NextDouble();

    /// <summary>Uniform integer in [0, n) (Lemire's multiply-shift, bias below 2^-32 for the small n used here).</summary>
    public int Next(int n) => (int)(((NextUInt64() >> 32) * (ulong)n) >> 32);

    public double Uniform(double a, double b) => a + (b - a) * NextDouble();

    /// <summary>
    /// Approximately standard normal: the Irwin–Hall sum of 12 uniforms minus 6. Uses no transcendental functions,
    /// so it is bit-identical on every platform (tails are cut at ±6, harmless for spatial scatter).
    /// </summary>
    public double Normal()
    {
        var s = 0.0;
        for (var i = 0; i < 12; i++) s += NextDouble();
        return s - 6.0;
    }

    /// <summary>Index drawn from a cumulative weight array (last element = total).</summary>
    public int Pick(double[] cumulative) => PickAt(cumulative, NextDouble());

    /// <summary>Index for the uniform draw <paramref name="u01"/> in [0, 1) from a cumulative weight array (what <see cref="Pick"/> does with its own draw).</summary>
    public static int PickAt(double[] cumulative, double u01)
    {
        var u = u01 * cumulative[^1];
        var lo = 0; var hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (cumulative[mid] > u) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    public static double[] Cumulative(IReadOnlyList<double> weights)
    {
        var c = new double[weights.Count];
        var s = 0.0;
        for (var i = 0; i < c.Length; i++) { s += weights[i]; c[i] = s; }
        return c;
    }
}
