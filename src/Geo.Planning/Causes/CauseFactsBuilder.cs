using Geo.Core.Taxonomy;
using Geo.Core.Time;
using Geo.Planning.Runs;

namespace Geo.Planning.Causes;

/// <summary>
/// Words the facts of one problem along the crime triangle in Swedish and English, lists what the data cannot say, and
/// proposes the hypotheses whose facts hold (the codes of docs/lagesbild.md, worded as questions, never as proven causes).
/// </summary>
internal static class CauseFactsBuilder
{
    private static readonly RunText Sv = RunText.For("sv");
    private static readonly RunText En = RunText.For("en");

    /// <summary>Groups whose evening peak suggests young people's free time (<c>youth_evenings</c>).</summary>
    private static readonly string[] YouthGroups = ["vandalism", "disorder", "drugs", "robbery", "violence"];

    /// <summary>Groups a transit node concentrates (<c>transit_node</c> support).</summary>
    private static readonly string[] TransitGroups = ["robbery", "theft", "violence", "disorder", "vandalism", "drugs"];

    private static readonly string[] ShopGroups = ["theft", "robbery", "vandalism"];
    private static readonly string[] HousingGroups = ["vandalism", "burglary", "disorder", "theft"];
    private static readonly string[] DrugEmerging = ["persistent_hot_spot", "consecutive_hot_spot", "intensifying_hot_spot"];
    private static readonly string[] ManagedTypes = ["licensed_premises", "shop", "housing_estate", "transit_stop", "school", "sports_facility"];

    /// <summary>Repeat share from which <c>repeat_targets</c> (and <c>drug_market</c>) hold.</summary>
    public const double RepeatThreshold = 0.25;

    /// <summary>An uncovered window besides the largest names the times of <c>uncovered_hours</c> from this share of incidents.</summary>
    public const double MainWindowShare = 0.2;

    /// <summary>Share of incidents at night or at the weekend from which <c>night_economy</c> holds without a night peak.</summary>
    public const double NightShareThreshold = 0.4;

    public static ProblemFacts Complete(ProblemFacts f, CauseProblem p)
    {
        var hours = new Dictionary<string, OpeningHours?>(StringComparer.Ordinal);
        OpeningHours? Hours(FactResource r)
        {
            if (r.OpeningHours is null) return null;
            if (!hours.TryGetValue(r.OpeningHours, out var h)) hours[r.OpeningHours] = h = OpeningHours.TryParse(r.OpeningHours, out var x, out _) ? x : null;
            return h;
        }
        var c = new Context(f, p, Hours);
        var triangle = new List<TriangleFact>();
        void Add(string side, FactText? text) { if (text is not null) triangle.Add(new TriangleFact(side, text)); }

        // The place: how much, against what, how it changes, when, and the risk facilities.
        Add(TriangleSide.Place, c.LevelFact);
        Add(TriangleSide.Place, c.ChangeFact);
        Add(TriangleSide.Place, c.TrendFact);
        Add(TriangleSide.Place, c.EmergingFact);
        Add(TriangleSide.Place, c.PeakFact);
        Add(TriangleSide.Place, c.CategoriesFact);
        foreach (var r in f.Resources.Where(r => r.Within && r.Role == "risk")) Add(TriangleSide.Place, c.ResourceFact(r));

        // The offender: what the data cannot say, and the time pattern it does show.
        Add(TriangleSide.Offender, T(t => t.Swedish
            ? "Underlaget säger inget om gärningspersonerna (vilka, hur många, ålder, återfall): Geo lagrar inga personuppgifter."
            : "The data say nothing about the offenders (who, how many, age, reoffending): Geo stores no personal data."));
        Add(TriangleSide.Offender, c.PatternFact);
        if (p.Untimed > 0 && p.Timed + p.Untimed > 0)
            Add(TriangleSide.Offender, T(t => t.Swedish
                ? $"{t.Percent(p.Untimed / (double)(p.Timed + p.Untimed))} av händelserna saknar klockslag och ingår inte i tidsmönstret."
                : $"{t.Percent(p.Untimed / (double)(p.Timed + p.Untimed))} of the incidents have no time of day and are not in the time pattern."));

        // The target: repeat places, shops, and what kind of target the group has.
        Add(TriangleSide.Target, c.RepeatFact);
        foreach (var r in f.Resources.Where(r => r.Within && r.Type == "shop").Take(3)) Add(TriangleSide.Target, c.ResourceFact(r));
        Add(TriangleSide.Target, TargetKind(f.CategoryGroup));

        // The place managers: owners of the places within the distance.
        var managed = f.Resources.Where(r => r.Within && ManagedTypes.Contains(r.Type)).Take(6).ToList();
        foreach (var r in managed)
            Add(TriangleSide.PlaceManager, T(t => t.Swedish
                ? $"Platsansvarig: {r.Name} ({Lower(t.Label(r.Type))}, {(r.Owner is null ? "ägare okänd i resursregistret" : "ägare " + r.Owner)}), {c.Where(t, r)}."
                : $"Place manager: {r.Name} ({Lower(t.Label(r.Type))}, {(r.Owner is null ? "owner unknown in the resource register" : "owner " + r.Owner)}), {c.Where(t, r)}."));
        if (managed.Count == 0)
            Add(TriangleSide.PlaceManager, T(t => t.Swedish
                ? $"Inga serveringsställen, butiker, hållplatser, skolor eller bostadsbolagsfastigheter inom {t.Whole(p.Coverage.DistanceMetres)} m i resursregistret: platsens ansvariga måste tas fram på annat sätt."
                : $"No licensed premises, shops, transit stops, schools or housing-company properties within {t.Whole(p.Coverage.DistanceMetres)} m in the resource register: the place's managers must be found otherwise."));

        // The handler: what the data cannot say about offenders' ties, and social services nearby.
        Add(TriangleSide.Handler, T(t => t.Swedish
            ? "Underlaget säger inget om gärningspersonernas band till föräldrar, skola eller socialtjänst; det kräver samverkan (t.ex. SSPF) utanför Geo."
            : "The data say nothing about the offenders' ties to parents, school or social services; that needs cooperation (e.g. SSPF) outside Geo."));
        foreach (var r in f.Resources.Where(r => r.Type == "social_services").Take(2)) Add(TriangleSide.Handler, c.ResourceFact(r));

        // The guardians: prevention resources and their hours against the peak, and the coverage gap.
        foreach (var r in f.Resources.Where(r => r.Role == "guardian")) Add(TriangleSide.Guardian, c.ResourceFact(r));
        if (!f.Resources.Any(r => r.Within && p.Coverage.Types.Contains(r.Type)) && !(f.TargetKind == "hotspot" && f.Coverage.Kind == "spatial"))
            Add(TriangleSide.Guardian, T(t => t.Swedish
                ? $"Ingen {t.Or(p.Coverage.Types.Select(t.Prevention).ToList())} inom {t.Whole(p.Coverage.DistanceMetres)} m."
                : $"No {t.Or(p.Coverage.Types.Select(t.Prevention).ToList())} within {t.Whole(p.Coverage.DistanceMetres)} m."));
        Add(TriangleSide.Guardian, c.GapFact);

        var ordered = TriangleSide.All.SelectMany(side => triangle.Where(x => x.Side == side)).ToList();
        return f with { MissingSources = Missing(f, p), Triangle = ordered, Hypotheses = Hypotheses(c) };
    }

    /// <summary>The hypotheses whose facts hold, most supported first (ties by code).</summary>
    private static List<CauseHypothesis> Hypotheses(Context c)
    {
        var f = c.Facts;
        var p = c.Problem;
        var list = new List<CauseHypothesis>();
        var group = f.CategoryGroup;
        var within = f.Resources.Where(r => r.Within).ToList();
        var when = f.Peak is { } pk ? new FactText(" " + pk.Text.Sv, " " + pk.Text.En) : new FactText("", "");
        var peakShares = p.PeakWindow is { } w && w.Share > w.SlotShare ? CauseTimes.OfWindow(w) : null;
        var nightShare = CauseTimes.Share(p.Profile, h => CauseTimes.In("night", h));
        var weekendShare = CauseTimes.Share(p.Profile, h => CauseTimes.In("weekend", h));
        var basics = new[] { c.PeakFact }.OfType<FactText>().ToList();

        // night_economy: licensed premises within the distance and a night or evening peak (or many incidents at night / weekends).
        var premises = within.Where(r => r.Type == "licensed_premises").ToList();
        var nightPeak = peakShares is not null && peakShares["night"] + peakShares["evening"] >= CauseTimes.WindowShare;
        if (premises.Count > 0 && (nightPeak || nightShare >= NightShareThreshold || weekendShare >= NightShareThreshold))
        {
            var names = Names(premises);
            var open = premises.Any(r => r.OpenAtPeak == true);
            var times = new[] { "night", "weekend", "evening" }.Where(x => f.Times.Contains(x) || (peakShares?[x] ?? 0) >= CauseTimes.WindowShare).ToList();
            if (times.Count == 0) times.Add("night");
            list.Add(Hypothesis(c, "night_economy", TriangleSide.Place,
                T(t => t.Swedish
                    ? $"Kan nattlivet kring {names} bidra till {Lower(t.Group(group))}{when.Sv}? Pröva om händelserna samlas kring serveringsställenas öppet- och stängningstider och vägarna därifrån."
                    : $"Could the night-time economy around {names} contribute to {Lower(t.Group(group))}{when.En}? Check whether the incidents cluster around the premises' opening and closing hours and the routes away from them."),
                [.. premises.Select(c.ResourceFact), .. basics], ["licensed_premises"], times,
                0.3 + (open ? 0.3 : 0) + 0.4 * Finite(nightShare)));
        }

        // transit_node: a transit stop within the distance.
        var stops = within.Where(r => r.Type == "transit_stop").ToList();
        if (stops.Count > 0)
            list.Add(Hypothesis(c, "transit_node", TriangleSide.Place,
                T(t => t.Swedish
                    ? $"Kan {(stops.Count == 1 ? "hållplatsen" : "hållplatserna")} {Names(stops)} som knutpunkt samla människor och tillfällen till {Lower(t.Group(group))}? Pröva om händelserna ligger vid hållplatsen och vid tider med mycket trafik."
                    : $"Could {(stops.Count == 1 ? "the transit stop" : "the transit stops")} {Names(stops)}, as a node where people gather, offer opportunities for {Lower(t.Group(group))}? Check whether the incidents lie at the stop and at its busy hours."),
                [.. stops.Select(c.ResourceFact), .. basics], ["transit_stop"], f.Times,
                0.3 + (stops.Any(s => s.Distance < 0.5) ? 0.2 : 0) + (TransitGroups.Contains(group) ? 0.2 : 0)));

        // school_time: a school within the distance and a daytime weekday pattern.
        var schools = within.Where(r => r.Type == "school").ToList();
        if (schools.Count > 0 && f.Times.Contains("daytime") && f.Times.Contains("weekday"))
        {
            var share = CauseTimes.Share(p.Profile, h => CauseTimes.In("daytime", h) && CauseTimes.In("weekday", h));
            list.Add(Hypothesis(c, "school_time", TriangleSide.Place,
                T(t => t.Swedish
                    ? $"Kan skoldagen vid {Names(schools)} hänga ihop med {Lower(t.Group(group))} dagtid på vardagar? Pröva om händelserna följer skoltider, raster och lov."
                    : $"Could the school day at {Names(schools)} be linked to the daytime weekday {Lower(t.Group(group))}? Check whether the incidents follow school hours, breaks and holidays."),
                [.. schools.Select(c.ResourceFact), .. basics], ["school"], ["daytime", "weekday", "school_term"],
                0.4 + (schools.Any(s => s.Distance < 0.5) ? 0.3 : 0) + 0.3 * Finite(share)));
        }

        // youth_evenings: an evening peak (18–23) in a youth-related group with no youth centre open then.
        var eveningPeak = p.PeakWindow is { } pw && pw.Share > pw.SlotShare
                          && Enumerable.Range(0, 168).Where(pw.Contains).DefaultIfEmpty(-1).Average(h => h >= 0 && h % 24 is >= 18 and < 23 ? 1.0 : 0.0) >= CauseTimes.WindowShare;
        var youthCentres = within.Where(r => r.Type == "youth_centre").ToList();
        if (YouthGroups.Contains(group) && eveningPeak && youthCentres.All(r => r.OpenAtPeak != true))
        {
            var share = CauseTimes.Share(p.Profile, h => h % 24 is >= 18 and < 23);
            var absent = youthCentres.Count == 0;
            list.Add(Hypothesis(c, "youth_evenings", TriangleSide.Offender,
                T(t => t.Swedish
                    ? $"Kan unga som saknar en öppen mötesplats{when.Sv} bidra till {Lower(t.Group(group))}? Pröva med fältarbetare och fritidsgård vilka som rör sig på platsen då."
                    : $"Could young people without an open meeting place{when.En} contribute to {Lower(t.Group(group))}? Check with field workers and the youth centre who is at the place then."),
                [.. youthCentres.Select(c.ResourceFact), .. basics, .. absent ? new[] { c.NoYouthCentre } : []], ["youth_centre"], ["evening", "weekend"],
                0.3 + 0.4 * Finite(share) + (absent ? 0.1 : 0.2)));
        }

        // uncovered_hours: a temporal coverage gap.
        var present = within.Where(r => p.Coverage.Types.Contains(r.Type)).Select(r => r.Type).Distinct().ToList();
        if (f.Coverage.Kind == "temporal")
        {
            // The main uncovered windows: the largest, and any other holding at least a fifth of the incidents.
            var windows = f.Coverage.Windows.Where((x, i) => i == 0 || x.Share >= MainWindowShare).ToList();
            var text = windows.Count == 0 ? new FactText("", "") : new FactText(" " + string.Join(", ", windows.Select(x => x.Text.Sv)), " " + string.Join(", ", windows.Select(x => x.Text.En)));
            var times = windows.SelectMany(x => CauseTimes.OfWindowOnly(new Geo.Analysis.Time.WeekWindow(x.FirstDay, x.LastDay, x.StartHour, x.EndHour, x.Share)))
                .Distinct().OrderBy(x => Array.IndexOf(CauseTimes.Codes, x)).ToList();
            list.Add(Hypothesis(c, "uncovered_hours", TriangleSide.Guardian,
                T(t => t.Swedish
                    ? $"Kan frånvaron av vuxna och förebyggande verksamhet{text.Sv} bidra till {Lower(t.Group(group))}? Pröva om öppettider, fältarbete eller polisens närvaro kan flyttas till de timmarna."
                    : $"Could the absence of adults and prevention services{text.En} contribute to {Lower(t.Group(group))}? Check whether opening hours, field work or police presence could move to those hours."),
                [.. new[] { c.GapFact }.OfType<FactText>(), .. within.Where(r => p.Coverage.Types.Contains(r.Type)).Select(c.ResourceFact)],
                present, times.Count > 0 ? times : f.Times, f.Coverage.UncoveredShare ?? 0.5));
        }

        // no_guardians: a spatial coverage gap.
        if (f.Coverage.Kind == "spatial")
        {
            var nearby = f.Resources.Any(r => p.Coverage.Types.Contains(r.Type) && r.Distance <= 2 * p.Coverage.DistanceMetres);
            list.Add(Hypothesis(c, "no_guardians", TriangleSide.Guardian,
                T(t => t.Swedish
                    ? $"Kan avståndet till förebyggande verksamhet (ingen {t.Or(p.Coverage.Types.Select(t.Prevention).ToList())} inom {t.Whole(p.Coverage.DistanceMetres)} m) göra att ingen vuxen finns där vid {Lower(t.Group(group))}? Pröva var och när fältarbete eller andra vuxna kan finnas på platsen."
                    : $"Could the distance to prevention services (no {t.Or(p.Coverage.Types.Select(t.Prevention).ToList())} within {t.Whole(p.Coverage.DistanceMetres)} m) mean that no adult is there at the {Lower(t.Group(group))}? Check where and when field workers or other adults could be present."),
                [.. new[] { c.GapFact }.OfType<FactText>(), .. f.Resources.Where(r => !r.Within && p.Coverage.Types.Contains(r.Type)).Select(c.ResourceFact)],
                f.PlaceTypes, f.Times, nearby ? 0.6 : 0.8));
        }

        // repeat_targets: many incidents at repeat places.
        if (f.RepeatShare is { } repeat && repeat >= RepeatThreshold)
            list.Add(Hypothesis(c, "repeat_targets", TriangleSide.Target,
                T(t => t.Swedish
                    ? $"Kan samma platser eller mål drabbas om och om igen ({t.Percent(repeat)} av händelserna sker på platser med upprepade händelser)? Pröva vilka adresser det gäller och vad de har gemensamt."
                    : $"Could the same places or targets be hit again and again ({t.Percent(repeat)} of the incidents are at places with repeat incidents)? Check which addresses these are and what they have in common."),
                [.. new[] { c.RepeatFact }.OfType<FactText>()], f.PlaceTypes, f.Times, Math.Min(1, RepeatThreshold + repeat)));

        // shop_targets: shops within the distance and theft, robbery or vandalism.
        var shops = within.Where(r => r.Type == "shop").ToList();
        if (shops.Count > 0 && ShopGroups.Contains(group))
            list.Add(Hypothesis(c, "shop_targets", TriangleSide.Target,
                T(t => t.Swedish
                    ? $"Kan {(shops.Count == 1 ? "butiken" : "butikerna")} {Names(shops)} vara mål som ger tillfällen till {Lower(t.Group(group))}? Pröva om händelserna sker i eller vid butikerna och under deras öppettider."
                    : $"Could {(shops.Count == 1 ? "the shop" : "the shops")} {Names(shops)} be targets that offer opportunities for {Lower(t.Group(group))}? Check whether the incidents happen in or at the shops and during their opening hours."),
                [.. shops.Take(3).Select(c.ResourceFact)], ["shop"], f.Times,
                0.4 + (shops.Any(s => s.Distance < 0.5) ? 0.3 : 0) + 0.3 * Math.Min(1, shops.Count / 3.0)));

        // housing_management: a housing company's property within the distance and vandalism, burglary, disorder or theft.
        var housing = within.Where(r => r.Type == "housing_estate").ToList();
        if (housing.Count > 0 && HousingGroups.Contains(group))
            list.Add(Hypothesis(c, "housing_management", TriangleSide.PlaceManager,
                T(t => t.Swedish
                    ? $"Kan skötseln av {Names(housing)} (belysning, låsning, snabb sanering, närvaro) påverka {Lower(t.Group(group))}? Pröva med bostadsbolaget var och när händelserna sker."
                    : $"Could the management of {Names(housing)} (lighting, locks, quick clean-up, presence) affect the {Lower(t.Group(group))}? Check with the housing company where and when the incidents happen."),
                [.. housing.Take(3).Select(c.ResourceFact)], ["housing_estate"], f.Times,
                0.4 + (housing.Any(s => s.Distance < 0.5) ? 0.3 : 0) + 0.3 * Math.Min(1, housing.Count / 3.0)));

        // drug_market: drugs in a lasting hotspot or at repeat places.
        var lasting = f.EmergingClass is { } ec && DrugEmerging.Contains(ec);
        var repeated = f.RepeatShare >= RepeatThreshold;
        if (group == "drugs" && (lasting || repeated))
            list.Add(Hypothesis(c, "drug_market", TriangleSide.Offender,
                T(t => t.Swedish
                    ? "Kan det finnas en etablerad försäljningsplats för narkotika här? Pröva med polisen om det rör sig om en öppen narkotikascen; narkotikabrott syns främst där polisen arbetar."
                    : "Could there be an established drug-dealing place here? Check with the police whether it is an open drug scene; drug offences show mainly where the police work."),
                [.. new[] { c.EmergingFact, c.RepeatFact }.OfType<FactText>()], f.PlaceTypes, f.Times,
                0.4 + (lasting ? 0.3 : 0) + (repeated ? 0.3 : 0)));

        return [.. list.OrderByDescending(h => h.Support).ThenBy(h => h.Code, StringComparer.Ordinal)];
    }

    private static CauseHypothesis Hypothesis(Context c, string code, string side, FactText text, IReadOnlyList<FactText> basedOn,
        IReadOnlyList<string> placeTypes, IReadOnlyList<string> times, double support) =>
        new(code, side, text, basedOn.Count > 0 ? basedOn : [c.LevelFact], [.. placeTypes], [.. times], Math.Round(Math.Clamp(support, 0, 1), 3));

    /// <summary>What the data cannot say about this problem.</summary>
    private static List<FactText> Missing(ProblemFacts f, CauseProblem p)
    {
        var list = new List<FactText>
        {
            T(t => t.Swedish
                ? "Gärningspersoner: inga uppgifter om vilka som begår brotten (ålder, antal, återfall, gäng); Geo lagrar inga personuppgifter. Polisens och socialtjänstens lägesbilder (t.ex. inom SSPF) kan säga mer."
                : "Offenders: no data on who commits the offences (age, number, reoffending, gangs); Geo stores no personal data. The police's and social services' own pictures (e.g. in SSPF) can tell more."),
            T(t => t.Swedish
                ? "Utsatthet och otrygghet: ingen trygghetsmätning och inte Nationella trygghetsundersökningen (NTU) för området; brott som inte anmäls och otrygghet syns inte."
                : "Victimisation and fear of crime: no local safety survey and not the National Crime Survey (NTU) for the place; unreported crime and fear of crime do not show."),
            T(t => t.Swedish
                ? "Ungas egna uppgifter: ingen ungdomsenkät (t.ex. Stockholmsenkäten eller LUPP); ungas utsatthet, risk- och skyddsfaktorer syns inte."
                : "Young people's own accounts: no youth survey (e.g. the Stockholm survey or LUPP); young people's victimisation, risk and protective factors do not show."),
            T(t => t.Swedish
                ? "Skolan: skolornas incident- och tillbudsrapporter ingår inte; det som händer i skolan utan polisanmälan syns inte."
                : "Schools: the schools' incident reports are not included; what happens at school without a police report does not show."),
            T(t => t.Swedish
                ? "Dold brottslighet: anmälningsbenägenheten skiljer sig mellan brottstyper, platser och grupper, så antalet anmälda händelser är inte antalet brott."
                : "Hidden crime: the propensity to report differs between offence types, places and groups, so the number of reported incidents is not the number of offences."),
        };
        var groupNote = f.CategoryGroup switch
        {
            "drugs" => T(t => t.Swedish
                ? "Narkotikabrott upptäcks främst genom polisens egna insatser: fler händelser kan betyda mer kontroll snarare än mer brott."
                : "Drug offences are mostly found by police activity: more incidents may mean more enforcement rather than more offending."),
            "violence" or "sexual" => T(t => t.Swedish
                ? "Våld i nära relationer, sexualbrott och våld mellan unga anmäls sällan; de anmälda händelserna visar främst det som sker offentligt."
                : "Domestic violence, sexual offences and violence among young people are seldom reported; the reported incidents show mainly what happens in public."),
            "vandalism" => T(t => t.Swedish
                ? "Skadegörelse anmäls ofta inte; kommunens och bostadsbolagens egna skadegörelserapporter (klotter, sanering) ingår bara om de har importerats."
                : "Vandalism is often unreported; the municipality's and housing companies' own damage reports (graffiti, clean-up) are included only when imported."),
            _ => null,
        };
        if (groupNote is not null) list.Add(groupNote);
        if (p.RunSources.Count > 0)
            list.Add(T(t => t.Swedish
                ? $"Körningen bygger på {(p.RunSources.Count == 1 ? "källan" : "källorna")} {string.Join(", ", p.RunSources)}; andra källor (t.ex. väktar- och ordningsvaktsrapporter, kollektivtrafikens störningsrapporter) ingår inte."
                : $"The run rests on the {(p.RunSources.Count == 1 ? "source" : "sources")} {string.Join(", ", p.RunSources)}; other sources (e.g. guard reports, public transport incident reports) are not included."));
        foreach (var s in p.SourcesWithoutRows)
            list.Add(T(t => t.Swedish ? $"Källan {s} har inga händelser under perioden." : $"The source {s} has no incidents in the period."));
        foreach (var s in p.SourcesMissing.Where(s => !p.SourcesWithoutRows.Contains(s)))
            list.Add(T(t => t.Swedish ? $"Källan {s} har inga händelser i området under perioden." : $"The source {s} has no incidents in the area in the period."));
        if (f.TargetKind == "hotspot")
            list.Add(T(t => t.Swedish
                ? "Händelser med ungefärlig eller skyddad plats (områdets mittpunkt, utan koordinat) ingår inte i en hot spot."
                : "Incidents with an approximate or withheld location (an area centroid, no coordinates) are not in a hotspot."));
        return list;
    }

    private static FactText? TargetKind(string group) => group switch
    {
        "violence" or "robbery" or "sexual" => T(t => t.Swedish
            ? "Målen är personer: underlaget säger inte vilka som utsätts (ålder, kön, relation till gärningspersonen)."
            : "The targets are people: the data do not say who is victimised (age, sex, relation to the offender)."),
        "theft" or "burglary" or "vandalism" or "fire" => T(t => t.Swedish
            ? "Målen är egendom: underlaget säger inte vilka föremål eller byggnader som drabbas utöver kategorin."
            : "The targets are property: the data do not say which objects or buildings are hit beyond the category."),
        _ => null,
    };

    internal static FactText T(Func<RunText, string> f) => new(f(Sv), f(En));

    internal static string Lower(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    internal static string Upper(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static double Finite(double x) => double.IsFinite(x) ? x : 0;

    private static string Names(IReadOnlyList<FactResource> list) =>
        string.Join(", ", list.Take(3).Select(r => r.Name)) + (list.Count > 3 ? ", …" : "");

    /// <summary>The facts of one problem worded once and reused by the triangle and the hypotheses.</summary>
    private sealed class Context
    {
        private readonly Func<FactResource, OpeningHours?> _hours;
        private readonly Dictionary<FactResource, FactText> _resourceFacts = [];

        public Context(ProblemFacts f, CauseProblem p, Func<FactResource, OpeningHours?> hours)
        {
            Facts = f;
            Problem = p;
            _hours = hours;
            LevelFact = Level(f);
            ChangeFact = Change(f);
            TrendFact = Trend(f);
            EmergingFact = f.EmergingClass is { } ec && ec != "no_pattern"
                ? T(t => t.Swedish ? $"Mönster över tid: {EmergingSv(ec)}." : $"Pattern over time: {ec.Replace("hot_spot", "hotspot").Replace('_', ' ')}.")
                : null;
            PeakFact = f.Peak is { } w && p.PeakWindow is { } pw
                ? T(t => t.Swedish
                    ? $"{t.Percent(w.Share)} av händelserna med känt klockslag sker {w.Text.Sv} (en jämn fördelning över veckan skulle ge {t.Percent(pw.SlotShare)})."
                    : $"{t.Percent(w.Share)} of the incidents with a known time happen {w.Text.En} (an even spread over the week would give {t.Percent(pw.SlotShare)}).")
                : null;
            CategoriesFact = p.Categories.Count > 0
                ? T(t => (t.Swedish ? "Brottstyper: " : "Offence types: ") + string.Join(", ", p.Categories.Take(4).Select(x =>
                    $"{Lower(CategoryTaxonomy.BuiltIn.Find(x.Category) is { } cat ? (t.Swedish ? cat.LabelSv : cat.LabelEn) : x.Category)} {t.Whole(x.Count)}")) + ".")
                : null;
            PatternFact = p.Profile is { } profile
                ? T(t =>
                {
                    var evening = CauseTimes.Share(profile, h => CauseTimes.In("evening", h));
                    var night = CauseTimes.Share(profile, h => CauseTimes.In("night", h));
                    var weekend = CauseTimes.Share(profile, h => CauseTimes.In("weekend", h));
                    return t.Swedish
                        ? $"Tidsmönster: {t.Percent(evening)} kväll (18–22), {t.Percent(night)} natt (22–06), {t.Percent(weekend)} helg (fre 18 – sön 24) av {t.Whole(p.Timed)} händelser med känt klockslag."
                        : $"Time pattern: {t.Percent(evening)} evening (18–22), {t.Percent(night)} night (22–06), {t.Percent(weekend)} weekend (Fri 18 – Sun 24) of {t.Whole(p.Timed)} incidents with a known time.";
                })
                : null;
            RepeatFact = f.RepeatShare is { } r
                ? T(t => t.Swedish
                    ? $"{t.Percent(r)} av händelserna sker på platser med minst två händelser i gruppen under perioden (upprepad utsatthet)."
                    : $"{t.Percent(r)} of the incidents are at places with at least two incidents of the group in the period (repeat victimisation).")
                : null;
            GapFact = Gap(f, p);
            NoYouthCentre = T(t => t.Swedish
                ? $"Ingen fritidsgård inom {t.Whole(p.Coverage.DistanceMetres)} m."
                : $"No youth centre within {t.Whole(p.Coverage.DistanceMetres)} m.");
        }

        public ProblemFacts Facts { get; }
        public CauseProblem Problem { get; }
        public FactText LevelFact { get; }
        public FactText? ChangeFact { get; }
        public FactText? TrendFact { get; }
        public FactText? EmergingFact { get; }
        public FactText? PeakFact { get; }
        public FactText? CategoriesFact { get; }
        public FactText? PatternFact { get; }
        public FactText? RepeatFact { get; }
        public FactText? GapFact { get; }
        public FactText NoYouthCentre { get; }

        private string PlaceWord(RunText t) => Facts.TargetKind == "hotspot" ? (t.Swedish ? "hot spoten" : "the hotspot") : (t.Swedish ? "området" : "the area");

        /// <summary>"i hot spoten" / "45 m från hot spoten" / "3 782 m från hot spoten (utanför 500 m)".</summary>
        public string Where(RunText t, FactResource r)
        {
            if (r.Distance < 0.5) return (t.Swedish ? "i " : "in ") + PlaceWord(t);
            var d = $"{t.Whole(r.Distance)} m {(t.Swedish ? "från" : "from")} {PlaceWord(t)}";
            return r.Within ? d : d + (t.Swedish ? $" (utanför {t.Whole(Problem.Coverage.DistanceMetres)} m)" : $" (beyond {t.Whole(Problem.Coverage.DistanceMetres)} m)");
        }

        /// <summary>"Nattklubb Midnattssol (serveringsställe) ligger 45 m från hot spoten och har öppet fre–lör 22–03, alltså under toppen fre–lör 22–04."</summary>
        public FactText ResourceFact(FactResource r)
        {
            if (_resourceFacts.TryGetValue(r, out var known)) return known;
            var hours = _hours(r);
            var peak = Problem.PeakWindow;
            var text = T(t =>
            {
                var label = Lower(t.Label(r.Type));
                var s = t.Swedish ? $"{r.Name} ({label}) ligger {Where(t, r)}" : $"{r.Name} ({label}) lies {Where(t, r)}";
                if (hours is not null && r.Type == "lighting") s += t.Swedish ? $" och är tänd {CauseTimes.Describe(hours, t.Lang)}" : $" and is lit {CauseTimes.Describe(hours, t.Lang)}";
                else if (hours is not null) s += t.Swedish ? $" och har öppet {CauseTimes.Describe(hours, t.Lang)}" : $" and is open {CauseTimes.Describe(hours, t.Lang)}";
                else if (r.OpeningHours is not null) s += t.Swedish ? $"; öppettiderna \"{r.OpeningHours}\" kan inte läsas" : $"; its opening hours \"{r.OpeningHours}\" cannot be read";
                else s += t.Swedish ? "; öppettider okända" : "; opening hours unknown";
                if (peak is not null && r.OpenAtPeak is { } open)
                {
                    var window = peak.Describe(t.Lang);
                    if (open) s += t.Swedish ? $", alltså under toppen {window}" : $", so during the peak {window}";
                    else
                    {
                        // When it closes on each day of the peak: "stänger 21 på torsdagar och 22 på fredagar, stängt på lördagar".
                        var days = Enumerable.Range(0, peak.Days).Select(k => (peak.FirstDay + k) % 7).ToList();
                        var closing = days.Select(d => (Day: d, Closes: CauseTimes.ClosingOn(hours!, d))).ToList();
                        var closes = closing.Where(x => x.Closes is not null)
                            .Select(x => t.Swedish ? $"{x.Closes} på {CauseTimes.DayPlural(x.Day, t.Lang)}" : $"{x.Closes} on {CauseTimes.DayPlural(x.Day, t.Lang)}").ToList();
                        var shut = closing.Where(x => x.Closes is null).Select(x => CauseTimes.DayPlural(x.Day, t.Lang)).ToList();
                        var and = t.Swedish ? " och " : " and ";
                        string Join(List<string> xs) => xs.Count <= 1 ? string.Concat(xs) : string.Join(", ", xs.Take(xs.Count - 1)) + and + xs[^1];
                        var parts = new List<string>();
                        if (closes.Count > 0) parts.Add((t.Swedish ? "stänger " : "closes at ") + Join(closes));
                        if (shut.Count > 0) parts.Add((t.Swedish ? "stängt på " : "closed on ") + Join(shut));
                        s += "; " + string.Join(", ", parts) + (t.Swedish ? $", alltså stängt under toppen {window}" : $", so closed during the peak {window}");
                    }
                }
                return s + ".";
            });
            _resourceFacts[r] = text;
            return text;
        }

        private static FactText Level(ProblemFacts f) => T(t =>
        {
            var g = t.Group(f.CategoryGroup);
            var place = t.Swedish ? f.Place.Sv : f.Place.En;
            var n = t.Whole(f.Incidents);
            var level = f.RelativeLevel is { } l
                ? f.TargetKind == "hotspot"
                    ? t.Swedish ? $", {t.Number(l)} gånger kommunens täthet" : $", {t.Number(l)} times the municipality's density"
                    : t.Swedish ? $", {t.Number(l)} gånger kommunens nivå" : $", {t.Number(l)} times the municipality's level"
                : "";
            var rate = f.RatePer1000 is { } r ? (t.Swedish ? $", {t.Number(r)} per 1 000 invånare" : $", {t.Number(r)} per 1,000 residents") : "";
            return t.Swedish
                ? $"{g}: {n} händelser i {place} under perioden{rate}{level}."
                : $"{g}: {n} incidents in {place} in the period{rate}{level}.";
        });

        private static FactText? Change(ProblemFacts f)
        {
            if (f.ChangeClass is null or "undefined" || f.IncidentsCompare is not { } before) return null;
            return T(t =>
            {
                var counts = $"{t.Whole(before)} → {t.Whole(f.Incidents)}";
                var ratio = f.RateRatio is { } r
                    ? t.Swedish
                        ? $"kvot {t.Number(r.Statistic, 2)}, 95 % KI {t.Number(r.Lower, 2)}–{t.Number(r.Upper, 2)}"
                        : $"ratio {t.Number(r.Statistic, 2)}, 95% CI {t.Number(r.Lower, 2)}–{t.Number(r.Upper, 2)}"
                    : "";
                return f.ChangeClass switch
                {
                    "significant_rise" => t.Swedish ? $"Ökning mot jämförelseperioden: {counts} händelser ({ratio}, signifikant)." : $"Rise against the comparison period: {counts} incidents ({ratio}, significant).",
                    "significant_fall" => t.Swedish ? $"Minskning mot jämförelseperioden: {counts} händelser ({ratio}, signifikant)." : $"Fall against the comparison period: {counts} incidents ({ratio}, significant).",
                    _ => t.Swedish ? $"Ingen signifikant förändring mot jämförelseperioden: {counts} händelser ({ratio})." : $"No significant change against the comparison period: {counts} incidents ({ratio}).",
                };
            });
        }

        private static FactText? Trend(ProblemFacts f) => f.TrendClass switch
        {
            "rising" or "falling" when f.TrendPercentPerYear is { } pct => T(t => t.Swedish
                ? $"Trend under perioden: {(pct >= 0 ? "ökande" : "minskande")} {t.Number(Math.Abs(pct), 0)} % per år (Mann–Kendall, signifikant)."
                : $"Trend in the period: {(pct >= 0 ? "rising" : "falling")} {t.Number(Math.Abs(pct), 0)}% a year (Mann–Kendall, significant)."),
            "no_trend" => T(t => t.Swedish ? "Ingen signifikant trend under perioden (Mann–Kendall)." : "No significant trend in the period (Mann–Kendall)."),
            _ => null,
        };

        private static FactText? Gap(ProblemFacts f, CauseProblem p)
        {
            var h = p.GapHotspot;
            if (h is null) return null;
            var prefix = f.TargetKind == "area" ? new FactText($"Hot spot {h.HotspotId} i området: ", $"Hotspot {h.HotspotId} in the area: ") : new FactText("", "");
            if (h.CoverageGap == "none")
                return h.UncoveredShare is { } u
                    ? T(t => Upper((t.Swedish ? prefix.Sv : prefix.En) + (t.Swedish
                        ? $"inget täckningsglapp: {t.Percent(1 - u)} av händelserna sker när någon {t.Or(p.Coverage.Types.Select(t.Prevention).ToList())} inom {t.Whole(p.Coverage.DistanceMetres)} m är öppen."
                        : $"no coverage gap: {t.Percent(1 - u)} of the incidents happen when a {t.Or(p.Coverage.Types.Select(t.Prevention).ToList())} within {t.Whole(p.Coverage.DistanceMetres)} m is open.")))
                    : null;
            return T(t => Upper((t.Swedish ? prefix.Sv + "täckningsglapp (" + (h.CoverageGap == "spatial" ? "rum" : "tid") + "): " : prefix.En + "coverage gap (" + h.CoverageGap + "): ")
                                + PriorityBuilder.GapText(t, h, p.Coverage) + "."));
        }

        private static string EmergingSv(string code) => code switch
        {
            "new_hot_spot" => "ny hot spot",
            "consecutive_hot_spot" => "på varandra följande hot spot",
            "intensifying_hot_spot" => "intensifierande hot spot",
            "persistent_hot_spot" => "ihållande hot spot",
            "diminishing_hot_spot" => "avtagande hot spot",
            "sporadic_hot_spot" => "sporadisk hot spot",
            "oscillating_hot_spot" => "oscillerande hot spot",
            "historical_hot_spot" => "historisk hot spot",
            _ => code.Replace('_', ' '),
        };
    }
}
