using Geo.Planning.Plans;
using Geo.Storage.Model;

namespace Geo.Reporting.Reports;

/// <summary>
/// The plans a report shows: the åtgärdsplan of section 10 (the one asked for, else the newest drafted from the run;
/// none when the run has no plan yet: the report says how to draft one and never stores one itself) and the follow-up of
/// section 11 (the newest plan drafted from an earlier run of the study area, followed up against this run). The study
/// area's plans are read once for both.
/// </summary>
public sealed class ReportPlans(PlanService plans)
{
    /// <exception cref="ArgumentException">The plan asked for does not exist or belongs to another study area.</exception>
    public async Task<(Plan? Plan, PlanFollowUp? FollowUp)> ForRunAsync(AnalysisRunEntity run, long? planId, CancellationToken ct = default)
    {
        var all = await plans.ListAsync(run.StudyAreaCode, ct).ConfigureAwait(false);
        Plan? plan;
        if (planId is { } id)
        {
            plan = all.FirstOrDefault(p => p.Id == id);
            if (plan is null)
            {
                // Not of this study area: ShowAsync names a plan that does not exist at all.
                var other = await plans.ShowAsync(id, ct).ConfigureAwait(false);
                throw new ArgumentException($"plan {id} is of study area {other.StudyAreaCode} and run {run.Id} of {run.StudyAreaCode}: choose a plan of the run's study area (geo plan list).");
            }
        }
        else plan = all.FirstOrDefault(p => p.RunId == run.Id);
        var previous = all.Where(p => p.Id != plan?.Id && p.RunId < run.Id).OrderByDescending(p => p.CreatedAt).FirstOrDefault();
        var followUp = previous is null ? null : await plans.FollowUpAsync(previous.Id, run.Id, ct).ConfigureAwait(false);
        return (plan, followUp);
    }
}
