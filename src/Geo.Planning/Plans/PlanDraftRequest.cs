namespace Geo.Planning.Plans;

/// <summary>
/// <c>geo plan draft</c>: draft an åtgärdsplan from completed run <paramref name="RunId"/>: the top
/// <paramref name="TopN"/> problems of each kind (areas, hotspots), texts in <paramref name="Lang"/> (<c>sv</c> or
/// <c>en</c>); into existing plan <paramref name="IntoPlanId"/> when given (adds new rows, refreshes untouched ones, never
/// changes an edited one). <paramref name="ReviewDate"/> defaults to today + 6 months (announced);
/// <paramref name="CataloguePath"/> to the built-in measure catalogue; <paramref name="CreatedBy"/> to the user name.
/// </summary>
public sealed record PlanDraftRequest(
    long RunId,
    int TopN = 5,
    string Lang = "sv",
    long? IntoPlanId = null,
    DateOnly? ReviewDate = null,
    string? CataloguePath = null,
    string? CreatedBy = null);
