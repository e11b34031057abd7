using System.Diagnostics;
using System.Globalization;
using Geo.Core.Taxonomy;
using Geo.Formats;
using Geo.Formats.Text;
using Geo.Import.Profiles;
using Geo.Storage;

namespace Geo.Planning.Reference;

/// <summary>
/// The national reference table: events of the police's public event feed per 100,000 residents for every municipality,
/// county and Sweden, per year and category group (<c>geo reference load</c>), and a municipality's level against its
/// county, Sweden and municipalities of similar population (<c>geo reference show</c>, the lägesbild runs).
/// </summary>
/// <remarks>
/// Counting: an event's year is its local year in Europe/Stockholm; its group is the main group of the category that the
/// feed's event type maps to through the <c>polisen</c> source mapping (the one the <c>polisen-events</c> import profile
/// uses); <see cref="ReferenceGroups.Total"/> counts crimes only. An event whose location is a county counts in that
/// county and in Sweden but in no municipality. A county's events are its municipalities' plus its county-level events;
/// Sweden's are all events used. Rates use the population of <see cref="ReferenceLoadRequest.PopulationYear"/> for every
/// year; <c>per_100000_year</c> scales a partly covered year (the feed's first and last) to a whole year.
/// </remarks>
public sealed class ReferenceService(ReferenceStore store)
{
    /// <summary>The import profile whose source name, columns, time zone and category mapping the feed is read with.</summary>
    public const string ProfileName = "polisen-events";

    /// <summary>How many municipalities of similar population a comparison uses.</summary>
    public const int SimilarCount = 10;

    private const string LocationColumn = "location_name";
    private const string CountryCode = "SE";

    /// <summary>The source of the police feed's reference table (the profile's source, <c>polisen</c>).</summary>
    public static string Source => ProfileCatalog.Get(ProfileName).Source ?? "polisen";

    /// <summary>
    /// Reads the feed, the population and the counties, counts, and replaces the source's reference table in one
    /// transaction. <paramref name="progress"/> gets a line per step.
    /// </summary>
    /// <exception cref="InputFormatException">A file cannot be read, or a population row is not a whole number (file, row, field).</exception>
    /// <exception cref="InvalidDataException">A column is missing, or the files disagree (a municipality without population, county codes that differ).</exception>
    public async Task<ReferenceLoadResult> LoadAsync(ReferenceLoadRequest request, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.PopulationYear is < 1900 or > 2200) throw new ArgumentException($"Population year {request.PopulationYear} is not a plausible year.", nameof(request));
        var total = Stopwatch.StartNew();
        var step = Stopwatch.StartNew();
        var steps = new List<KeyValuePair<string, double>>();
        var notices = new List<string>();
        var profile = ProfileCatalog.Get(ProfileName);
        var source = profile.Source ?? "polisen";
        var mapping = SourceMapping.BuiltIn.TryGetValue(profile.CategoryMapping ?? source, out var m)
            ? m : throw new InvalidOperationException($"The built-in category mapping '{profile.CategoryMapping}' of profile {ProfileName} is missing.");
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(profile.TimeZone ?? "Europe/Stockholm");

        // 1. Municipalities, counties, population.
        var places = ReadPlaces(request, notices, ct);
        steps.Add(new("read population and counties", step.Elapsed.TotalSeconds));
        progress?.Report($"Municipalities: {places.Municipalities.Count} with population {request.PopulationYear:D} ({Path.GetFileName(request.PopulationFile)}), counties: {places.Counties.Count}.");
        step.Restart();

        // 2. The feed: stream, map, count.
        var counts = CountEvents(request.EventsFile, profile, mapping, timeZone, places, ct);
        steps.Add(new("read and count events", step.Elapsed.TotalSeconds));
        progress?.Report($"Events: {counts.RowsRead:N0} rows read, {counts.RowsUsed:N0} counted, {counts.RowsRead - counts.RowsUsed:N0} left out.");
        foreach (var (name, kind, rows) in counts.Normalised.OrderByDescending(x => x.Rows))
            notices.Add($"Location '{name}' matched {kind} {rows:N0} rows only after normalising (case, hyphens, \" län\", aliases).");
        step.Restart();

        // 3. Rates.
        var rates = BuildRates(places, counts, out var years, out var daysCovered, out var groups);
        steps.Add(new("compute rates", step.Elapsed.TotalSeconds));
        step.Restart();

        // 4. Replace the table.
        var leftOut = counts.LeftOut.Where(kv => kv.Value > 0).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var id = await store.ReplaceAsync(new ReferenceLoadDraft(source, Path.GetFileName(request.EventsFile), counts.Sha256,
            Path.GetFileName(request.PopulationFile), request.PopulationYear, counts.RowsRead, counts.RowsUsed, leftOut, ""), rates, ct).ConfigureAwait(false);
        steps.Add(new("write table (delete, insert, COPY, commit)", step.Elapsed.TotalSeconds));
        progress?.Report($"Reference table written: {rates.Count:N0} rates (load {id}).");

        notices.Add($"Rates per 100,000 use the population of {request.PopulationYear} for every year ({string.Join(", ", years)}).");
        foreach (var y in years.Where(y => daysCovered[y] < DaysIn(y)))
            notices.Add($"{y} is covered for {daysCovered[y]} of {DaysIn(y)} days (the feed runs {counts.First:yyyy-MM-dd} to {counts.Last:yyyy-MM-dd}); per_100000_year scales it to a whole year.");
        notices.AddRange(SparseMonths(counts));
        if (counts.CountyLevel > 0)
            notices.Add($"{counts.CountyLevel:N0} events are placed at a county only: they count in their county and in Sweden, not in a municipality.");

        return new ReferenceLoadResult(id, source, Path.GetFileName(request.EventsFile), counts.Sha256, request.PopulationYear,
            counts.RowsRead, counts.RowsUsed, leftOut,
            Ranked(counts.UnmatchedLocations), Ranked(counts.UnmappedTypes),
            places.Municipalities.Count, counts.MunicipalitiesWithEvents, places.Counties.Count, counts.CountyLevel,
            years, daysCovered, groups, counts.First, counts.Last, rates.Count, notices, steps, total.Elapsed.TotalSeconds);
    }

    /// <summary>The years of the reference table (empty when none is loaded).</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default) =>
        [.. (await store.GetYearsAsync(Source, ct).ConfigureAwait(false)).Keys.Order()];

    /// <summary>
    /// The municipality's level against its county, Sweden and the <see cref="SimilarCount"/> municipalities nearest in log
    /// population (itself excluded), per category group and in total, for <paramref name="year"/> or, without it, the
    /// latest year the feed covers fully (the latest year when none is). Null when no reference table is loaded.
    /// </summary>
    /// <exception cref="ArgumentException">The municipality or the year is not in the table.</exception>
    public async Task<ReferenceComparison?> GetComparisonAsync(string municipalityCode, int? year, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(municipalityCode);
        var source = Source;
        var load = await store.GetLoadAsync(source, ct).ConfigureAwait(false);
        if (load is null) return null;
        var years = await store.GetYearsAsync(source, ct).ConfigureAwait(false);
        if (years.Count == 0) return null;
        var notices = new List<string>();
        int chosen;
        if (year is { } given)
        {
            if (!years.ContainsKey(given))
                throw new ArgumentException($"Year {given} is not in the reference table of {source}; it has {string.Join(", ", years.Keys)}.");
            chosen = given;
            if (years[given] < DaysIn(given)) notices.Add($"{given} is covered for {years[given]} of {DaysIn(given)} days: its rates are scaled to a whole year.");
        }
        else
        {
            var full = years.Where(kv => kv.Value >= DaysIn(kv.Key)).Select(kv => kv.Key).ToList();
            chosen = full.Count > 0 ? full.Max() : years.Keys.Max();
            notices.Add(full.Count > 0
                ? $"Year {chosen}: the latest year the feed covers fully (give --year for another: {string.Join(", ", years.Keys)})."
                : $"Year {chosen}: no year is covered fully, the latest is scaled from {years[chosen]} days to a whole year.");
        }

        var rates = await store.GetRatesAsync(source, chosen, ct).ConfigureAwait(false);
        var code = municipalityCode.Trim();
        var municipalities = rates.Where(r => r.Level == "municipality" && r.CategoryGroup == ReferenceGroups.Total).ToList();
        var own = municipalities.FirstOrDefault(r => r.Code == code)
                  ?? throw new ArgumentException($"Municipality code '{code}' is not in the reference table ({municipalities.Count} municipalities, codes like 0180 or 2580).");
        var county = rates.First(r => r.Level == "county" && r.Code == own.CountyCode && r.CategoryGroup == ReferenceGroups.Total);
        var sweden = rates.First(r => r.Level == "country" && r.CategoryGroup == ReferenceGroups.Total);

        var similar = municipalities.Where(r => r.Code != code)
            .OrderBy(r => Math.Abs(Math.Log(r.Population) - Math.Log(own.Population))).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Take(SimilarCount).ToList();
        notices.Add(similar.Count == 0
            ? "Similar municipalities: none (the table has no other municipality)."
            : $"Similar municipalities: the {similar.Count} nearest to {own.Name} ({own.Population:N0}) in log population, itself excluded: "
              + $"{similar.Min(r => r.Population):N0}–{similar.Max(r => r.Population):N0} residents; their median is shown.");
        notices.Add($"Rates are events per 100,000 residents per year with the population of {load.PopulationYear} for every year.");

        var byKey = rates.ToDictionary(r => (r.Level, r.Code, r.CategoryGroup));
        var groupCodes = rates.Where(r => r.Level == "country").Select(r => r.CategoryGroup).ToList();
        var taxonomy = CategoryTaxonomy.BuiltIn;
        var order = taxonomy.All.Where(c => c.IsMainGroup).Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var groups = new List<ReferenceGroupComparison>();
        foreach (var g in groupCodes.OrderBy(g => g == ReferenceGroups.Total ? -1 : order.GetValueOrDefault(g, int.MaxValue)).ThenBy(g => g, StringComparer.Ordinal))
        {
            var mine = byKey[("municipality", code, g)];
            var c = byKey[("county", county.Code, g)].Per100000Year;
            var s = byKey[("country", CountryCode, g)].Per100000Year;
            var median = Median(similar.Select(r => byKey[("municipality", r.Code, g)].Per100000Year).ToArray());
            var (sv, en) = g == ReferenceGroups.Total ? (ReferenceGroups.TotalLabelSv, ReferenceGroups.TotalLabelEn)
                : taxonomy.Find(g) is { } cat ? (cat.LabelSv, cat.LabelEn) : (g, g);
            groups.Add(new ReferenceGroupComparison(g, sv, en, mine.Events, mine.Per100000Year, c, s, median,
                Ratio(mine.Per100000Year, s), Ratio(mine.Per100000Year, c), Ratio(mine.Per100000Year, median)));
        }

        return new ReferenceComparison(source, load.Id, load.LoadedAt, chosen, years[chosen], years[chosen] >= DaysIn(chosen), load.PopulationYear,
            new ReferenceArea("municipality", own.Code, own.Name, own.Population),
            new ReferenceArea("county", county.Code, county.Name, county.Population),
            new ReferenceArea("country", sweden.Code, sweden.Name, sweden.Population),
            similar.Select(r => new ReferenceArea("municipality", r.Code, r.Name, r.Population)).ToList(),
            groups, notices);
    }

    /// <summary>
    /// Warns about months inside the feed's span with fewer than a tenth of the median month's events (the feed looks
    /// incomplete there, so the year's rates are too low even after scaling to a whole year).
    /// </summary>
    private static IEnumerable<string> SparseMonths(Counts counts)
    {
        var months = new List<(int Year, int Month, long Events)>();
        for (var d = new DateOnly(counts.First.Year, counts.First.Month, 1); d <= counts.Last; d = d.AddMonths(1))
            months.Add((d.Year, d.Month, counts.ByMonth.GetValueOrDefault(d.Year * 100 + d.Month)));
        // The first and last months are partly covered: they do not set the median and are not judged.
        var whole = months.Count > 2 ? months.Skip(1).Take(months.Count - 2).ToList() : [];
        if (whole.Count < 3) yield break;
        var median = Median(whole.Select(m => (double)m.Events).ToArray());
        foreach (var year in whole.Where(m => m.Events < median / 10).GroupBy(m => m.Year))
            yield return $"{year.Key}: the feed has fewer than a tenth of its median month's {median:N0} events in "
                         + string.Join(", ", year.Select(m => $"{CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m.Month)} ({m.Events:N0})"))
                         + $": it looks incomplete there, so {year.Key}'s rates are too low; compare fully covered, complete years.";
    }

    private static double? Ratio(double a, double b) => b > 0 ? a / b : null;

    internal static double Median(double[] values)
    {
        if (values.Length == 0) return double.NaN;
        Array.Sort(values);
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    internal static int DaysIn(int year) => DateTime.IsLeapYear(year) ? 366 : 365;

    private static List<ReferenceNameCount> Ranked(Dictionary<string, long> counts) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new ReferenceNameCount(kv.Key, kv.Value)).ToList();

    // ---------------------------------------------------------------- places

    /// <summary>Municipalities (code, name, county index, population) and counties (code, name).</summary>
    internal sealed record Places(IReadOnlyList<(string Code, string Name, int County, int Population)> Municipalities,
        IReadOnlyList<(string Code, string Name)> Counties, PlaceNameIndex Index);

    private static Places ReadPlaces(ReferenceLoadRequest request, List<string> notices, CancellationToken ct)
    {
        // Population: kommun_kod, kommun_namn, population.
        var population = new Dictionary<string, (string Name, int Population, long Row)>(StringComparer.Ordinal);
        using (var reader = FeatureReaders.Open(request.PopulationFile))
        {
            int code = Column(reader, "kommun_kod"), name = Column(reader, "kommun_namn"), pop = Column(reader, "population");
            foreach (var row in reader.Read(ct))
            {
                var c = MunicipalityCode(row.Span(code), reader.FileName, row.Row, "kommun_kod");
                var text = row.Span(pop).Trim();
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p <= 0)
                    throw new InputFormatException(reader.FileName, row.Row, $"population '{text}' in column population is not a positive whole number; give residents as digits without separators.");
                if (!population.TryAdd(c, (row.Text(name).Trim(), p, row.Row)))
                    throw new InputFormatException(reader.FileName, row.Row, $"kommun_kod {c} is listed twice (also on row {population[c].Row}).");
            }
        }

        // Municipalities and counties: municipality_code, municipality_name, county_code, county_name.
        var municipalities = new List<(string Code, string Name, int County, int Population)>();
        var counties = new List<(string Code, string Name)>();
        var countyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var adminName = Path.GetFileName(request.AdminFile);
        using (var reader = FeatureReaders.Open(request.AdminFile))
        {
            int mc = Column(reader, "municipality_code"), mn = Column(reader, "municipality_name"), cc = Column(reader, "county_code"), cn = Column(reader, "county_name");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in reader.Read(ct))
            {
                var code = MunicipalityCode(row.Span(mc), reader.FileName, row.Row, "municipality_code");
                var county = row.Span(cc).Trim().ToString();
                if (county.Length == 1 && char.IsAsciiDigit(county[0])) county = "0" + county;
                if (county.Length != 2 || !county.All(char.IsAsciiDigit))
                    throw new InputFormatException(reader.FileName, row.Row, $"county_code '{county}' is not a two-digit county code (01–25).");
                if (!code.StartsWith(county, StringComparison.Ordinal))
                    throw new InputFormatException(reader.FileName, row.Row, $"municipality_code {code} does not start with its county_code {county}.");
                if (!seen.Add(code)) throw new InputFormatException(reader.FileName, row.Row, $"municipality_code {code} is listed twice.");
                if (!countyIndex.TryGetValue(county, out var ci))
                {
                    ci = counties.Count;
                    countyIndex[county] = ci;
                    counties.Add((county, row.Text(cn).Trim()));
                }
                if (!population.TryGetValue(code, out var p))
                    throw new InvalidDataException($"{adminName}, row {row.Row}: municipality {code} {row.Text(mn).Trim()} has no population in {Path.GetFileName(request.PopulationFile)}; give a population file that covers every municipality.");
                if (PlaceNameIndex.Normalise(p.Name) != PlaceNameIndex.Normalise(row.Text(mn)))
                    notices.Add($"Municipality {code} is called '{row.Text(mn).Trim()}' in {adminName} and '{p.Name}' in {Path.GetFileName(request.PopulationFile)}; the population file's name is used.");
                municipalities.Add((code, p.Name, ci, p.Population));
            }
        }
        var missing = population.Keys.Except(municipalities.Select(x => x.Code), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            throw new InvalidDataException($"{Path.GetFileName(request.PopulationFile)}: {missing.Count} municipalities are not in {adminName} (e.g. {string.Join(", ", missing.Take(5))}); give an admin file with every municipality and its county.");

        if (request.CountiesFile is { } countiesFile) CheckCounties(countiesFile, counties, adminName, notices, ct);
        var index = new PlaceNameIndex(municipalities.Select(x => x.Name).ToList(), counties.Select(x => x.Name).ToList());
        return new Places(municipalities, counties, index);
    }

    /// <summary>The county polygons' codes and names (properties code and name) must be the admin file's counties.</summary>
    private static void CheckCounties(string path, List<(string Code, string Name)> counties, string adminName, List<string> notices, CancellationToken ct)
    {
        using var reader = FeatureReaders.Open(path);
        int code = Column(reader, "code"), name = Column(reader, "name");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var byCode = counties.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        foreach (var row in reader.Read(ct))
        {
            var c = row.Span(code).Trim().ToString();
            var n = row.Text(name).Trim();
            if (!byCode.TryGetValue(c, out var adminCounty))
                throw new InvalidDataException($"{reader.FileName}, feature {row.Row}: county code '{c}' ({n}) is not a county of {adminName} ({string.Join(", ", byCode.Keys.Order(StringComparer.Ordinal))}).");
            var a = PlaceNameIndex.Normalise(adminCounty);
            var b = PlaceNameIndex.Normalise(n);
            if (a != b && a != b + " län")
                throw new InvalidDataException($"{reader.FileName}, feature {row.Row}: county {c} is called '{n}' there and '{adminCounty}' in {adminName}; the files disagree.");
            seen.Add(c);
        }
        var absent = byCode.Keys.Where(c => !seen.Contains(c)).Order(StringComparer.Ordinal).ToList();
        if (absent.Count > 0)
            throw new InvalidDataException($"{reader.FileName}: counties {string.Join(", ", absent)} of {adminName} have no feature; the files disagree.");
        notices.Add($"Counties: the {seen.Count} codes and names of {reader.FileName} agree with {adminName}.");
    }

    private static string MunicipalityCode(ReadOnlySpan<char> text, string file, long row, string field)
    {
        var t = text.Trim();
        if (t.Length is < 3 or > 4 || t.ContainsAnyExceptInRange('0', '9'))
            throw new InputFormatException(file, row, $"{field} '{t}' is not a four-digit municipality code (e.g. 0114, 2580).");
        return t.Length == 3 ? "0" + t.ToString() : t.ToString();
    }

    private static int Column(IFeatureReader reader, string name)
    {
        for (var i = 0; i < reader.Fields.Count; i++)
            if (string.Equals(reader.Fields[i].Trim(), name, StringComparison.OrdinalIgnoreCase)) return i;
        throw new InvalidDataException($"{reader.FileName}: column '{name}' is missing; its columns are {string.Join(", ", reader.Fields)}.");
    }

    // ---------------------------------------------------------------- counting

    /// <summary>The events counted: per year, per slot (municipality i, or county j at Municipalities + j) × group.</summary>
    internal sealed class Counts
    {
        public long RowsRead, RowsUsed, CountyLevel;
        public int MunicipalitiesWithEvents;
        public string? Sha256;
        public DateOnly First = DateOnly.MaxValue, Last = DateOnly.MinValue;
        public readonly Dictionary<int, int[]> ByYear = [];
        public readonly Dictionary<int, long> ByMonth = []; // year * 100 + month → events used
        public readonly List<string> Groups = [];
        public readonly Dictionary<string, long> LeftOut = new(StringComparer.Ordinal)
        {
            ["invalid_datetime"] = 0, ["empty_location"] = 0, ["unmatched_location"] = 0, ["unmapped_type"] = 0,
        };
        public readonly Dictionary<string, long> UnmatchedLocations = new(StringComparer.Ordinal);
        public readonly Dictionary<string, long> UnmappedTypes = new(StringComparer.Ordinal);
        public readonly List<(string Name, string Kind, long Rows)> Normalised = [];
    }

    /// <summary>Most main groups the taxonomy can have (the slots per place are this many plus the total).</summary>
    private static int GroupSlots => CategoryTaxonomy.BuiltIn.All.Count(c => c.IsMainGroup) + 1;

    private static Counts CountEvents(string path, Geo.Import.Profiles.MappingProfile profile, SourceMapping mapping, TimeZoneInfo timeZone, Places places, CancellationToken ct)
    {
        var counts = new Counts();
        var mainGroups = CategoryTaxonomy.BuiltIn.All.Where(c => c.IsMainGroup).Select(c => c.Code).ToList();
        var groupIndex = mainGroups.Select((g, i) => (g, i)).ToDictionary(x => x.g, x => x.i, StringComparer.Ordinal);
        var slots = GroupSlots;
        var totalSlot = slots - 1;
        var placesCount = places.Municipalities.Count + places.Counties.Count;
        var parser = new DateTimeParser(profile.DateFormats);
        var typeCache = new Dictionary<string, (int Group, bool Total)?>(StringComparer.Ordinal);
        var typeLookup = typeCache.GetAlternateLookup<ReadOnlySpan<char>>();
        var placeCache = new Dictionary<string, PlaceMatch>(StringComparer.Ordinal);
        var placeLookup = placeCache.GetAlternateLookup<ReadOnlySpan<char>>();
        var exactNames = new HashSet<string>(places.Municipalities.Select(x => x.Name).Concat(places.Counties.Select(x => x.Name)), StringComparer.Ordinal);
        var exactLookup = exactNames.GetAlternateLookup<ReadOnlySpan<char>>();
        var normalisedRows = new Dictionary<string, long>(StringComparer.Ordinal);
        var used = new bool[mainGroups.Count];
        int[]? current = null;
        var currentYear = int.MinValue;

        using var reader = FeatureReaders.Open(path);
        int dt = Column(reader, profile.DateColumn ?? "datetime"), type = Column(reader, profile.CategoryColumn ?? "type"), loc = Column(reader, LocationColumn);
        foreach (var row in reader.Read(ct))
        {
            counts.RowsRead++;
            if (!parser.TryParse(row.Span(dt), out var time))
            {
                counts.LeftOut["invalid_datetime"]++;
                continue;
            }
            var utc = time.Offset is { } offset ? DateTime.SpecifyKind(time.Value - offset, DateTimeKind.Utc) : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(time.Value, DateTimeKind.Unspecified), timeZone);
            var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, timeZone));
            if (local < counts.First) counts.First = local;
            if (local > counts.Last) counts.Last = local;

            var locText = row.Span(loc).Trim();
            if (locText.IsEmpty)
            {
                counts.LeftOut["empty_location"]++;
                continue;
            }
            if (!placeLookup.TryGetValue(locText, out var place))
            {
                var s = locText.ToString();
                place = places.Index.Match(s);
                placeCache[s] = place;
            }
            if (place.Kind == PlaceKind.None)
            {
                counts.LeftOut["unmatched_location"]++;
                var s = locText.ToString();
                counts.UnmatchedLocations[s] = counts.UnmatchedLocations.GetValueOrDefault(s) + 1;
                continue;
            }

            var typeText = row.Span(type).Trim();
            if (!typeLookup.TryGetValue(typeText, out var g))
            {
                var s = typeText.ToString();
                g = mapping.TryMap(s, out var category) ? (groupIndex[ReferenceGroups.GroupOf(category)], ReferenceGroups.CountsInTotal(category)) : null;
                typeCache[s] = g;
            }
            if (g is not { } group)
            {
                counts.LeftOut["unmapped_type"]++;
                var s = typeText.ToString();
                counts.UnmappedTypes[s] = counts.UnmappedTypes.GetValueOrDefault(s) + 1;
                continue;
            }

            if (local.Year != currentYear)
            {
                currentYear = local.Year;
                if (!counts.ByYear.TryGetValue(currentYear, out current)) counts.ByYear[currentYear] = current = new int[placesCount * slots];
            }
            var slot = place.Kind == PlaceKind.Municipality ? place.Index : places.Municipalities.Count + place.Index;
            current![slot * slots + group.Group]++;
            if (group.Total) current[slot * slots + totalSlot]++;
            used[group.Group] = true;
            counts.RowsUsed++;
            var month = local.Year * 100 + local.Month;
            counts.ByMonth[month] = counts.ByMonth.GetValueOrDefault(month) + 1;
            if (place.Kind == PlaceKind.County) counts.CountyLevel++;
            if (!exactLookup.Contains(locText))
            {
                var s = locText.ToString();
                normalisedRows[s] = normalisedRows.GetValueOrDefault(s) + 1;
            }
        }
        counts.Sha256 = reader.Sha256;
        for (var i = 0; i < mainGroups.Count; i++) if (used[i]) counts.Groups.Add(mainGroups[i]);
        foreach (var (name, rows) in normalisedRows)
        {
            var p = placeCache[name];
            var target = p.Kind == PlaceKind.Municipality ? places.Municipalities[p.Index].Name : places.Counties[p.Index].Name;
            counts.Normalised.Add((name, $"{(p.Kind == PlaceKind.Municipality ? "municipality" : "county")} {target} in", rows));
        }
        var withEvents = new bool[places.Municipalities.Count];
        foreach (var arr in counts.ByYear.Values)
            for (var i = 0; i < withEvents.Length; i++)
                for (var k = 0; k < slots; k++)
                    if (arr[i * slots + k] > 0) withEvents[i] = true;
        counts.MunicipalitiesWithEvents = withEvents.Count(x => x);
        if (counts.RowsUsed == 0)
            throw new InvalidDataException($"{reader.FileName}: none of its {counts.RowsRead:N0} rows could be counted ("
                                           + string.Join(", ", counts.LeftOut.Where(kv => kv.Value > 0).Select(kv => $"{kv.Key} {kv.Value:N0}")) + ").");
        return counts;
    }

    private static List<ReferenceRateRow> BuildRates(Places places, Counts counts, out IReadOnlyList<int> years,
        out IReadOnlyDictionary<int, int> daysCovered, out IReadOnlyList<string> groups)
    {
        var slots = GroupSlots;
        var totalSlot = slots - 1;
        var mainGroups = CategoryTaxonomy.BuiltIn.All.Where(c => c.IsMainGroup).Select(c => c.Code).ToList();
        var groupSlots = counts.Groups.Select(g => (Code: g, Slot: mainGroups.IndexOf(g))).Append((Code: ReferenceGroups.Total, Slot: totalSlot)).ToList();
        var yearList = Enumerable.Range(counts.First.Year, counts.Last.Year - counts.First.Year + 1).ToList();
        var days = new SortedDictionary<int, int>();
        foreach (var y in yearList)
        {
            var from = y == counts.First.Year ? counts.First : new DateOnly(y, 1, 1);
            var to = y == counts.Last.Year ? counts.Last : new DateOnly(y, 12, 31);
            days[y] = to.DayNumber - from.DayNumber + 1;
        }
        var m = places.Municipalities.Count;
        var countyPopulation = new int[places.Counties.Count];
        foreach (var x in places.Municipalities) countyPopulation[x.County] += x.Population;
        var swedenPopulation = places.Municipalities.Sum(x => x.Population);
        var rows = new List<ReferenceRateRow>((m + places.Counties.Count + 1) * yearList.Count * groupSlots.Count);
        foreach (var y in yearList)
        {
            var arr = counts.ByYear.GetValueOrDefault(y) ?? new int[(m + places.Counties.Count) * slots];
            var d = days[y];
            var countyEvents = new int[places.Counties.Count * slots];
            for (var j = 0; j < places.Counties.Count; j++)
                for (var k = 0; k < slots; k++) countyEvents[j * slots + k] = arr[(m + j) * slots + k];
            for (var i = 0; i < m; i++)
            {
                var mu = places.Municipalities[i];
                for (var k = 0; k < slots; k++) countyEvents[mu.County * slots + k] += arr[i * slots + k];
                foreach (var (code, slot) in groupSlots)
                    rows.Add(Rate("municipality", mu.Code, mu.Name, places.Counties[mu.County].Code, y, code, arr[i * slots + slot], mu.Population, d));
            }
            var sweden = new int[slots];
            for (var j = 0; j < places.Counties.Count; j++)
            {
                var c = places.Counties[j];
                for (var k = 0; k < slots; k++) sweden[k] += countyEvents[j * slots + k];
                foreach (var (code, slot) in groupSlots)
                    rows.Add(Rate("county", c.Code, c.Name, c.Code, y, code, countyEvents[j * slots + slot], countyPopulation[j], d));
            }
            foreach (var (code, slot) in groupSlots)
                rows.Add(Rate("country", CountryCode, "Sverige", null, y, code, sweden[slot], swedenPopulation, d));
        }
        years = yearList;
        daysCovered = days;
        groups = groupSlots.Select(g => g.Code).ToList();
        return rows;
    }

    /// <summary>A rate row: per_100000 = events / population × 100,000; per_100000_year = per_100000 × days in the year / days covered.</summary>
    internal static ReferenceRateRow Rate(string level, string code, string name, string? county, int year, string group, int events, int population, int daysCovered)
    {
        var per = events / (double)population * 1e5;
        return new ReferenceRateRow(level, code, name, county, year, group, events, population, daysCovered, per, per * DaysIn(year) / daysCovered);
    }
}
