namespace Geo.Planning.Plans;

/// <summary>
/// One row of an åtgärdsplan in Brå's template: the problem (what, where, when, how much, trend, compared with what),
/// <b>orsak</b> (the candidate cause, a hypothesis from the cause-analysis facts), <b>åtgärd</b> (a measure of the
/// catalogue with why it matched), <b>operativt mål</b> (<see cref="Goal"/> with its <see cref="Indicator"/> and
/// baseline), <b>när</b> (<see cref="Deadline"/>, <see cref="ReviewDate"/>), <b>vem</b> (<see cref="Actors"/>, the
/// actor types, and <see cref="Responsible"/>, the named one), <b>uppföljning</b> (<see cref="FollowUpStatus"/> green,
/// yellow or red). <see cref="Kind"/> is situational or social, <see cref="Work"/> one-off (<c>engång</c>) or ordinary
/// work (<c>ordinarie</c>), <see cref="Horizon"/> short or long.
/// <see cref="Status"/> is <c>proposed</c> (as drafted), <c>adopted</c>, <c>in_progress</c>, <c>done</c> or
/// <c>rejected</c>; <see cref="Version"/> counts the edits (1 as drafted); an edited row is never rewritten by a draft.
/// </summary>
public sealed record PlanRow(
    long Id,
    int Position,
    string TargetKind,
    string TargetId,
    string CategoryGroup,
    int ProblemRank,
    string Problem,
    string Cause,
    string CauseCode,
    string MeasureId,
    string Measure,
    string MatchReason,
    double MatchScore,
    string Kind,
    string Work,
    string Horizon,
    string Goal,
    PlanIndicator Indicator,
    IReadOnlyList<string> Actors,
    string? Responsible,
    DateOnly? Deadline,
    DateOnly ReviewDate,
    string Status,
    string? FollowUpStatus,
    string? Notes,
    int Version,
    DateTimeOffset UpdatedAt,
    string UpdatedBy);
