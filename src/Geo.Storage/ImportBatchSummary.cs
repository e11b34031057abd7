using Geo.Core.Domain;

namespace Geo.Storage;

/// <summary>An import batch with the merge outcome that <see cref="ImportBatch"/> does not carry.</summary>
/// <param name="Batch">The batch.</param>
/// <param name="Counts">New / updated / unchanged rows.</param>
/// <param name="WithoutLocation">Loaded rows without a point.</param>
public sealed record ImportBatchSummary(ImportBatch Batch, MergeCounts Counts, long WithoutLocation);
