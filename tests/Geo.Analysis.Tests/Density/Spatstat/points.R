#!/usr/bin/env Rscript
# Point fixture for SpatstatDensityTests: 70 uniform points plus three Gaussian clusters of 30 (centres and standard
# deviations below) in the window [0, 2000] x [0, 1500] metres, drawn with a fixed seed and rounded to whole centimetres.
# Points outside the open window, or with a coordinate on a 50 m cell boundary (where Geo's floor binning and spatstat's
# nearest-pixel rounding could pick different cells), are dropped, so every point lies strictly inside one grid cell.
#
# Usage: Rscript points.R OUT_DIR    writes OUT_DIR/points.csv (x,y with two decimals: the exact values used).
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript points.R OUT_DIR")
out <- file.path(args[[1]], "points.csv")

RNGversion("4.2.0") # Mersenne-Twister, Inversion, Rejection: the draws are stable across R >= 3.6
set.seed(20240611)
background <- cbind(runif(70, 0, 2000), runif(70, 0, 1500))
clusters <- list(c(500, 400, 120), c(1400, 1000, 80), c(1700, 300, 150)) # x, y, sd in metres
p <- rbind(background, do.call(rbind, lapply(clusters, function(k) cbind(rnorm(30, k[1], k[3]), rnorm(30, k[2], k[3])))))
p <- round(p, 2)
cell <- 50
keep <- p[, 1] > 0 & p[, 1] < 2000 & p[, 2] > 0 & p[, 2] < 1500 & p[, 1] %% cell != 0 & p[, 2] %% cell != 0
p <- p[keep, ]

con <- file(out, "w")
writeLines(sprintf("# %d points, metres, window [0, 2000] x [0, 1500]; written by points.R (%s)", nrow(p), R.version.string), con)
writeLines("x,y", con)
writeLines(sprintf("%.2f,%.2f", p[, 1], p[, 2]), con)
close(con)

back <- read.csv(out, comment.char = "#")
stopifnot(identical(back$x, p[, 1]), identical(back$y, p[, 2])) # the two-decimal text is the exact double used
cat(sprintf("%s: %d points\n", out, nrow(p)))
