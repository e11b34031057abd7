using Geo.Planning.Causes;
using Geo.Planning.Measures;

namespace Geo.Planning.Plans;

/// <summary>
/// A catalogue measure matched to a problem (and a candidate cause): its score (higher fits better; the parts are in
/// <c>docs/plans.md</c>) and the reason in words naming what matched ("serveringsställe i hot spoten; natt och helg
/// (fre–lör 22–04)").
/// </summary>
public sealed record MeasureMatch(Measure Measure, double Score, FactText Reason);
