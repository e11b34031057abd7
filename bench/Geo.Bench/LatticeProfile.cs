using System.Diagnostics;
using Geo.Analysis.Statistics;
using Geo.Analysis.Weights;
using Geo.Formats;
using Geo.Planning.Stats;

namespace Geo.Bench;

/// <summary>Where the time of <c>geo stats gistar --weights queen</c> on a polygon layer goes, stage by stage, in one process.</summary>
public static class LatticeProfile
{
    public static int Run(string path, int runs = 3)
    {
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var rows = 0;
            double open;
            using (var reader = FeatureReaders.Open(path))
            {
                open = clock.Elapsed.TotalSeconds;
                foreach (var row in reader.Read()) rows++;
            }
            var read = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var layer = new StatsFiles().ReadValues(path, "y", null);
            var values = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var w = ContiguityWeights.FromPolygons(layer.Polygons!, ContiguityRule.Queen);
            var queen = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var wStar = WeightsTransform.RowStandardise(WeightsTransform.WithSelf(w));
            LocalGetisOrd.Compute(layer.Values, wStar, star: true, 999, 42);
            var gi = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"run {run + 1}: open (scan) {open:F3} s, read rows {read:F3} s ({rows:N0}); ReadValues {values:F3} s; queen {queen:F3} s; Gi* 999 {gi:F3} s");
        }
        return 0;
    }
}
