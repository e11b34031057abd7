using Geo.Planning.Causes;

namespace Geo.Planning.Plans;

/// <summary>A row the drafter proposes before its baseline is counted: the problem, the cause (code and words), the matched measure, the window its indicator counts and whether it is the coverage gap's row.</summary>
internal sealed record DraftRow(ProblemFacts Problem, string CauseCode, FactText Cause, MeasureMatch Match, FactWindow? Window, bool UncoveredHours);
