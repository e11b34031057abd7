namespace Geo.Formats.Exports;

/// <summary>Writes the tables of one export, streaming row by row; disposing finishes the file (metadata included).</summary>
public interface IExportWriter : IAsyncDisposable
{
    /// <summary>Writes one table (CSV takes exactly one; XLSX one sheet each; GeoPackage one layer each; GeoJSON exactly one).</summary>
    Task<long> WriteTableAsync(ExportTable table, CancellationToken ct = default);

    /// <summary>Rows written over all tables.</summary>
    long Rows { get; }
}
