namespace Geo.Storage.Tests;

public class KeyBloomFilterTests
{
    [Fact]
    public void ARepeatIsAlwaysReported()
    {
        var f = new KeyBloomFilter();
        var rng = new Random(7);
        var keys = Enumerable.Range(0, 10_000).Select(_ => (ulong)rng.NextInt64()).ToArray();
        foreach (var k in keys) f.Add(k);
        Assert.All(keys, k => Assert.True(f.Add(k)));
        Assert.True(f.Add(KeyHash.Of("polisen", "42")) is false && f.Add(KeyHash.Of("polisen", "42")));
    }

    [Fact]
    public void DistinctKeysOfAMillionRowLoadGiveNoFalsePositive()
    {
        // Design point: 2^28 bits, 8 probes; the expected number of false positives over 1M keys is ~1e-6.
        var f = new KeyBloomFilter();
        var falsePositives = 0;
        for (var i = 0; i < 1_000_000; i++)
            if (f.Add(KeyHash.Of("bench", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))) falsePositives++;
        Assert.Equal(0, falsePositives);
    }
}
