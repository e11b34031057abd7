using System.CommandLine;
using Geo.Analysis.Grids;
using Geo.Core.Text;
using Geo.Planning.Stats;

namespace Geo.Cli.Commands.Stats;

/// <summary>--cell-size M|auto, --shape square|hex and --boundary FILE: counting point events on a grid clipped to a boundary.</summary>
internal sealed class GridModeOptions
{
    public readonly Option<string?> CellSize;
    public readonly Option<string> Shape = new("--shape") { Description = "Grid cell shape: square or hex (pointy-top hexagons; the size is their flat-to-flat width).", DefaultValueFactory = _ => "square" };
    public readonly Option<FileInfo?> Boundary = new("--boundary") { Description = "GeoJSON polygon(s) the grid is clipped to (default: the convex hull of the points); projected to the points' CRS when in degrees or another declared CRS." };

    /// <param name="optional">True for moran/gistar/lisa, where --cell-size switches grid mode on; false where a grid is always used.</param>
    public GridModeOptions(bool optional)
    {
        CellSize = new Option<string?>("--cell-size")
        {
            Description = optional
                ? "Grid mode: count the point events on square/hex cells of M metres, or 'auto' (about 5 events per cell, announced)."
                : "Cell size in metres, or 'auto' (about 5 events per cell, announced; the default).",
        };
        if (!optional) CellSize.DefaultValueFactory = _ => "auto";
    }

    public void AddTo(Command c)
    {
        c.Options.Add(CellSize); c.Options.Add(Shape); c.Options.Add(Boundary);
    }

    /// <summary>Whether grid mode is on; --shape/--boundary without --cell-size is a usage error.</summary>
    public bool IsOn(ParseResult p)
    {
        if (p.GetValue(CellSize) is not null) return true;
        if (p.GetResult(Boundary) is { Implicit: false } || p.GetResult(Shape) is { Implicit: false })
            throw new ArgumentException("--boundary and --shape apply to grid mode: add --cell-size M or --cell-size auto.");
        return false;
    }

    public GridRequest Request(ParseResult p) => new(
        Metres(p.GetValue(CellSize), "--cell-size"),
        p.GetValue(Shape)?.Trim().ToLowerInvariant() switch
        {
            "square" or null => GridShape.Square,
            "hex" or "hexagon" or "hexagonal" => GridShape.Hexagonal,
            var other => throw new ArgumentException($"--shape {other}: use square or hex."),
        },
        p.GetValue(Boundary)?.FullName);

    /// <summary>A positive number of metres, or null for 'auto'.</summary>
    public static double? Metres(string? text, string option)
    {
        var t = (text ?? "auto").Trim();
        if (t.Equals("auto", StringComparison.OrdinalIgnoreCase)) return null;
        return NumberText.TryParseDouble(t, out var v) && v > 0
            ? v : throw new ArgumentException($"{option} {t}: give a positive number of metres or 'auto'.");
    }
}
