namespace Geo.Planning.Measures;

/// <summary>
/// The measure catalogue the åtgärdsplan draws from: the built-in <c>data/measures/measures.json</c> (embedded in this
/// assembly) or a copy the municipality has edited. Format <c>geo-measures/1</c>; field reference in
/// <c>data/measures/README.md</c>. Loading validates every field and reports all problems of the file together.
/// </summary>
public sealed class MeasureCatalogue
{
    public const string Format = "geo-measures/1";
    private const string ResourceName = "Geo.data.measures.measures.json";

    internal MeasureCatalogue(string source, IReadOnlyList<Measure> measures, IReadOnlyList<MeasurePlaceType> placeTypes,
        IReadOnlyList<MeasureLabel> actors, IReadOnlyList<MeasureSource> sources)
    {
        Source = source;
        Measures = measures;
        PlaceTypes = placeTypes;
        Actors = actors;
        Sources = sources;
    }

    /// <summary>Where the catalogue came from (a path, or the built-in file).</summary>
    public string Source { get; }

    public IReadOnlyList<Measure> Measures { get; }

    /// <summary>The place types the file declares (<c>place_types</c>).</summary>
    public IReadOnlyList<MeasurePlaceType> PlaceTypes { get; }

    /// <summary>The responsible actor types the file declares (<c>actors</c>).</summary>
    public IReadOnlyList<MeasureLabel> Actors { get; }

    /// <summary>The sources the evidence notes cite (<c>sources</c>).</summary>
    public IReadOnlyList<MeasureSource> Sources { get; }

    public Measure? Find(string id) => Measures.FirstOrDefault(m => m.Id == id);

    /// <summary>The text of the built-in catalogue file, exactly as shipped.</summary>
    public static string DefaultText()
    {
        using var stream = typeof(MeasureCatalogue).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException("The built-in measure catalogue resource is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The built-in catalogue (<c>data/measures/measures.json</c>).</summary>
    public static MeasureCatalogue Default()
    {
        var check = MeasureCatalogueReader.Read(DefaultText(), "data/measures/measures.json (built-in)");
        return check.Catalogue ?? throw new MeasureCatalogueException(check.File, check.Problems);
    }

    /// <summary>Reads and validates a catalogue file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="MeasureCatalogueException">The file has problems; all of them are listed.</exception>
    public static MeasureCatalogue Load(string path)
    {
        var check = Check(path);
        return check.Catalogue ?? throw new MeasureCatalogueException(check.File, check.Problems);
    }

    /// <summary>Reads and validates a catalogue file and returns every problem instead of throwing.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static MeasureCheck Check(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path}: the measure catalogue file does not exist; give the path of a JSON file in the format {Format} (start from a copy of data/measures/measures.json).", path);
        return MeasureCatalogueReader.Read(File.ReadAllText(path), path);
    }

    /// <summary>Validates catalogue text; <paramref name="fileName"/> names the file in the problems.</summary>
    public static MeasureCheck Parse(string json, string fileName) => MeasureCatalogueReader.Read(json, fileName);
}
