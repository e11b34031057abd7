namespace Geo.Api.Models;

/// <summary>A stored åtgärdsplan: drafted from run <see cref="RunId"/> in <see cref="Lang"/>, with its rows.</summary>
public sealed record PlanResponse(long Id, string StudyArea, long RunId, string Title, string Lang, int TopN, DateOnly ReviewDate, string CreatedBy,
    DateTimeOffset CreatedAt, long? BasedOnPlanId, IReadOnlyList<PlanRowResponse> Rows);
