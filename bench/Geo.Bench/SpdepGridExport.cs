using System.Globalization;
using Geo.Analysis.Grids;
using Geo.Testing;
using NetTopologySuite.Geometries;

namespace Geo.Bench;

/// <summary>
/// <c>spdep-grids --out DIR</c>: builds the two real-data grids of the spdep <c>localG</c> comparison with Geo
/// (Vancouver 2020 all crime, 250 m squares; Chicago aggravated assaults 2010–2019, 500 m squares; inputs from
/// <see cref="RealDataGrids"/>) and writes per grid <c>cell,column,row,count</c> (cell = 0-based Geo index), the input of
/// tests/Geo.Analysis.Tests/RealData/spdep/localg.R. Regenerate the expected values with that folder's make_expected.sh.
/// </summary>
public static class SpdepGridExport
{
    public static int Run(string[] args)
    {
        var folder = Args.String(args, "--out");
        if (folder is null)
        {
            Console.Error.WriteLine("spdep-grids --out DIR");
            return 2;
        }
        Directory.CreateDirectory(folder);
        var (vb, vx, vy) = RealDataGrids.Vancouver2020();
        Write(Path.Combine(folder, "vancouver_250m.csv"), vb, RealDataGrids.VancouverCellSize, vx, vy);
        var (cb, cx, cy) = RealDataGrids.ChicagoAssaults();
        Write(Path.Combine(folder, "chicago_500m.csv"), cb, RealDataGrids.ChicagoCellSize, cx, cy);
        return 0;
    }

    private static void Write(string path, Geometry boundary, double cellSize, double[] x, double[] y)
    {
        var grid = HotspotGrid.Build(boundary, new GridOptions(cellSize, GridShape.Square));
        var counts = CellCounts.Count(grid, x, y);
        using var w = new StreamWriter(path);
        w.Write("cell,column,row,count\n");
        for (var i = 0; i < grid.Count; i++)
        {
            var (c, r) = grid.Cells[i];
            w.Write(string.Create(CultureInfo.InvariantCulture, $"{i},{c},{r},{counts.Counts[i]}\n"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: {grid.Count} cells of {cellSize} m, {x.Length - counts.OutsidePoints} of {x.Length} points inside, max count {counts.Counts.Max()}"));
    }
}
