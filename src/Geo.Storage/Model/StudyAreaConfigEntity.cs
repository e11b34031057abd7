namespace Geo.Storage.Model;

/// <summary>A row of <c>study_area_config</c>: a study area's analysis settings (the JSON of <c>geo analyze --config</c>).</summary>
public sealed class StudyAreaConfigEntity
{
    public required string StudyAreaCode { get; set; }
    /// <summary>The settings as a JSON object text.</summary>
    public required string Config { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
