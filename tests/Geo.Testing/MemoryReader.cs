using Geo.Formats;
using NetTopologySuite.Geometries;

namespace Geo.Testing;

/// <summary>An in-memory <see cref="IFeatureReader"/> for mapping tests: a header and rows of text, optionally geometries.</summary>
public sealed class MemoryReader : IFeatureReader
{
    private readonly List<(string?[] Fields, Geometry? Geometry, string? Error)> _rows = [];

    public MemoryReader(string fileName, params string[] fields)
    {
        FileName = fileName;
        Fields = fields;
    }

    public string FileName { get; }
    public long TotalBytes => _rows.Count;
    public long BytesRead { get; private set; }
    public IReadOnlyList<string> Fields { get; }
    public int? DeclaredSrid { get; init; }
    public bool HasGeometry { get; init; }
    public char DecimalSeparator { get; init; } = '.';
    public IReadOnlyList<string> Notices { get; } = ["reader notice"];
    public string? Sha256 => null;
    public bool Disposed { get; private set; }

    /// <summary>Adds a row from comma-separated text (no quoting; empty text is an empty field).</summary>
    public MemoryReader Row(string csv, Geometry? geometry = null, string? error = null) => Add(csv.Split(','), geometry, error);

    public MemoryReader Add(string?[] fields, Geometry? geometry = null, string? error = null)
    {
        _rows.Add((fields, geometry, error));
        return this;
    }

    public IEnumerable<FeatureRow> Read(CancellationToken cancellationToken = default)
    {
        var row = new MemoryRow();
        for (var i = 0; i < _rows.Count; i++)
        {
            row.Set(i + 1, _rows[i].Fields, _rows[i].Geometry, _rows[i].Error);
            BytesRead = i + 1;
            yield return row;
        }
    }

    public void Dispose() => Disposed = true;
}
