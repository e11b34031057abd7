using System.Text.Json;
using Geo.Analysis.Time;

namespace Geo.Planning.Runs;

/// <summary>Texts of stored run results for the shells (the same words the run's reasons use).</summary>
public static class RunTexts
{
    /// <summary>A stored time window (<c>{"days": [4, 5], "start_hour": 23, "end_hour": 3, "share": 0.61}</c>) in words: "fre–lör 23–03: 61 %".</summary>
    public static string Window(JsonElement w, string lang)
    {
        var window = WindowOf(w);
        return $"{window.Describe(lang)}: {RunText.For(lang).Percent(window.Share)}";
    }

    /// <summary>A stored time window as the <see cref="WeekWindow"/> it was written from (<see cref="HotspotBuilder"/>).</summary>
    internal static WeekWindow WindowOf(JsonElement w)
    {
        var days = w.GetProperty("days").EnumerateArray().Select(d => d.GetInt32()).ToArray();
        return new WeekWindow(days[0], days[^1], w.GetProperty("start_hour").GetInt32(), w.GetProperty("end_hour").GetInt32(), w.GetProperty("share").GetDouble());
    }
}
