using Geo.Planning.Plans;

namespace Geo.Reporting.Plans;

/// <summary>
/// Writes a stored plan (with its follow-up when given) as a file chosen by the extension: <c>.json</c>, <c>.md</c> or
/// <c>.xlsx</c>, in Brå's template, labels in the plan's language.
/// </summary>
public sealed class PlanFileWriter
{
    /// <summary>The extensions <see cref="WriteAsync"/> accepts.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".json", ".md", ".xlsx"];

    /// <exception cref="ArgumentException">The extension is not one of <see cref="Extensions"/>.</exception>
    public Task WriteAsync(Plan plan, PlanFollowUp? followUp, string path, CancellationToken ct = default) =>
        throw new NotImplementedException("issue 12: plan files");
}
