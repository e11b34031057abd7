using System.Text.Json.Serialization;

namespace Geo.Planning.Plans;

/// <summary>The stored form of a plan row's week window (<c>plan_row.indicator_window</c>).</summary>
internal sealed record WindowJson(
    [property: JsonPropertyName("first_day")] int FirstDay,
    [property: JsonPropertyName("last_day")] int LastDay,
    [property: JsonPropertyName("start_hour")] int StartHour,
    [property: JsonPropertyName("end_hour")] int EndHour,
    [property: JsonPropertyName("share")] double Share,
    [property: JsonPropertyName("text_sv")] string TextSv,
    [property: JsonPropertyName("text_en")] string TextEn);
