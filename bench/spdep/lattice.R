#!/usr/bin/env Rscript
# spdep side of the polygon-layer benchmark (`dotnet run -c Release --project bench/Geo.Bench -- lattice`): reads
# FOLDER/lattice.geojson (the 200 x 200 = 40,000-square lattice the C# benchmark writes), builds queen contiguity
# with poly2nb and include.self + nb2listw(style = "W") (untimed apart from the line it prints), then times
# localG_perm(y, nsim) single-threaded. Usage: Rscript lattice.R FOLDER [NSIM]. Prints name,seconds lines.
suppressPackageStartupMessages({ library(sf); library(spdep) })
args <- commandArgs(trailingOnly = TRUE)
folder <- args[1]
nsim <- if (length(args) >= 2) as.integer(args[2]) else 999L
invisible(set.coresOption(1L))
set.seed(42)
elapsed <- function(expr) system.time(expr)[["elapsed"]]
t_read <- elapsed(layer <- st_read(file.path(folder, "lattice.geojson"), quiet = TRUE))
t_nb <- elapsed({
  nb <- poly2nb(layer, queen = TRUE)
  lw_star <- nb2listw(include.self(nb), style = "W")
})
t_g <- elapsed(g <- localG_perm(layer$y, lw_star, nsim = nsim))
cat(sprintf("st_read,%.3f\n", t_read))
cat(sprintf("poly2nb+nb2listw,%.3f\n", t_nb))
cat(sprintf("localG_perm,%.3f\n", t_g * 999 / nsim))
cat(sprintf("links,%d\n", sum(card(nb))))
