using Geo.Analysis.Disclosure;

namespace Geo.Planning.Exports.Release;

/// <summary>One count of a run's release: an area (of the run's area set, of a coarser set its areas nest in, or the study area <c>*</c> of set <c>*</c>) for a category group and period, its value and what the receiver sees of it.</summary>
public sealed record ReleasedCount(string AreaSet, string AreaCode, string? AreaName, string? Parent, string Group, ReleasePeriod Period, int Value, int? Population, CellStatus Status);
