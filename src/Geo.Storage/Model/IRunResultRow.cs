namespace Geo.Storage.Model;

/// <summary>A row of a run's result tables: keyed by the study area and the run first.</summary>
public interface IRunResultRow
{
    string StudyAreaCode { get; }
    long RunId { get; }
}
