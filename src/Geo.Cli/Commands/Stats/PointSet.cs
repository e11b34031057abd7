using Geo.Formats;
using Geo.Import.Mapping;
using NetTopologySuite.Geometries;
using Geo.Formats.Text;

namespace Geo.Cli.Commands.Stats;

/// <summary>
/// Point events of a file (GeoJSON points or CSV x,y) for grid counts, density and space-time cubes, with an optional
/// numeric weight per event and an optional time. Rows without a location (empty x/y, null geometry) are left out and
/// counted; a value that cannot be read is an error naming the file, row and field.
/// </summary>
internal sealed record PointSet(string File, double[] X, double[] Y, double[]? Weight, DateTime[]? Time, int Read, int WithoutLocation, int? DeclaredSrid)
{
    /// <summary>Event times: ISO 8601 and the US month/day/year forms the importers read (the wall-clock date is used).</summary>
    private static readonly DateTimeParser Times = new(null);

    /// <summary>The time formats accepted, for help texts and errors.</summary>
    public static string TimeFormats => Times.Tried;

    public int Count => X.Length;

    public static PointSet Load(string path, string? weightField, string? timeField)
    {
        if (!System.IO.File.Exists(path)) throw new FileNotFoundException($"input file {path} not found.", path);
        using var reader = FeatureReaders.Open(path);
        var wi = weightField is null ? -1 : InputFields.IndexOf(reader, weightField, "--field", path);
        var ti = timeField is null ? -1 : InputFields.IndexOf(reader, timeField, "--time-field", path);
        var (xi, yi) = reader.HasGeometry ? (-1, -1) : InputFields.XY(reader, path);
        var xs = new List<double>();
        var ys = new List<double>();
        var ws = weightField is null ? null : new List<double>();
        var ts = timeField is null ? null : new List<DateTime>();
        int read = 0, without = 0;
        foreach (var row in reader.Read())
        {
            read++;
            ParsedTime t = default;
            if (ti >= 0 && !Times.TryParse(row.Span(ti), out t))
            {
                var shown = InputFields.IsBlank(row, ti) ? "an empty value" : $"\"{row.Text(ti)}\"";
                throw new InvalidDataException($"{path} row {row.Row}: field {reader.Fields[ti]} has {shown}, not a date or time ({Times.Tried}).");
            }
            var w = wi >= 0 ? InputFields.Number(reader, row, wi, reader.Fields[wi], path) : 1;
            double x, y;
            if (reader.HasGeometry)
            {
                if (row.GeometryError is { } err) throw new InvalidDataException($"{path} row {row.Row}: unparsable geometry: {err}");
                if (row.Geometry is null || row.Geometry.IsEmpty) { without++; continue; }
                if (row.Geometry is not Point p)
                    throw new InvalidDataException($"{path} row {row.Row}: {row.Geometry.GeometryType} geometry; this needs point events (use the polygons without --cell-size).");
                (x, y) = (p.X, p.Y);
            }
            else
            {
                if (InputFields.IsBlank(row, xi) || InputFields.IsBlank(row, yi)) { without++; continue; }
                x = InputFields.Number(reader, row, xi, reader.Fields[xi], path);
                y = InputFields.Number(reader, row, yi, reader.Fields[yi], path);
            }
            xs.Add(x); ys.Add(y); ws?.Add(w); ts?.Add(t.Value);
        }
        if (xs.Count < 2) throw new ArgumentException($"{path} has {xs.Count} located points; at least 2 are needed.");
        return new PointSet(path, xs.ToArray(), ys.ToArray(), ws?.ToArray(), ts?.ToArray(), read, without, reader.DeclaredSrid);
    }

    /// <summary>One line for stderr: how many points were read and how many had no location.</summary>
    public string Describe() =>
        $"{Count} points in {Path.GetFileName(File)}" + (WithoutLocation > 0 ? $" ({WithoutLocation} of {Read} rows without a location left out)" : "");
}
