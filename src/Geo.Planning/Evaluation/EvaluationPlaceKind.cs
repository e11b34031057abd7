namespace Geo.Planning.Evaluation;

/// <summary>How a place of an evaluation is given.</summary>
public enum EvaluationPlaceKind
{
    /// <summary>A hotspot of a stored run (<c>--hotspot RUN:ID</c>).</summary>
    Hotspot,

    /// <summary>An area of the study area by its code (<c>--area CODE</c> or <c>SET:CODE</c>).</summary>
    Area,

    /// <summary>A polygon file, GeoJSON or GeoPackage (<c>--place FILE</c>, <c>--control FILE</c>).</summary>
    File,
}
