using System.Globalization;
using Geo.Core.Text;

namespace Geo.Analysis.Weights;

/// <summary>
/// Reads a GeoDa / PySAL GWT file of general weights (source: libpysal <c>io/iohandlers/gwt.py</c>): header
/// <c>0 n shapefile key</c> (a bare <c>n</c> is accepted too), then one <c>from to weight</c> line per non-zero weight.
/// Location numbering: when every id is an integer in 1..n, location i is id i+1 (so islands, which have no line,
/// keep their place); otherwise location i is the i-th distinct id to appear (from column before to column), and
/// exactly n distinct ids must appear. Result kind <see cref="WeightsKind.General"/>.
/// </summary>
public static class GwtReader
{
    /// <summary>Reads a GWT file; <paramref name="fileName"/> only names the source in error messages.</summary>
    /// <exception cref="WeightsFormatException">Malformed file, with file name and line.</exception>
    public static GalResult Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new LineSource(reader, fileName);
        var (headerLine, header) = lines.Next() ?? throw new WeightsFormatException(fileName, 0, "empty file, expected the header line '0 n shapefile key'.");
        var n = header.Length switch
        {
            1 => GalReader.ParseCount(header[0], fileName, headerLine, "n"),
            4 => GalReader.ParseCount(header[1], fileName, headerLine, "n"),
            _ => throw new WeightsFormatException(fileName, headerLine, $"header must be '0 n shapefile key', found {header.Length} fields."),
        };

        var entries = new List<(string From, string To, double W, int Line)>();
        while (lines.Next() is { } next)
        {
            var (line, f) = next;
            if (f.Length != 3) throw new WeightsFormatException(fileName, line, $"expected 'from to weight' (3 fields), found {f.Length}.");
            if (!NumberText.TryParseDouble(f[2], out var w))
                throw new WeightsFormatException(fileName, line, $"weight must be a finite number, found '{f[2]}'.");
            if (f[0] == f[1]) throw new WeightsFormatException(fileName, line, $"location '{f[0]}' has a weight to itself.");
            entries.Add((f[0], f[1], w, line));
        }

        var allInteger = entries.All(e => IsIndex(e.From, n) && IsIndex(e.To, n));
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>(n);
        if (allInteger)
        {
            for (var i = 1; i <= n; i++) ids.Add(i.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            foreach (var e in entries)
            {
                foreach (var id in (ReadOnlySpan<string>)[e.From, e.To])
                {
                    if (index.ContainsKey(id)) continue;
                    if (index.Count == n)
                        throw new WeightsFormatException(fileName, e.Line, $"id '{id}' is beyond the {n} locations of the header.");
                    index.Add(id, index.Count);
                    ids.Add(id);
                }
            }
            if (ids.Count != n)
                throw new WeightsFormatException(fileName, headerLine, $"header declares {n} locations but {ids.Count} distinct ids appear (non-integer ids cannot represent islands).");
        }

        var rows = new List<(int, double)>[n];
        for (var i = 0; i < n; i++) rows[i] = [];
        var seen = new HashSet<(int, int)>();
        foreach (var e in entries)
        {
            var i = allInteger ? int.Parse(e.From, CultureInfo.InvariantCulture) - 1 : index[e.From];
            var j = allInteger ? int.Parse(e.To, CultureInfo.InvariantCulture) - 1 : index[e.To];
            if (!seen.Add((i, j))) throw new WeightsFormatException(fileName, e.Line, $"pair '{e.From}' -> '{e.To}' appears twice.");
            rows[i].Add((j, e.W));
        }
        return new GalResult(WeightsBuilder.FromRows(rows, WeightsKind.General), ids);
    }

    private static bool IsIndex(string s, int n) =>
        NumberText.TryParseDigits(s, out var v) && v >= 1 && v <= n;
}
