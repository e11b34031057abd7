using Geo.Planning.Plans;
using Geo.Storage.Model;

namespace Geo.Reporting.Reports;

/// <summary>
/// The plans a report shows: the åtgärdsplan of section 10 (the one asked for, else the newest drafted from the run;
/// none when the run has no plan yet: the report says how to draft one and never stores one itself) and the follow-up of
/// section 11 (the newest plan drafted from an earlier run of the study area, followed up against this run).
/// </summary>
public sealed class ReportPlans(PlanService plans)
{
    /// <exception cref="ArgumentException">The plan does not exist or belongs to another study area.</exception>
    public async Task<Plan?> PlanForAsync(AnalysisRunEntity run, long? planId, CancellationToken ct = default)
    {
        if (planId is { } id)
        {
            var plan = await plans.ShowAsync(id, ct).ConfigureAwait(false);
            if (plan.StudyAreaCode != run.StudyAreaCode)
                throw new ArgumentException($"plan {id} is of study area {plan.StudyAreaCode} and run {run.Id} of {run.StudyAreaCode}: choose a plan of the run's study area (geo plan list).");
            return plan;
        }
        return (await plans.ListAsync(run.StudyAreaCode, ct).ConfigureAwait(false)).FirstOrDefault(p => p.RunId == run.Id);
    }

    public async Task<PlanFollowUp?> PreviousFollowUpAsync(AnalysisRunEntity run, long? currentPlanId, CancellationToken ct = default)
    {
        var previous = (await plans.ListAsync(run.StudyAreaCode, ct).ConfigureAwait(false))
            .Where(p => p.Id != currentPlanId && p.RunId < run.Id).OrderByDescending(p => p.CreatedAt).FirstOrDefault();
        return previous is null ? null : await plans.FollowUpAsync(previous.Id, run.Id, ct).ConfigureAwait(false);
    }
}
