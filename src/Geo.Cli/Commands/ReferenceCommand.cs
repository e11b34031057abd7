using System.CommandLine;
using System.Globalization;
using Geo.Cli.Output;
using Geo.Planning.Reference;

namespace Geo.Cli.Commands;

/// <summary>
/// <c>geo reference load --events FILE --population FILE --admin FILE [--counties FILE] [--json]</c> and
/// <c>geo reference show --municipality CODE [--year Y] [--lang sv|en] [--json]</c>: the national reference table.
/// </summary>
public static class ReferenceCommand
{
    public static Command Build()
    {
        var cmd = new Command("reference",
            "The national reference table: events of the police's public event feed per 100,000 residents per year and\n" +
            "category group for every municipality, county and Sweden (the lägesbild's reference values).");
        cmd.Subcommands.Add(Load());
        cmd.Subcommands.Add(Show());
        return cmd;
    }

    private static Command Load()
    {
        var events = new Option<string>("--events") { Description = "The police's public event feed (CSV: id, datetime, type, name, summary, location_name, lat, lon, url), e.g. polisen_events_2022_2026.csv.", Required = true };
        var population = new Option<string>("--population") { Description = "SCB's population per municipality (CSV: kommun_kod, kommun_namn, population), e.g. scb_municipality_population_2024.csv.", Required = true };
        var admin = new Option<string>("--admin") { Description = "Municipalities and their counties (CSV: municipality_code, municipality_name, county_code, county_name).", Required = true };
        var counties = new Option<string?>("--counties") { Description = "County polygons (GeoJSON with properties code and name, e.g. lan_wgs84.geojson): their codes and names are checked against --admin." };
        var populationYear = new Option<int>("--population-year") { Description = "Year of the population figures, used for every year of the feed.", DefaultValueFactory = _ => 2024 };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var load = new Command("load",
            "Count the feed's events per municipality, county and Sweden, per year (Europe/Stockholm) and category group, and\n" +
            "replace the reference table (one transaction). The feed's free text (name, summary, url) is never stored.")
            { events, population, admin, counties, populationYear, json };
        load.SetAction(async (p, ct) =>
        {
            var request = new ReferenceLoadRequest(p.GetValue(events)!, p.GetValue(population)!, p.GetValue(admin)!, p.GetValue(counties), p.GetValue(populationYear));
            await using var geo = await CliServices.OpenAsync(ct);
            var r = await geo.Get<ReferenceService>().LoadAsync(request, new SyncProgress(Terminal.Log), ct);
            foreach (var n in r.Notices) Terminal.Notice(n);
            if (p.GetValue(json)) { Json.Write(r); return 0; }

            var summary = Tables.Create("", "value");
            summary.Row("rows read", $"{r.RowsRead:N0}");
            summary.Row("rows used", $"{r.RowsUsed:N0}");
            foreach (var (reason, rows) in r.RowsLeftOut) summary.Row("left out: " + reason.Replace('_', ' '), $"{rows:N0}");
            summary.Row("events at county level only", $"{r.CountyLevelEvents:N0}");
            summary.Row("municipalities (with events)", $"{r.Municipalities:N0} ({r.MunicipalitiesWithEvents:N0})");
            summary.Row("counties", $"{r.Counties:N0}");
            summary.Row("years (days covered)", string.Join(", ", r.Years.Select(y => $"{y} ({r.DaysCovered[y]})")));
            summary.Row("category groups", string.Join(", ", r.CategoryGroups));
            summary.Row("rates written", $"{r.RatesWritten:N0}");
            summary.Row("seconds", $"{r.Seconds:F2}");
            foreach (var (step, seconds) in r.StepSeconds) summary.Row("  " + step, $"{seconds:F2}");
            Tables.Write($"Reference table of {r.Source} loaded from {r.EventsFile} ({r.FirstDate:yyyy-MM-dd} to {r.LastDate:yyyy-MM-dd}), population {r.PopulationYear}", summary);
            Names("Location names that are no municipality or county (left out)", r.UnmatchedLocations);
            Names("Event types without a category in the polisen mapping (left out)", r.UnmappedTypes);
            return 0;
        });
        return load;
    }

    private static void Names(string heading, IReadOnlyList<ReferenceNameCount> names)
    {
        if (names.Count == 0) return;
        var table = Tables.Create("name", ">rows");
        foreach (var n in names.Take(15)) table.Row(n.Name, $"{n.Rows:N0}");
        Tables.Write($"{heading}: {names.Count}{(names.Count > 15 ? ", the 15 most frequent" : "")}", table);
    }

    private static Command Show()
    {
        var municipality = new Option<string>("--municipality") { Description = "Municipality code, e.g. 2580 (Luleå).", Required = true };
        var year = new Option<int?>("--year") { Description = "Year to compare (default: the latest year the feed covers fully)." };
        var lang = new Option<string>("--lang") { Description = "Language of the group labels and numbers: sv (Swedish, decimal comma) or en (English). --json carries both labels.", DefaultValueFactory = _ => "sv" };
        lang.AcceptOnlyFromAmong("sv", "en");
        var json = new Option<bool>("--json") { Description = "Print the comparison as JSON." };
        var show = new Command("show",
            "A municipality's events per 100,000 residents per year against its county, Sweden and the 10 municipalities\n" +
            "nearest in population (their median), per category group and in total (crimes).") { municipality, year, lang, json };
        show.SetAction(async (p, ct) =>
        {
            await using var geo = await CliServices.OpenAsync(ct);
            var c = await geo.Get<ReferenceService>().GetComparisonAsync(p.GetValue(municipality)!, p.GetValue(year), ct);
            if (c is null)
            {
                Console.Error.WriteLine("error: no reference table is loaded: geo reference load --events FILE --population FILE --admin FILE");
                return Errors.Failure;
            }
            foreach (var n in c.Notices) Terminal.Notice(n);
            if (p.GetValue(json)) { Json.Write(c); return 0; }
            var english = p.GetValue(lang) == "en";
            var culture = english ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("sv-SE");
            string F(double v) => v.ToString("N1", culture);
            string R(double? v) => v is { } x ? x.ToString("N2", culture) : "–";
            var table = Tables.Create(english ? "group" : "grupp", english ? ">events" : ">händelser", ">" + c.Municipality.Name, ">" + c.County.Name, ">" + (english ? "Sweden" : "Sverige"),
                ">" + (english ? "similar (median)" : "liknande (median)"), ">" + (english ? "× Sweden" : "× Sverige"));
            foreach (var g in c.Groups)
                table.Row(english ? g.LabelEn : g.LabelSv, g.Events.ToString("N0", culture), F(g.Municipality), F(g.County), F(g.Sweden), F(g.SimilarMedian), R(g.RatioToSweden));
            Tables.Write($"{c.Municipality.Code} {c.Municipality.Name} ({c.Municipality.Population.ToString("N0", culture)}), {c.County.Name}: "
                         + (english ? $"{c.Source} events per 100,000 residents in {c.Year}" : $"{c.Source}-händelser per 100 000 invånare {c.Year}")
                         + (c.FullYear ? "" : english ? $" (scaled from {c.DaysCovered} days)" : $" (uppräknat från {c.DaysCovered} dagar)"), table);
            Console.WriteLine((english ? "Similar municipalities: " : "Liknande kommuner: ")
                              + string.Join(", ", c.Similar.Select(s => $"{s.Name} ({s.Population.ToString("N0", culture)})")));
            return 0;
        });
        return show;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and interleave with the table).</summary>
    private sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
