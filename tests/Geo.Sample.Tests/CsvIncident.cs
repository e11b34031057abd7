using Geo.Testing;
using System.Globalization;

namespace Geo.Sample.Tests;

/// <summary>One row of a generated incident CSV, read directly (local wall-clock time as written).</summary>
public sealed record CsvIncident(string Id, DateTime Local, string Category, double? X, double? Y, string TimePrecision, string LocationPrecision)
{
    public static List<CsvIncident> Read(string path)
    {
        var list = new List<CsvIncident>();
        foreach (var f in TestCsv.Read(path).Rows)
        {
            var t = DateTime.ParseExact(f[1], f[5] == "day" ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            double? x = f[3].Length == 0 ? null : double.Parse(f[3], CultureInfo.InvariantCulture);
            double? y = f[4].Length == 0 ? null : double.Parse(f[4], CultureInfo.InvariantCulture);
            list.Add(new CsvIncident(f[0], t, f[2], x, y, f[5], f[6]));
        }
        return list;
    }
}
