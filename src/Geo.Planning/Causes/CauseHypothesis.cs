namespace Geo.Planning.Causes;

/// <summary>
/// A candidate cause to discuss (never a proven one): its code (e.g. <c>night_economy</c>, <c>uncovered_hours</c>,
/// <c>repeat_targets</c>, <c>youth_evenings</c>), the triangle side it concerns, the hypothesis in words (worded as a
/// question or a possibility), the facts it rests on, and the catalogue place types and times it points to (used to match
/// measures).
/// </summary>
public sealed record CauseHypothesis(string Code, string Side, FactText Text, IReadOnlyList<FactText> BasedOn, IReadOnlyList<string> PlaceTypes, IReadOnlyList<string> Times, double Support);
