using System.CommandLine;

namespace Geo.Cli.Commands.Stats;

/// <summary>The options every spatial-autocorrelation sub-command (moran, gistar, lisa) offers.</summary>
internal sealed class CommonOptions
{
    public readonly Option<FileInfo> Input = new("--input") { Description = "GeoJSON (polygons or points) or CSV with x,y columns.", Required = true };
    public readonly Option<string?> Field = new("--field") { Description = "Numeric field to analyse (required without --cell-size; in grid mode the sum of this field per cell, default: the number of points)." };
    public readonly Option<string?> IdField = new("--id-field") { Description = "Field identifying each row (default: 1-based row number); also matches GAL ids." };
    public readonly Option<string> Weights = new("--weights") { Description = "queen | rook (polygons), knn:K | band:METRES (points; polygon centroids), or FILE.gal. Default: queen for polygons, knn:8 for points; in grid mode queen (square cells; rook also possible) or the 6 hexagonal neighbours (hex cells), knn/band between cell centres." };
    public readonly Option<int> Permutations = new("--permutations") { Description = "Conditional/total permutations for pseudo p-values (0: none).", DefaultValueFactory = _ => 999 };
    public readonly Option<ulong> Seed = new("--seed") { Description = "Seed of the permutations (reproducible results).", DefaultValueFactory = _ => 42 };
    public readonly Option<bool> Json = new("--json") { Description = "Print JSON on stdout." };

    public void AddTo(Command c)
    {
        c.Options.Add(Input); c.Options.Add(Field); c.Options.Add(IdField); c.Options.Add(Weights);
        c.Options.Add(Permutations); c.Options.Add(Seed); c.Options.Add(Json);
    }

    /// <summary>
    /// The analysed layer: the file's rows, or in grid mode (--cell-size) the grid cells with the count (or --field sum) of
    /// the point events in each; the grid is returned too.
    /// </summary>
    public (Layer Layer, GridLayer? Grid) Load(ParseResult p, GridModeOptions grid)
    {
        var input = p.GetValue(Input)!.FullName;
        var field = p.GetValue(Field);
        var idField = p.GetValue(IdField);
        if (!grid.IsOn(p))
        {
            if (field is null) throw new ArgumentException("--field NAME is required (or count point events on a grid with --cell-size M|auto).");
            return (Layer.Load(input, field, idField), null);
        }
        if (idField is not null) throw new ArgumentException("--id-field does not apply in grid mode: rows are identified by the cell index (0-based).");
        var options = grid.Options(p);
        var points = PointSet.Load(input, field, null);
        var g = GridLayer.Build(points, p.GetValue(grid.Boundary), options);
        return (g.AsLayer(field is null ? "count of points" : $"sum of {field}"), g);
    }

    public static int CheckPermutations(int permutations) =>
        permutations >= 0 ? permutations : throw new ArgumentException($"--permutations must be 0 or more, got {permutations}.");
}
