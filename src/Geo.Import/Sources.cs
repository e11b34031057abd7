using Geo.Core.Domain;
using Geo.Formats;
using Geo.Import.Mapping;

namespace Geo.Import;

/// <summary>
/// Entry points of the import: open a file as a stream of validated, mapped and reprojected incidents, resources or
/// areas (native format or a mapping profile, see docs/import-formats.md).
/// </summary>
public static class Sources
{
    /// <summary>Opens an incident file (CSV, GeoJSON, GeoPackage; .gz allowed).</summary>
    /// <exception cref="InputFormatException">A required column is missing or the file cannot be read.</exception>
    public static IRowSource<Incident> OpenIncidents(string path, ImportOptions options) =>
        Open(path, options, ImportKind.Incidents, static (r, o, n, reopen) => new IncidentMapper(r, o, n, reopen));

    /// <summary>Opens a resource file (CSV with x/y or lat/lon, GeoJSON, GeoPackage).</summary>
    public static IRowSource<Resource> OpenResources(string path, ImportOptions options) =>
        Open(path, options, ImportKind.Resources, static (r, o, n, _) => new ResourceMapper(r, o, n));

    /// <summary>Opens an area set file (GeoJSON, GeoPackage, or CSV with a WKT column).</summary>
    public static IRowSource<Area> OpenAreas(string path, ImportOptions options) =>
        Open(path, options, ImportKind.Areas, static (r, o, n, _) => new AreaMapper(r, o, n));

    /// <summary>Maps incidents from an already opened reader (which the source then owns).</summary>
    public static IRowSource<Incident> OpenIncidents(IFeatureReader reader, ImportOptions options) =>
        Wrap(reader, options, ImportKind.Incidents, null, static (r, o, n, reopen) => new IncidentMapper(r, o, n, reopen));

    /// <summary>Maps resources from an already opened reader (which the source then owns).</summary>
    public static IRowSource<Resource> OpenResources(IFeatureReader reader, ImportOptions options) =>
        Wrap(reader, options, ImportKind.Resources, null, static (r, o, n, _) => new ResourceMapper(r, o, n));

    /// <summary>Maps areas from an already opened reader (which the source then owns).</summary>
    public static IRowSource<Area> OpenAreas(IFeatureReader reader, ImportOptions options) =>
        Wrap(reader, options, ImportKind.Areas, null, static (r, o, n, _) => new AreaMapper(r, o, n));

    /// <summary>
    /// Opens the file and its mapper; the mapper may open the file a second time (<c>reopen</c>) to look ahead in a column,
    /// e.g. for a value that decides whether 03/04/2023 puts the day or the month first.
    /// </summary>
    private static IRowSource<T> Open<T>(string path, ImportOptions options, ImportKind kind, MapperFactory<T> mapper)
        where T : class
    {
        CheckKind(options, kind);
        var reader = ReaderOpener.Open(path, options.Profile);
        return Wrap(reader, options, kind, () => ReaderOpener.Open(path, options.Profile), mapper);
    }

    private delegate IRowMapper<T> MapperFactory<T>(IFeatureReader reader, ImportOptions options, List<string> notices, Func<IFeatureReader>? reopen) where T : class;

    private static IRowSource<T> Wrap<T>(IFeatureReader reader, ImportOptions options, ImportKind kind, Func<IFeatureReader>? reopen, MapperFactory<T> mapper)
        where T : class
    {
        try
        {
            CheckKind(options, kind);
            var notices = new List<string>();
            return new MappedRowSource<T>(reader, mapper(reader, options, notices, reopen), notices);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    private static void CheckKind(ImportOptions options, ImportKind kind)
    {
        if (options.Profile is { } p && p.Kind != kind)
            throw new ArgumentException($"Profile {p.Name} reads {p.Kind.ToString().ToLowerInvariant()}, not {kind.ToString().ToLowerInvariant()}.");
    }
}
