using System.CommandLine;
using Geo.Cli.Output;
using Geo.Core.Crs;
using Geo.Core.Domain;
using Geo.Import;
using Geo.Storage;
using Geo.Formats.Boundaries;

namespace Geo.Cli.Commands;

/// <summary><c>geo study-area add|list</c>.</summary>
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
        var add = new Command("add", "Create or replace a study area from a boundary file.") { code, name, boundary, crs, boundaryCrs, timeZone };
        add.SetAction(async (p, ct) =>
        {
            var srid = CrsRegistry.Parse(p.GetValue(crs)!);
            if (!CrsRegistry.IsMetric(srid)) throw new ArgumentException($"EPSG:{srid} is not a metric projected CRS; a study area needs one (e.g. EPSG:3006).");
            var zone = p.GetValue(timeZone)!;
            _ = TimeZoneInfo.FindSystemTimeZoneById(zone);
            var sourceSrid = p.GetValue(boundaryCrs) is { } bc ? CrsRegistry.Parse(bc) : (int?)null;
            var read = BoundaryReader.Read(p.GetValue(boundary)!, new BoundaryOptions(p.GetValue(code)!, sourceSrid, srid));
            foreach (var n in read.Notices) Terminal.Notice(n);
            var displayName = p.GetValue(name) ?? read.Name ?? p.GetValue(code)!;
            var studyArea = new StudyArea(p.GetValue(code)!, displayName, read.Boundary, srid, zone);
            await using var database = await Database.OpenAsync(ct);
            var result = await new StudyAreaStore(database).UpsertAsync(studyArea, ct);
            if (result.Repaired) Terminal.Notice("The boundary was not a valid polygon: repaired with ST_MakeValid.");
            Console.WriteLine($"Study area {studyArea.Code} {studyArea.Name} {(result.Created ? "created" : "replaced")}: {read.Boundary.Area / 1e6:N1} km², working CRS EPSG:{srid} ({CrsRegistry.Name(srid)}), time zone {zone}.");
            return 0;
        });

        var json = new Option<bool>("--json") { Description = "Print as JSON." };
        var list = new Command("list", "List study areas with their contents.") { json };
        list.SetAction(async (p, ct) =>
        {
            await using var database = await Database.OpenAsync(ct);
            var areas = await new StudyAreaStore(database).ListAsync(ct);
            if (p.GetValue(json)) { Json.Write(areas); return 0; }
            if (areas.Count == 0) Console.WriteLine("No study areas yet: geo study-area add CODE --boundary FILE");
            foreach (var a in areas)
                Console.WriteLine($"{a.Code,-8} {a.Name,-24} EPSG:{a.Srid,-6} {a.AreaKm2,10:N1} km²  {a.Incidents,10:N0} incidents {a.Resources,8:N0} resources {a.Areas,6:N0} areas");
            return 0;
        });

        cmd.Subcommands.Add(add);
        cmd.Subcommands.Add(list);
        return cmd;
    }
}
