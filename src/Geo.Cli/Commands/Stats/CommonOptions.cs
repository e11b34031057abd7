using System.CommandLine;
using Geo.Planning.Stats;

namespace Geo.Cli.Commands.Stats;

/// <summary>The options every spatial-autocorrelation sub-command (moran, gistar, lisa) offers.</summary>
internal sealed class CommonOptions
{
    public readonly Option<FileInfo> Input = new("--input") { Description = "GeoJSON (polygons or points) or CSV with x,y (or lon,lat) columns; longitude/latitude is projected to a metric CRS (see --crs).", Required = true };
    public readonly Option<string?> Field = new("--field") { Description = "Numeric field to analyse (required without --cell-size; in grid mode the sum of this field per cell, default: the number of points). Rows where it is empty, NA or NULL are left out and counted." };
    public readonly Option<string?> IdField = new("--id-field") { Description = "Field identifying each row (default: 1-based row number); also matches the ids of a GAL or GWT file." };
    public readonly Option<string> Weights = new("--weights") { Description = "queen | rook (polygons), knn:K | band:METRES (points; polygon centroids), or FILE.gal / FILE.gwt (GeoDa weights files). Default: queen for polygons, knn:8 for points; in grid mode queen (square cells; rook also possible) or the 6 hexagonal neighbours (hex cells), knn/band between cell centres." };
    public readonly Option<int> Permutations = new("--permutations") { Description = "Conditional/total permutations for pseudo p-values (0: none).", DefaultValueFactory = _ => 999 };
    public readonly Option<ulong> Seed = new("--seed") { Description = "Seed of the permutations (reproducible results).", DefaultValueFactory = _ => 42 };
    public readonly Option<bool> Json = new("--json") { Description = "Print JSON on stdout." };
    public readonly GridModeOptions Grid = new(optional: true);
    public readonly EventOptions Events = new(timeField: true);

    public void AddTo(Command c)
    {
        c.Options.Add(Input); c.Options.Add(Field); c.Options.Add(IdField); c.Options.Add(Weights);
        c.Options.Add(Permutations); c.Options.Add(Seed); c.Options.Add(Json);
        Events.AddTo(c);
    }

    /// <summary>The analysed layer: the file's rows, or in grid mode (--cell-size) the point events counted per grid cell.</summary>
    public LayerRequest Layer(ParseResult p) =>
        new(p.GetValue(Input)!.FullName, p.GetValue(Field), p.GetValue(IdField), Grid.IsOn(p) ? Grid.Request(p) : null, Events.Value(p));
}
