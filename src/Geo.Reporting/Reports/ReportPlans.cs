using Geo.Planning.Plans;
using Geo.Storage.Model;

namespace Geo.Reporting.Reports;

/// <summary>
/// The plans a report shows: the åtgärdsplan of section 10 (the one asked for, else the newest drafted from the run,
/// else a draft made for the report and not stored) and the follow-up of section 11 (the newest plan drafted from an
/// earlier run of the study area, followed up against this run).
/// </summary>
public sealed class ReportPlans
{
    /// <exception cref="ArgumentException">The plan does not exist or belongs to another study area.</exception>
    public Task<(Plan? Plan, bool Stored)> PlanForAsync(AnalysisRunEntity run, long? planId, string lang, CancellationToken ct = default) =>
        Task.FromResult<(Plan?, bool)>((null, false));

    public Task<PlanFollowUp?> PreviousFollowUpAsync(AnalysisRunEntity run, long? currentPlanId, CancellationToken ct = default) =>
        Task.FromResult<PlanFollowUp?>(null);
}
