namespace Geo.Formats.Exports;

/// <summary>Why a value is not shown.</summary>
public enum ExportHidden
{
    /// <summary>A count from 1 to k − 1 (primary suppression): "&lt;k" in CSV and XLSX, flag <c>small</c>.</summary>
    Small,

    /// <summary>A count hidden so that no small count can be recovered (secondary suppression): ".." in CSV and XLSX, flag <c>secondary</c>.</summary>
    Secondary,

    /// <summary>A count not released at all (no pattern of "&lt;k" and ".." could protect it): "x" in CSV and XLSX, flag <c>withheld</c>; known only to be ≥ 0.</summary>
    Withheld,

    /// <summary>A value computed from a hidden count (a rate, share, change or trend): ".." in CSV and XLSX, flag <c>derived</c>.</summary>
    Derived,
}
