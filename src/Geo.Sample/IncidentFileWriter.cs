using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace Geo.Sample;

/// <summary>
/// Streams one incident file in the native CSV format (source_id, occurred_at, category, x, y, time_precision,
/// location_precision; x/y in EPSG:3006 with 2 decimals, local Europe/Stockholm times), drawing places from the
/// population and the facilities and reporting precision as the category says. Holds nothing per row: constant memory.
/// </summary>
internal sealed class IncidentFileWriter : IDisposable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly StreamWriter _w;
    private readonly string _prefix;
    private readonly Landscape _land;
    private readonly IReadOnlyDictionary<string, Coordinate[]> _facilities;
    private readonly SortedDictionary<string, long> _byGroup;
    private readonly Xoshiro256 _rng;

    public IncidentFileWriter(string path, string prefix, Landscape land, IReadOnlyDictionary<string, Coordinate[]> facilities,
        SortedDictionary<string, long> byGroup, Xoshiro256 rng)
    {
        _w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        _w.WriteLine("source_id,occurred_at,category,x,y,time_precision,location_precision");
        _prefix = prefix; _land = land; _facilities = facilities; _byGroup = byGroup; _rng = rng;
    }

    public long Rows { get; private set; }
    public long Withheld { get; private set; }
    public Xoshiro256 Rng => _rng;
    public Landscape Land => _land;

    /// <summary>Where a background incident of the category happens: near the population or near a facility.</summary>
    public (double X, double Y) Place(CategoryModel m)
    {
        var u = _rng.NextDouble();
        if (u >= m.PopulationWeight)
        {
            var acc = m.PopulationWeight;
            foreach (var (type, weight, sigma) in m.Facilities)
            {
                acc += weight;
                if (u >= acc) continue;
                if (!_facilities.TryGetValue(type, out var list) || list.Length == 0) break;
                var f = list[_rng.Next(list.Length)];
                return _land.Around(_rng, f.X, f.Y, sigma);
            }
        }
        return _land.SamplePerson(_rng);
    }

    /// <summary>Writes one incident, applying the category's time and location precision (exact when <paramref name="exact"/>).</summary>
    public void Write(CategoryModel m, DateTime local, double x, double y, bool exact = false)
    {
        var dayPrecision = !exact && _rng.NextDouble() < m.DayPrecisionShare;
        string lp = "exact";
        if (!exact)
        {
            var u = _rng.NextDouble();
            if (u < m.WithheldShare) lp = "withheld";
            else if (u < m.WithheldShare + m.CentroidShare)
            {
                var p = _land.Nearest(x, y);
                (x, y, lp) = (p.X, p.Y, "area_centroid");
            }
            else if (u < m.WithheldShare + m.CentroidShare + m.AddressShare)
            {
                var rx = Math.Round(x / 10) * 10; var ry = Math.Round(y / 10) * 10;
                if (_land.OnLand(rx, ry)) (x, y, lp) = (rx, ry, "address");
            }
        }
        Rows++;
        _w.Write(_prefix); _w.Write(Rows.ToString("D7", Inv)); _w.Write(',');
        _w.Write(local.ToString(dayPrecision ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", Inv)); _w.Write(',');
        _w.Write(m.Code); _w.Write(',');
        if (lp == "withheld") { _w.Write(','); Withheld++; }
        else { _w.Write(x.ToString("F2", Inv)); _w.Write(','); _w.Write(y.ToString("F2", Inv)); }
        _w.Write(','); _w.Write(dayPrecision ? "day" : "minute"); _w.Write(','); _w.Write(lp); _w.Write('\n');
        var dot = m.Code.IndexOf('.');
        var group = dot < 0 ? m.Code : m.Code[..dot];
        _byGroup[group] = _byGroup.GetValueOrDefault(group) + 1;
    }

    public void Dispose() => _w.Dispose();
}
