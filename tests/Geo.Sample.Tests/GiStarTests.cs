namespace Geo.Sample.Tests;

/// <summary>
/// The planted hotspots are strong enough: a reference Gi* (250 m grid, FDR 0.05, all three files) finds every
/// planted cell while its hotspot is active, none of the emerging hotspot's cells before it starts or of the former
/// hotspot's after it stops, and at most 5% of the null areas' cells.
/// </summary>
public sealed class GiStarTests(SampleFixture sample) : IClassFixture<SampleFixture>
{
    [Fact]
    public void Gi_star_finds_the_plants_as_planted()
    {
        var all = new[] { "incidents_police.csv", "incidents_municipal.csv", "incidents_fieldwork.csv" }
            .SelectMany(f => CsvIncident.Read(sample.File(f))).Where(i => i.X is not null).ToList();
        var gi = new ReferenceGiStar(sample.StudyArea.Boundary);
        var nullCells = sample.Result.NullAreas.SelectMany(n => gi.CellsOf(n.Polygon)).ToList();
        var slices = new List<(string Label, DateOnly From, DateOnly To)> { ("all", new(2021, 1, 1), new(2025, 12, 31)) };
        for (var y = 2021; y <= 2025; y++)
        {
            slices.Add(($"{y}", new(y, 1, 1), new(y, 12, 31)));
            for (var q = 0; q < 4; q++) slices.Add(($"{y}Q{q + 1}", new(y, 3 * q + 1, 1), new DateOnly(y, 3 * q + 1, 1).AddMonths(3).AddDays(-1)));
        }
        foreach (var (label, from, to) in slices)
        {
            var hot = gi.Classify(all.Where(i => DateOnly.FromDateTime(i.Local) >= from && DateOnly.FromDateTime(i.Local) <= to).Select(i => (i.X!.Value, i.Y!.Value)));
            foreach (var h in sample.Result.Hotspots)
            {
                // Active at all in the slice (any day with a planted rate > 0)?
                var active = h.Periods.Any(p => p.From <= to && p.To >= from);
                var found = gi.CellsOf(h.Polygon).Count(c => hot[c.I, c.J] > 0);
                if (active) Assert.True(found >= 4, $"{label}: {h.Id} ({h.Trend}) found in {found} of 4 cells");
                else Assert.True(found == 0, $"{label}: {h.Id} ({h.Trend}) inactive but hot in {found} cells");
            }
            var flagged = nullCells.Count(c => hot[c.I, c.J] != 0);
            Assert.True(flagged <= 0.05 * nullCells.Count, $"{label}: {flagged} of {nullCells.Count} null-area cells flagged");
        }
    }
}
