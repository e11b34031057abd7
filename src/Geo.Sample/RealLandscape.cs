using Geo.Core.Crs;
using Geo.Core.Text;
using Geo.Formats;
using NetTopologySuite.Geometries;
using NetTopologySuite.Precision;
using Geo.Formats.Boundaries;

namespace Geo.Sample;

/// <summary>
/// The model laid over a real boundary (e.g. Luleå 2580 from kommuner_sweref99tm.geojson): population placed in the
/// real urban areas (tätorter: points with population and area in hectares) inside it, plus a rural tenth spread over
/// the land. Without a population file, one town at the boundary's interior point holds 90% of 80,000 people.
/// </summary>
internal static class RealLandscape
{
    public static Landscape Create(string boundaryFile, string code, string? populationFile)
    {
        var read = BoundaryReader.Read(boundaryFile, new BoundaryOptions(code, TargetSrid: 3006));
        var reduced = (Geometry)GeometryPrecisionReducer.Reduce(read.Boundary, Landscape.Factory.PrecisionModel);
        var boundary = reduced switch
        {
            MultiPolygon m => m,
            Polygon p => Landscape.Factory.CreateMultiPolygon([p]),
            _ => throw new InvalidDataException($"{boundaryFile}: the boundary of {code} is not a polygon."),
        };
        boundary = (MultiPolygon)Landscape.Factory.CreateGeometry(boundary);
        var name = string.IsNullOrWhiteSpace(read.Name) ? code : read.Name!;
        var locator = new NetTopologySuite.Algorithm.Locate.IndexedPointInAreaLocator(boundary);
        var places = new List<Place>();
        if (populationFile is not null)
        {
            using var reader = FeatureReaders.Open(populationFile);
            int Field(string f)
            {
                for (var i = 0; i < reader.Fields.Count; i++)
                    if (string.Equals(reader.Fields[i], f, StringComparison.OrdinalIgnoreCase)) return i;
                return -1;
            }
            var pop = Field("pop"); var area = Field("area"); var nameField = Field("name");
            if (pop < 0 || !reader.HasGeometry)
                throw new InvalidDataException($"{populationFile}: expected urban-area points with a 'pop' property (like tatorter_wgs84.geojson); the file has: {string.Join(", ", reader.Fields)}.");
            var transform = CrsTransform.Create(reader.DeclaredSrid ?? 4326, 3006);
            foreach (var row in reader.Read())
            {
                if (row.Geometry is not { } g || g.IsEmpty) continue;
                var (x, y) = transform.Apply(g.Centroid.X, g.Centroid.Y);
                x = Math.Round(x, 2); y = Math.Round(y, 2);
                if (locator.Locate(new Coordinate(x, y)) != Location.Interior) continue;
                if (!NumberText.TryParseInt(row.Span(pop), out var p) || p <= 0) continue;
                var ha = area >= 0 && NumberText.TryParseDouble(row.Span(area), reader.DecimalSeparator, out var a) && a > 0 ? a : p / 20.0;
                // Radius of a disc of the stated area; a normal with sigma = radius/2 holds ~86% of people inside it.
                var sigma = Math.Max(250, Math.Round(Math.Sqrt(ha * 10_000 / Math.PI) / 2, 0));
                places.Add(new Place(nameField >= 0 ? row.Text(nameField) : $"Tätort {places.Count + 1}", x, y, p, sigma, PlaceKind.Village));
            }
        }
        if (places.Count == 0)
        {
            var ip = boundary.InteriorPoint;
            places.Add(new Place(name, Math.Round(ip.X, 2), Math.Round(ip.Y, 2), 72_000, 2000, PlaceKind.Centre));
            return new Landscape(code, name, boundary, places, 8000);
        }
        // Largest urban area = the centre; the next ones (>= 5,000) count as residential districts.
        places = places.OrderByDescending(p => p.Population).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        for (var i = 0; i < places.Count; i++)
            places[i] = places[i] with { Kind = i == 0 ? PlaceKind.Centre : places[i].Population >= 5000 ? PlaceKind.Residential : PlaceKind.Village };
        var urban = places.Sum(p => p.Population);
        return new Landscape(code, name, boundary, places, Math.Max(500, urban / 9));
    }
}
