using System.Globalization;
using Geo.Core.Crs;
using Geo.Formats.GeoJson;
using NetTopologySuite.Geometries;

namespace Geo.Formats.Exports;

/// <summary>
/// Writes one export table as an RFC 7946 GeoJSON FeatureCollection, one feature per row and per line (constant memory,
/// through <see cref="GeoJsonFeatureWriter"/>): <c>name</c> = the table's name, then the foreign member
/// <c>geo_metadata</c> (the metadata as an object, key → value), then <c>features</c>. Coordinates are transformed from
/// <see cref="ExportWriterOptions.Srid"/> to WGS 84 (longitude, latitude) and rounded to 7 decimals; no <c>crs</c>
/// member. Properties in column order by machine name; a Suppressible column is followed by <c>{name}_flag</c>
/// (null when shown, else small, secondary or derived) and a hidden value is null. Dates are yyyy-MM-dd strings,
/// moments yyyy-MM-ddTHH:mm:ssZ strings (UTC), numbers as numbers (full precision), booleans as booleans. A table
/// without geometry (or a row without one) gives features with <c>"geometry": null</c>. Exactly one table.
/// </summary>
internal sealed class GeoJsonExportWriter : IExportWriter
{
    private const int Decimals = 7;
    private readonly Stream _stream;
    private readonly bool _owns;
    private readonly ExportWriterOptions _options;
    private readonly CrsTransform? _transform;
    private GeoJsonFeatureWriter? _writer;
    private bool _disposed;

    public GeoJsonExportWriter(Stream stream, bool ownsStream, ExportWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        _stream = stream;
        _owns = ownsStream;
        _options = options;
        if (options.Srid != CrsRegistry.Wgs84)
        {
            if (!CrsRegistry.IsSupported(options.Srid))
                throw new ArgumentException($"EPSG:{options.Srid} cannot be transformed to WGS 84 for GeoJSON (supported: {string.Join(", ", CrsRegistry.Supported)}).", nameof(options));
            _transform = CrsTransform.Create(options.Srid, CrsRegistry.Wgs84);
        }
    }

    public long Rows { get; private set; }

    public async Task<long> WriteTableAsync(ExportTable table, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_writer is not null)
            throw new InvalidOperationException($"A GeoJSON file holds exactly one table: '{table.Name}' cannot follow the first one (write it to its own file).");
        _writer = Start(table.Name);
        var spatial = table.GeometryType is not null;
        var columns = table.Columns;
        var properties = new List<(string Name, object? Value)>(columns.Count * 2);
        long rows = 0;
        await foreach (var row in table.Rows.WithCancellation(ct).ConfigureAwait(false))
        {
            if (row.Values.Count != columns.Count)
                throw new InvalidOperationException($"Row {rows + 1} of '{table.Name}' has {row.Values.Count} values for {columns.Count} columns.");
            properties.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                var c = columns[i];
                var v = row.Values[i];
                properties.Add((c.Name, Value(v)));
                if (c.Suppressible) properties.Add((c.FlagName, v is ExportSuppressed s ? s.Flag : null));
            }
            _writer.Write(spatial && row.Geometry is not null ? Wgs84(row.Geometry) : null, properties);
            rows++;
            Rows++;
            if ((rows & 0xFFF) == 0) await _stream.FlushAsync(ct).ConfigureAwait(false);
        }
        return rows;
    }

    private GeoJsonFeatureWriter Start(string? name) =>
        new(_stream, name, null, w =>
        {
            w.WritePropertyName("geo_metadata");
            ExportValues.WriteObject(w, _options.Metadata.Entries);
        });

    private static object? Value(object? v) => v switch
    {
        ExportSuppressed => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTime t => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        _ => v,
    };

    private Geometry Wgs84(Geometry g)
    {
        var copy = _transform is null ? g.Copy() : _transform.Apply(g);
        copy.Apply(RoundFilter.Instance);
        return copy;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        (_writer ??= Start(null)).Dispose();
        await _stream.FlushAsync().ConfigureAwait(false);
        if (_owns) await _stream.DisposeAsync().ConfigureAwait(false);
    }

    private sealed class RoundFilter : IEntireCoordinateSequenceFilter
    {
        public static readonly RoundFilter Instance = new();
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                seq.SetX(i, Math.Round(seq.GetX(i), Decimals, MidpointRounding.AwayFromZero));
                seq.SetY(i, Math.Round(seq.GetY(i), Decimals, MidpointRounding.AwayFromZero));
            }
        }
    }
}
