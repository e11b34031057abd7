namespace Geo.Reporting.Reports;

/// <summary>
/// What <c>geo report</c> writes: the lägesbild of run <see cref="RunId"/> as <see cref="Format"/> (<c>html</c>,
/// <c>pdf</c>, <c>md</c> or <c>json</c>) in <see cref="Lang"/> for <see cref="Role"/> (<c>analyst</c> sees every count;
/// <c>coordinator</c> and <c>partner</c> get counts from 1 to <see cref="SuppressBelow"/> − 1 suppressed), with plan
/// <see cref="PlanId"/> as its åtgärdsplan (default: the newest plan drafted from the run; none when the run has no plan).
/// </summary>
public sealed record ReportRequest(long RunId, string OutPath, string Format = "html", string Lang = "sv", string Role = ReportRoles.Coordinator,
    long? PlanId = null, int SuppressBelow = ReportRoles.DefaultSuppressBelow);
