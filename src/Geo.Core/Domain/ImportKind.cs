namespace Geo.Core.Domain;

/// <summary>What an import loads.</summary>
public enum ImportKind
{
    Incidents,
    Resources,
    Areas,
    StudyArea,
}
