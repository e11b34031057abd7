namespace Geo.Planning.Runs;

/// <summary>Something a run chose or noticed, announced in Swedish and English (<see cref="Code"/> names it for machines).</summary>
public sealed record RunNotice(string Code, string TextSv, string TextEn)
{
    public string Text(string lang) => lang == "en" ? TextEn : TextSv;
}
