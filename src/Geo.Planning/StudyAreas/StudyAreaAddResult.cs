using Geo.Core.Domain;

namespace Geo.Planning.StudyAreas;

/// <summary>What adding a study area did.</summary>
/// <param name="StudyArea">The study area as stored.</param>
/// <param name="Created">True when new, false when an existing one was replaced.</param>
/// <param name="Repaired">True when the database had to repair the boundary (ST_MakeValid).</param>
/// <param name="AreaKm2">The boundary's area.</param>
/// <param name="CrsName">The working CRS's name.</param>
/// <param name="Notices">What was read and done with the boundary file.</param>
public sealed record StudyAreaAddResult(StudyArea StudyArea, bool Created, bool Repaired, double AreaKm2, string CrsName, IReadOnlyList<string> Notices);
