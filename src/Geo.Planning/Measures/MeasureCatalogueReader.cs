using System.Text.Json;
using Geo.Core.Domain;
using Geo.Core.Taxonomy;
using Geo.Core.Text;

namespace Geo.Planning.Measures;

/// <summary>Reads a catalogue file and collects every problem (file, measure, field, what to do) rather than stopping at the first.</summary>
internal sealed class MeasureCatalogueReader
{
    private static readonly string[] TopFields = ["format", "title_sv", "title_en", "note", "place_types", "actors", "sources", "measures"];
    private static readonly string[] MeasureFields =
    [
        "id", "name_sv", "name_en", "description_sv", "description_en", "kind", "technique", "groups", "places", "times",
        "actors", "work", "horizon", "indicator", "evidence",
    ];
    private static readonly string[] EvidenceFields = ["dimension", "note_sv", "note_en", "source"];

    private readonly string _file;
    private readonly List<MeasureProblem> _problems = [];
    private readonly CategoryTaxonomy _taxonomy = CategoryTaxonomy.BuiltIn;

    private MeasureCatalogueReader(string file) => _file = file;

    public static MeasureCheck Read(string json, string file)
    {
        var reader = new MeasureCatalogueReader(file);
        var catalogue = reader.ReadDocument(json);
        return new MeasureCheck(file, reader._problems.Count == 0 ? catalogue : null, reader._problems);
    }

    private void Problem(string? measure, string field, string message) => _problems.Add(new MeasureProblem(_file, measure, field, message));

    private MeasureCatalogue? ReadDocument(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            Problem(null, "(file)", $"not valid JSON at line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}: {e.Message.Split(" Path:")[0]} Fix the syntax (a missing comma or quote is the usual cause).");
            return null;
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Problem(null, "(file)", "the file must be one JSON object with the fields format, place_types, actors, sources and measures.");
                return null;
            }
            UnknownFields(root, TopFields, null, "");
            var format = root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            if (format != MeasureCatalogue.Format)
                Problem(null, "format", $"is '{format ?? "(missing)"}'; this version of Geo reads \"{MeasureCatalogue.Format}\". Set \"format\": \"{MeasureCatalogue.Format}\".");

            var places = ReadList(root, "place_types", (e, pos) =>
            {
                var code = Text(e, "code", null, $"place_types[{pos}]");
                var resource = e.TryGetProperty("resource_type", out var r) && r.ValueKind == JsonValueKind.True;
                if (resource && code is not null && !ResourceTypes.IsKnown(code))
                    Problem(null, $"place_types[{pos}].code", $"'{code}' is marked resource_type but is not a Geo resource type{Closest(code, ResourceTypes.All.Keys)}; use one of {string.Join(", ", ResourceTypes.All.Keys)} or set resource_type to false.");
                var sv = Text(e, "label_sv", null, $"place_types[{pos}]");
                var en = Text(e, "label_en", null, $"place_types[{pos}]");
                return code is null ? null : new MeasurePlaceType(code, resource, sv ?? "", en ?? "");
            }, p => p.Code);
            var actors = ReadList(root, "actors", (e, pos) =>
            {
                var code = Text(e, "code", null, $"actors[{pos}]");
                var sv = Text(e, "label_sv", null, $"actors[{pos}]");
                var en = Text(e, "label_en", null, $"actors[{pos}]");
                return code is null ? null : new MeasureLabel(code, sv ?? "", en ?? "");
            }, a => a.Code);
            var sources = ReadList(root, "sources", (e, pos) =>
            {
                var id = Text(e, "id", null, $"sources[{pos}]");
                var citation = Text(e, "citation", null, $"sources[{pos}]");
                return id is null ? null : new MeasureSource(id, citation ?? "");
            }, s => s.Id);

            var measures = new List<Measure>();
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            if (!root.TryGetProperty("measures", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
            {
                Problem(null, "measures", "missing or empty; give a JSON array of measures (see data/measures/README.md).");
                return null;
            }
            var position = 0;
            foreach (var e in list.EnumerateArray())
            {
                position++;
                var m = ReadMeasure(e, position, ids, places, actors, sources);
                if (m is not null) measures.Add(m);
            }
            return new MeasureCatalogue(_file, measures, places, actors, sources);
        }
    }

    private List<T> ReadList<T>(JsonElement root, string field, Func<JsonElement, int, T?> read, Func<T, string> key) where T : class
    {
        var result = new List<T>();
        if (!root.TryGetProperty(field, out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            Problem(null, field, "missing or empty; the file must declare this list (see data/measures/README.md).");
            return result;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pos = 0;
        foreach (var e in list.EnumerateArray())
        {
            pos++;
            if (e.ValueKind != JsonValueKind.Object) { Problem(null, $"{field}[{pos}]", "must be a JSON object."); continue; }
            var item = read(e, pos);
            if (item is null) continue;
            if (!seen.Add(key(item))) Problem(null, $"{field}[{pos}]", $"'{key(item)}' is declared twice; remove one of them.");
            else result.Add(item);
        }
        return result;
    }

    private Measure? ReadMeasure(JsonElement e, int position, Dictionary<string, int> ids, List<MeasurePlaceType> places,
        List<MeasureLabel> actors, List<MeasureSource> sources)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            Problem($"#{position}", "(measure)", "must be a JSON object.");
            return null;
        }
        var rawId = e.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString()?.Trim() : null;
        var label = string.IsNullOrEmpty(rawId) ? $"#{position}" : $"{rawId} (#{position})";
        if (string.IsNullOrEmpty(rawId)) Problem(label, "id", "missing; give a stable code such as SIT-35 or SOC-19 that no other measure uses.");
        else if (ids.TryGetValue(rawId, out var first)) Problem(label, "id", $"'{rawId}' is already used by measure #{first}; give each measure its own id.");
        else ids[rawId] = position;
        UnknownFields(e, MeasureFields, label, "");

        var nameSv = Text(e, "name_sv", label, "");
        var nameEn = Text(e, "name_en", label, "");
        var descSv = Text(e, "description_sv", label, "");
        var descEn = Text(e, "description_en", label, "");

        var kindCode = Text(e, "kind", label, "");
        MeasureKind? kind = null;
        if (kindCode is not null)
        {
            if (MeasureVocabulary.Kinds.TryGetValue(kindCode, out var k)) kind = k;
            else Problem(label, "kind", $"'{kindCode}' is not a kind{Closest(kindCode, MeasureVocabulary.Kinds.Keys)}; use situational or social.");
        }
        var techniqueCode = Text(e, "technique", label, "");
        if (techniqueCode is not null)
        {
            var technique = MeasureVocabulary.Technique(techniqueCode);
            if (technique is null)
                Problem(label, "technique", $"'{techniqueCode}' is not a Cornish & Clarke technique or social-prevention category{Closest(techniqueCode, MeasureVocabulary.Techniques.Select(t => t.Code))}; see the list in data/measures/README.md.");
            else if (kind is { } kk && technique.Situational != (kk == MeasureKind.Situational))
                Problem(label, "technique", kk == MeasureKind.Situational
                    ? $"'{techniqueCode}' is a social-prevention category but kind is situational; use one of the 25 Cornish & Clarke techniques or set kind to social."
                    : $"'{techniqueCode}' is a situational technique but kind is social; use a social-prevention category or set kind to situational.");
        }

        var groups = Codes(e, "groups", label, g =>
        {
            var c = _taxonomy.Find(g);
            if (c is { Parent: null }) return null;
            if (c is not null) return $"'{g}' is a sub-category; use its main group '{g.Split('.')[0]}'.";
            var best = _taxonomy.Suggest(g, 1).Select(s => s.Split('.')[0]).FirstOrDefault();
            return $"'{g}' is not a category group of the taxonomy{(best is null ? "" : $"; did you mean '{best}'?")} Use a main group of data/taxonomy/categories.csv.";
        });
        var placeCodes = places.Select(p => p.Code).ToList();
        var placeList = Codes(e, "places", label, p => placeCodes.Contains(p) ? null
            : $"'{p}' is not a declared place type{Closest(p, placeCodes)}; use one of place_types ({string.Join(", ", placeCodes)}) or declare it there.");
        var timeCodes = MeasureVocabulary.Times.Select(t => t.Code).ToList();
        var times = Codes(e, "times", label, t => timeCodes.Contains(t) ? null
            : $"'{t}' is not a time{Closest(t, timeCodes)}; use {string.Join(", ", timeCodes)}.");
        var actorCodes = actors.Select(a => a.Code).ToList();
        var actorList = Codes(e, "actors", label, a => actorCodes.Contains(a) ? null
            : $"'{a}' is not a declared actor type{Closest(a, actorCodes)}; use one of actors ({string.Join(", ", actorCodes)}) or declare it there.");

        var workCode = Text(e, "work", label, "");
        MeasureWork? work = null;
        if (workCode is not null)
        {
            if (MeasureVocabulary.Work.TryGetValue(workCode, out var w)) work = w;
            else Problem(label, "work", $"'{workCode}' is not allowed{Closest(workCode, MeasureVocabulary.Work.Keys)}; use engång (one-off) or ordinarie (ordinary work).");
        }
        var horizonCode = Text(e, "horizon", label, "");
        MeasureHorizon? horizon = null;
        if (horizonCode is not null)
        {
            if (MeasureVocabulary.Horizons.TryGetValue(horizonCode, out var h)) horizon = h;
            else Problem(label, "horizon", $"'{horizonCode}' is not allowed{Closest(horizonCode, MeasureVocabulary.Horizons.Keys)}; use short or long.");
        }
        var indicator = Text(e, "indicator", label, "");
        var indicatorCodes = MeasureVocabulary.Indicators.Select(i => i.Code).ToList();
        if (indicator is not null && !indicatorCodes.Contains(indicator))
            Problem(label, "indicator", $"'{indicator}' is not an indicator a plan can compute{Closest(indicator, indicatorCodes)}; use {string.Join(", ", indicatorCodes)}.");

        var evidence = ReadEvidence(e, label, sources);

        if (rawId is null || nameSv is null || nameEn is null || descSv is null || descEn is null || kind is null || techniqueCode is null
            || groups is null || placeList is null || times is null || actorList is null || work is null || horizon is null
            || indicator is null || evidence is null)
            return null;
        return new Measure(rawId, nameSv, nameEn, descSv, descEn, kind.Value, techniqueCode, groups, placeList, times, actorList,
            work.Value, horizon.Value, indicator, evidence);
    }

    private List<MeasureEvidence>? ReadEvidence(JsonElement e, string label, List<MeasureSource> sources)
    {
        if (!e.TryGetProperty("evidence", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            Problem(label, "evidence", "missing or empty; give at least one note in an EMMIE dimension (effect, mechanism, moderators, implementation, economic_cost) with its source.");
            return null;
        }
        var result = new List<MeasureEvidence>();
        var dims = MeasureVocabulary.EvidenceDimensions.Select(d => d.Code).ToList();
        var sourceIds = sources.Select(s => s.Id).ToList();
        var pos = 0;
        foreach (var item in list.EnumerateArray())
        {
            pos++;
            var prefix = $"evidence[{pos}].";
            if (item.ValueKind != JsonValueKind.Object) { Problem(label, $"evidence[{pos}]", "must be a JSON object."); continue; }
            UnknownFields(item, EvidenceFields, label, prefix);
            var dim = Text(item, "dimension", label, prefix);
            if (dim is not null && !dims.Contains(dim))
                Problem(label, prefix + "dimension", $"'{dim}' is not an EMMIE dimension{Closest(dim, dims)}; use {string.Join(", ", dims)}.");
            var sv = Text(item, "note_sv", label, prefix);
            var en = Text(item, "note_en", label, prefix);
            var source = Text(item, "source", label, prefix, "give the id of an entry in the file's sources list (a published, checkable reference)");
            if (source is not null && !sourceIds.Contains(source))
                Problem(label, prefix + "source", $"'{source}' is not in the file's sources list{Closest(source, sourceIds)}; add it there with its full citation.");
            if (dim is not null && sv is not null && en is not null && source is not null) result.Add(new MeasureEvidence(dim, sv, en, source));
        }
        return result.Count == pos ? result : null;
    }

    /// <summary>A required non-empty string field; reports it missing or empty and returns null.</summary>
    private string? Text(JsonElement e, string field, string? measure, string prefix, string? what = null)
    {
        if (!e.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            Problem(measure, prefix + field, "missing; " + (what ?? Hint(field)) + ".");
            return null;
        }
        if (v.ValueKind != JsonValueKind.String)
        {
            Problem(measure, prefix + field, $"must be a JSON string, found {v.ValueKind.ToString().ToLowerInvariant()}.");
            return null;
        }
        var s = v.GetString()!.Trim();
        if (s.Length == 0)
        {
            Problem(measure, prefix + field, "is empty; " + (what ?? Hint(field)) + ".");
            return null;
        }
        return s;
    }

    private static string Hint(string field) => field switch
    {
        _ when field.EndsWith("_sv", StringComparison.Ordinal) => "write the Swedish text",
        _ when field.EndsWith("_en", StringComparison.Ordinal) => "write the English text",
        _ => "give a value (see data/measures/README.md)",
    };

    /// <summary>A required non-empty array of codes, each checked by <paramref name="check"/> (null when valid, else the message).</summary>
    private List<string>? Codes(JsonElement e, string field, string measure, Func<string, string?> check)
    {
        if (!e.TryGetProperty(field, out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            Problem(measure, field, "missing or empty; give a JSON array with at least one code (see data/measures/README.md).");
            return null;
        }
        var result = new List<string>();
        var ok = true;
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                Problem(measure, field, "every entry must be a non-empty string code.");
                ok = false;
                continue;
            }
            var code = item.GetString()!.Trim();
            if (check(code) is { } message) { Problem(measure, field, message); ok = false; }
            else if (result.Contains(code)) { Problem(measure, field, $"'{code}' is listed twice; remove one."); ok = false; }
            else result.Add(code);
        }
        return ok ? result : null;
    }

    private void UnknownFields(JsonElement e, string[] known, string? measure, string prefix)
    {
        foreach (var p in e.EnumerateObject())
            if (!known.Contains(p.Name))
                Problem(measure, prefix + p.Name, $"is not a field of the format{Closest(p.Name, known)}; remove it or correct its name.");
    }

    /// <summary>"; did you mean 'x'?" for the closest known value within a small edit distance, else "".</summary>
    private static string Closest(string value, IEnumerable<string> known)
    {
        var best = known.Select(k => (k, d: Levenshtein.Distance(value, k))).OrderBy(x => x.d).ThenBy(x => x.k, StringComparer.Ordinal).FirstOrDefault();
        return best.k is not null && best.d <= Math.Max(2, value.Length / 3) ? $" (did you mean '{best.k}'?)" : "";
    }
}
