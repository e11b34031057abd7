#!/usr/bin/env Rscript
# Times spatstat density.ppp of the 1,000,000 points written by the Geo stats benchmark (FOLDER/points.csv, metres in
# a 100 km square) onto a 1000 x 1000 grid, Gaussian kernel sigma = 500, no edge correction.
# Usage: Rscript kde.R FOLDER    Prints a name,seconds line.
suppressPackageStartupMessages(library(spatstat))
args <- commandArgs(trailingOnly = TRUE)
folder <- if (length(args) >= 1) args[1] else file.path(tempdir(), "geo-bench-stats")
p <- read.csv(file.path(folder, "points.csv"))
X <- ppp(p$x, p$y, window = owin(c(0, 100000), c(0, 100000)))
t <- system.time(d <- density.ppp(X, sigma = 500, edge = FALSE, dimyx = c(1000, 1000)))[["elapsed"]]
cat(sprintf("density.ppp,%.3f\n", t))
cat(sprintf("# max density %.3g per m^2 (%.1f per km^2)\n", max(d$v), max(d$v) * 1e6))
