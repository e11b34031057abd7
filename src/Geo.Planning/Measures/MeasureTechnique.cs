namespace Geo.Planning.Measures;

/// <summary>
/// A technique a measure applies: one of the 25 techniques of situational crime prevention (Cornish &amp; Clarke 2003),
/// with its <see cref="Group"/> (increase_effort, increase_risks, reduce_rewards, reduce_provocations, remove_excuses), or
/// a social-prevention category (group <c>social</c>).
/// </summary>
public sealed record MeasureTechnique(string Code, string Group, string LabelSv, string LabelEn)
{
    public bool Situational => Group != MeasureVocabulary.SocialGroup;
}
