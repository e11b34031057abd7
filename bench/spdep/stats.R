#!/usr/bin/env Rscript
# Times spdep on a 400 x 250 = 100,000-cell queen grid, single-threaded, on the y written by
# `dotnet run -c Release --project bench/Geo.Bench -- stats` (FOLDER/y.csv, row-major: row * 400 + column).
# Usage: Rscript stats.R FOLDER [NSIM]   (NSIM default 999; with fewer, the perm times are scaled to 999)
# Prints name,seconds lines.
suppressPackageStartupMessages(library(spdep))
args <- commandArgs(trailingOnly = TRUE)
folder <- if (length(args) >= 1) args[1] else file.path(tempdir(), "geo-bench-stats")
nsim <- if (length(args) >= 2) as.integer(args[2]) else 999L
invisible(set.coresOption(1L))  # serial
set.seed(42)
y <- read.csv(file.path(folder, "y.csv"))$y
stopifnot(length(y) == 400 * 250)

elapsed <- function(expr) system.time(expr)[["elapsed"]]
scale <- 999 / nsim

t_weights <- elapsed({
  # cell2nb numbers cells column-major (id = (col - 1) * nrow + row), so cell2nb(400, 250) numbers cell
  # (column c, row r) of the C# 400-column grid as r * 400 + c + 1: exactly the order of y.csv.
  nb <- cell2nb(400, 250, type = "queen")
  lw <- nb2listw(nb, style = "W")
  lw_star <- nb2listw(include.self(nb), style = "W")
})
cat(sprintf("weights,%.3f\n", t_weights))

t_g <- elapsed(g <- localG_perm(y, lw_star, nsim = nsim))
cat(sprintf("localG_perm,%.3f\n", t_g * scale))
t_m <- elapsed(m <- localmoran_perm(y, lw, nsim = nsim))
cat(sprintf("localmoran_perm,%.3f\n", t_m * scale))
cat(sprintf("# nsim=%d (perm times scaled by %.3f); localG_perm raw %.3f s, localmoran_perm raw %.3f s\n", nsim, scale, t_g, t_m))
