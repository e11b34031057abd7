using System.Globalization;
using Geo.Core.Text;

namespace Geo.Analysis.Weights;

/// <summary>
/// Reads a GeoDa / PySAL GAL contiguity file (source: libpysal <c>io/iohandlers/gal.py</c>, GeoDa "GAL" format notes).
/// First line: <c>n</c>, or the GeoDa header variant <c>0 n shapefile key</c>. Then for each location a pair of lines,
/// <c>id k</c> and the <c>k</c> neighbour ids. Ids may be integers or arbitrary strings (no white space); location i is
/// the i-th id to appear as a row id. Binary weights; blank lines are ignored.
/// </summary>
public static class GalReader
{
    /// <summary>Reads a GAL file; <paramref name="fileName"/> only names the source in error messages.</summary>
    /// <exception cref="WeightsFormatException">Malformed file, with file name and line.</exception>
    public static GalResult Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new LineSource(reader, fileName);
        var (headerLine, header) = lines.Next() ?? throw new WeightsFormatException(fileName, 0, "empty file, expected the header line 'n' or '0 n shapefile key'.");
        var n = header.Length switch
        {
            1 => ParseCount(header[0], fileName, headerLine, "n"),
            4 => ParseCount(header[1], fileName, headerLine, "n"),
            _ => throw new WeightsFormatException(fileName, headerLine, $"header must be 'n' or '0 n shapefile key', found {header.Length} fields."),
        };

        var ids = new List<string>(n);
        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        var raw = new List<(string[] Neighbours, int Line)>(n);
        for (var r = 0; r < n; r++)
        {
            var (rowLine, row) = lines.Next() ?? throw new WeightsFormatException(fileName, 0, $"file ends after {r} of {n} locations.");
            if (row.Length != 2) throw new WeightsFormatException(fileName, rowLine, $"expected 'id k' (2 fields), found {row.Length}.");
            var k = ParseCount(row[1], fileName, rowLine, "neighbour count k");
            if (!index.TryAdd(row[0], r)) throw new WeightsFormatException(fileName, rowLine, $"location id '{row[0]}' appears twice as a row.");
            ids.Add(row[0]);
            string[] nb;
            int nbLine;
            if (k == 0)
            {
                // An island: libpysal writes an empty neighbour line; tolerate its absence only at the end of the file.
                nb = [];
                nbLine = rowLine;
                if (lines.PeekIsBlank()) lines.SkipOneRaw();
            }
            else
            {
                var next = lines.Next() ?? throw new WeightsFormatException(fileName, 0, $"file ends before the {k} neighbours of location '{row[0]}'.");
                (nbLine, nb) = next;
                if (nb.Length != k)
                    throw new WeightsFormatException(fileName, nbLine, $"location '{row[0]}' declares {k} neighbours but {nb.Length} are listed.");
            }
            raw.Add((nb, nbLine));
        }
        if (lines.Next() is { } extra)
            throw new WeightsFormatException(fileName, extra.Line, $"unexpected content after the {n} locations of the header.");

        var rows = new List<(int, double)>[n];
        for (var i = 0; i < n; i++)
        {
            var (nb, line) = raw[i];
            var row = new List<(int, double)>(nb.Length);
            foreach (var id in nb)
            {
                if (!index.TryGetValue(id, out var j))
                    throw new WeightsFormatException(fileName, line, $"neighbour id '{id}' of location '{ids[i]}' is not a location of the file.");
                if (j == i) throw new WeightsFormatException(fileName, line, $"location '{id}' lists itself as a neighbour.");
                if (row.Contains((j, 1.0))) throw new WeightsFormatException(fileName, line, $"neighbour id '{id}' of location '{ids[i]}' is listed twice.");
                row.Add((j, 1.0));
            }
            rows[i] = row;
        }
        SpatialWeights w;
        try
        {
            w = WeightsBuilder.FromRows(rows, WeightsKind.Binary);
        }
        catch (ArgumentException e)
        {
            throw new WeightsFormatException(fileName, 0, e.Message);
        }
        return new GalResult(w, ids);
    }

    internal static int ParseCount(string s, string fileName, int line, string what)
    {
        if (!NumberText.TryParseDigits(s, out var v))
            throw new WeightsFormatException(fileName, line, $"{what} must be a non-negative integer, found '{s}'.");
        return v;
    }
}
