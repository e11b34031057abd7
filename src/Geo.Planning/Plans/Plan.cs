namespace Geo.Planning.Plans;

/// <summary>
/// A stored åtgärdsplan (action plan) of a study area: drafted from run <see cref="RunId"/> in language
/// <see cref="Lang"/> (its texts are in that language; the municipality's own notes in whatever it writes), with its rows
/// in Brå's template. A plan drafted into an existing one names it in <see cref="BasedOnPlanId"/>.
/// </summary>
public sealed record Plan(
    long Id,
    string StudyAreaCode,
    long RunId,
    string Title,
    string Lang,
    int TopN,
    DateOnly ReviewDate,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    long? BasedOnPlanId,
    IReadOnlyList<PlanRow> Rows);
