namespace Geo.Storage;

/// <summary>What <see cref="StudyAreaStore.UpsertAsync"/> did.</summary>
/// <param name="Created">True when the study area was new, false when an existing one was updated.</param>
/// <param name="Repaired">True when the boundary was invalid and has been made valid with ST_MakeValid.</param>
public sealed record StudyAreaUpsertResult(bool Created, bool Repaired);
