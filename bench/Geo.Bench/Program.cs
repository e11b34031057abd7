using Geo.Bench;

// Benchmarks run on demand (not in CI): they print figures and ratios.
//   dotnet run -c Release --project bench/Geo.Bench -- import [--rows N] [--keep]
return args.FirstOrDefault() switch
{
    "import" => await ImportBenchmark.RunAsync(args[1..]),
    "import-profile" => await ImportProfileBenchmark.RunAsync(args[1..]),
    "generate" => ImportBenchmark.Generate(args[1..]),
    "sample" => SampleBenchmark.Run(args[1..]),
    "stats" => StatsBenchmark.Run(args[1..]),
    "spdep-grids" => SpdepGridExport.Run(args[1..]),
    "clip" => ClipBenchmark.Run(args[1..]),
    "lattice" => LatticeBenchmark.Run(args[1..]),
    "lattice-profile" => LatticeProfile.Run(args[1]),
    "reference" => await ReferenceBenchmark.RunAsync(args[1..]),
    "analyze" => await AnalyzeBenchmark.RunAsync(args[1..]),
    "mapdraw" => await MapDrawBenchmark.RunAsync(args[1..]),
    "export" => await ExportBenchmark.RunAsync(args[1..]),
    "export-child" => await ExportBenchmark.ChildAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Geo benchmarks
          import [--rows N] [--file PATH] [--no-psql]
                                            import N generated incidents (default 1,000,000) with Geo and with
                                            psql \copy + INSERT ... ST_MakePoint; prints rows/s, ratio, peak memory
          import-profile --file F --profile P --boundary B [--crs EPSG:N] [--time-zone Z] [--runs N]
                         [--map-only N | --copy-only N]
                                            where the time of a profile-mapped import goes: hash, read, map, COPY,
                                            each merge statement, commit; then the whole import and a re-import
                                            (--map-only / --copy-only: only read + map, or read + map + COPY, N times)
          generate --rows N --out PATH      write the generated incident CSV only
          sample [--incidents-per-year N] [--years N] [--out DIR]
                                            generate a large sample municipality (default 200,000/year × 5):
                                            time, incidents/s and peak memory (constant in the volume)
          stats [--with-r] [--r-nsim N]     Gi*, local Moran, queen weights (100,000 cells) and Gaussian KDE vs spdep/spatstat
          clip [--old-sample N] [--write DIR]
                                            250 m grids clipped to a generated 100,000-vertex coast with 400 islands vs a
                                            64-vertex boundary of the same extent, and to an NYC-sized 77-polygon partition
          lattice [--runs N] [--no-r] [--r-nsim N] [--geo PATH/geo.dll]
                                            40,000-square GeoJSON lattice: the whole geo stats gistar --weights queen
                                            process (999 permutations) vs spdep localG_perm via Rscript, one run
          lattice-profile FILE              time reading, ReadValues, queen and Gi* in one process (field y)
          reference [--runs N] [--dir DIR] [--no-psql]
                                            the national reference table (geo reference load) from ../shared/data/sweden:
                                            seconds per step vs psql \copy + GROUP BY GROUPING SETS of the same counts
          analyze [--runs N] [--only sample|chicago] [--no-r] [--no-cli]
                                            geo analyze runs (database geo_bench_analyze): the sample (target < 3 s) and
                                            Chicago's aggravated assaults 2010-2019 on a 250 m grid (target < 10 s), seconds
                                            per step and the median of N runs (default 3), the whole ./geo analyze process
                                            once (each), and the run's statistical core in R (bench/spdep/analyze.R:
                                            spdep localG, poisson.test, Mann-Kendall and glm trends per area)
          mapdraw --url http://127.0.0.1:PORT --key KEY [--loads N] [--chromium PATH] [--timeout S] [--timeline]
                                            the map page's first full draw against a running geo serve (target < 1 s):
                                            headless Chromium opens /map/ N times (default 10, a fresh context each),
                                            enters the key, waits for window.geoFirstDraw; each time, the cold (first)
                                            load apart, median and p90 of the others, tile requests and bytes per draw
                                            (--timeline: each load's resource timings, from navigation start;
                                            GEO_BENCH_KEY may stand for --key)
          export [--side N] [--formats csv,geojson,gpkg,xlsx] [--no-gdal] [--no-coordinator] [--reuse] [--keep] [--prepare-only]
                 [--via cli|service] [--dir DIR]
                                            peak memory and time of geo export --what cells of a synthetic run of N × N
                                            100 m cells (default 1000: 1,000,000 rows; target < 200 MB peak) in each
                                            format, each export its own process under /usr/bin/time, and one coordinator
                                            export (suppression on); vs ogr2ogr converting Geo's GeoPackage to each format
                                            (database geo_bench_export; --keep or --prepare-only leave it, --reuse measures
                                            it again)
          spdep-grids --out DIR             the Vancouver and Chicago real-data grids (cell,column,row,count) for RealData/spdep/localg.R
        Uses GEO_DATABASE_URL, or the managed local cluster in GEO_HOME (default ./.geo).
        """);
    return 2;
}
