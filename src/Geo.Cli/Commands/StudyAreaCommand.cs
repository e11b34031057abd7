using System.CommandLine;
using Geo.Cli.Output;
using Geo.Core.Domain;
using Geo.Planning.Exports.Release;
using Geo.Planning.StudyAreas;

namespace Geo.Cli.Commands;

/// <summary><c>geo study-area add|list|suppression</c>.</summary>
public static class StudyAreaCommand
{
    public static Command Build()
    {
        var cmd = new Command("study-area", "Create and list study areas (a municipality or any region with a metric working CRS).");

        var code = new Argument<string>("CODE") { Description = "Study area code, e.g. 2580 (Luleå)." };
        var name = new Option<string?>("--name") { Description = "Display name (default: the name in the boundary file)." };
        var boundary = new Option<string>("--boundary") { Description = "GeoJSON or GeoPackage with the boundary. With several features, the one whose code equals CODE is used.", Required = true };
        var crs = new Option<string>("--crs") { Description = "Working CRS of the study area (metric), e.g. EPSG:3006.", DefaultValueFactory = _ => "EPSG:3006" };
        var boundaryCrs = new Option<string?>("--boundary-crs") { Description = "CRS of the boundary file when it does not declare one (default EPSG:4326, as RFC 7946 says)." };
        var timeZone = new Option<string>("--time-zone") { Description = "IANA time zone for local times without offset.", DefaultValueFactory = _ => StudyArea.DefaultTimeZone };
        var replace = new Option<bool>("--replace") { Description = "Replace an existing study area's boundary, name, CRS and time zone (refused when loaded data would fall outside the new boundary)." };
        var dissolve = new Option<bool>("--dissolve") { Description = "Use every feature of the boundary file, unioned (e.g. a city drawn as precincts), instead of the one whose code is CODE." };
        var add = new Command("add", "Create a study area from a boundary file (or replace one with --replace).") { code, name, boundary, crs, boundaryCrs, timeZone, replace, dissolve };
        add.SetAction(async (p, ct) =>
        {
            var request = new StudyAreaAddRequest(p.GetValue(code)!, p.GetValue(boundary)!, p.GetValue(name), p.GetValue(crs)!, p.GetValue(boundaryCrs), p.GetValue(timeZone)!,
                p.GetValue(replace), p.GetValue(dissolve));
            await using var geo = await CliServices.OpenAsync(ct);
            var r = await geo.Get<StudyAreaService>().AddAsync(request, ct);
            foreach (var n in r.Notices) Terminal.Notice(n);
            if (r.Repaired) Terminal.Notice("The boundary was not a valid polygon: repaired with ST_MakeValid.");
            var sa = r.StudyArea;
            Console.WriteLine($"Study area {sa.Code} {sa.Name} {(r.Created ? "created" : "replaced")}: {r.AreaKm2:N1} km², working CRS EPSG:{sa.Srid} ({r.CrsName}), time zone {sa.TimeZone}.");
            return 0;
        });

        var json = new Option<bool>("--json") { Description = "Print as JSON." };
        var list = new Command("list", "List study areas with their contents.") { json };
        list.SetAction(async (p, ct) =>
        {
            await using var geo = await CliServices.OpenAsync(ct);
            var areas = await geo.Get<StudyAreaService>().ListAsync(ct);
            if (p.GetValue(json)) { Json.Write(areas); return 0; }
            if (areas.Count == 0)
            {
                Console.WriteLine("No study areas yet: geo study-area add CODE --boundary FILE");
                return 0;
            }
            var table = Tables.Create("code", "name", "CRS", ">km²", ">incidents", ">resources", ">areas");
            foreach (var a in areas) table.Row(a.Code, a.Name, $"EPSG:{a.Srid}", $"{a.AreaKm2:N1}", $"{a.Incidents:N0}", $"{a.Resources:N0}", $"{a.Areas:N0}");
            Tables.Write($"Study areas: {areas.Count}", table);
            return 0;
        });

        var suppressionCode = new Argument<string>("CODE") { Description = "Study area code." };
        var below = new Option<int?>("--below") { Description = "Set k: counts from 1 to k-1 are hidden from coordinator and partner (exports, the map, its API); 1 hides nothing. Default 5." };
        var lang = new Option<string>("--lang") { Description = "Language of the message: sv (Swedish, default) or en (English).", DefaultValueFactory = _ => "sv" };
        lang.AcceptOnlyFromAmong("sv", "en");
        var suppression = new Command("suppression", "Show or set the study area's suppression threshold k (counts from 1 to k-1 are hidden from every role but the analyst's).")
            { suppressionCode, below, lang };
        suppression.SetAction(async (p, ct) =>
        {
            var sa = p.GetValue(suppressionCode)!;
            var en = p.GetValue(lang) == "en";
            await using var geo = await CliServices.OpenAsync(ct);
            var releases = geo.Get<RunReleaseService>();
            if (p.GetValue(below) is { } set) await releases.SetSuppressBelowAsync(sa, set, ct);
            var k = await releases.SuppressBelowAsync(sa, ct);
            Console.WriteLine(k <= 1
                ? en ? $"Study area {sa}: k = {k}, no count is hidden." : $"Studieområde {sa}: k = {k}, inga antal döljs."
                : en ? $"Study area {sa}: k = {k}, counts from 1 to {k - 1} are hidden from coordinator and partner (with the counts that would reveal them)."
                     : $"Studieområde {sa}: k = {k}, antal från 1 till {k - 1} döljs för samordnare och partner (med de antal som skulle avslöja dem).");
            return 0;
        });

        cmd.Subcommands.Add(add);
        cmd.Subcommands.Add(list);
        cmd.Subcommands.Add(suppression);
        return cmd;
    }
}
