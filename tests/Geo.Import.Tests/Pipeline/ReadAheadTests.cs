using System.Globalization;
using Geo.Import.Pipeline;

namespace Geo.Import.Tests.Pipeline;

/// <summary>The read-ahead thread of an import hands over exactly what the source yields, in order, then its failure.</summary>
public sealed class ReadAheadTests
{
    private static IEnumerable<int> Numbers(int n, Action? atEnd = null, Exception? failAfter = null)
    {
        try
        {
            for (var i = 0; i < n; i++) yield return i;
            if (failAfter is not null) throw failAfter;
        }
        finally
        {
            atEnd?.Invoke();
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(511)]
    [InlineData(512)]
    [InlineData(100_003)]
    public void Every_item_arrives_once_in_order(int n) => Assert.Equal(Enumerable.Range(0, n), ReadAhead.Of(Numbers(n)));

    [Fact]
    public void A_failure_arrives_after_the_items_before_it()
    {
        var seen = new List<int>();
        var e = Assert.Throws<InvalidDataException>(() => { foreach (var i in ReadAhead.Of(Numbers(1_000, failAfter: new InvalidDataException("row 1001")))) seen.Add(i); });
        Assert.Equal("row 1001", e.Message);
        Assert.Equal(Enumerable.Range(0, 1_000), seen);
    }

    [Fact]
    public void A_consumer_that_stops_stops_the_source_before_it_returns()
    {
        var ended = false;
        foreach (var i in ReadAhead.Of(Numbers(1_000_000, atEnd: () => ended = true)))
            if (i == 10) break;
        Assert.True(ended, "the source was disposed before the consumer went on");

        ended = false;
        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var i in ReadAhead.Of(Numbers(1_000_000, atEnd: () => ended = true)))
                if (i == 5_000) throw new InvalidOperationException("the COPY failed");
        });
        Assert.True(ended);
    }

    [Fact]
    public void The_source_runs_in_the_consumers_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("sv-SE");
            IEnumerable<string> Cultures() { yield return CultureInfo.CurrentCulture.Name; }
            Assert.Equal("sv-SE", Assert.Single(ReadAhead.Of(Cultures())));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
