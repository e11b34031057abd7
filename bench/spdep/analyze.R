#!/usr/bin/env Rscript
# R side of the lägesbild-run benchmark (`dotnet run -c Release --project bench/Geo.Bench -- analyze`): the statistical
# core of a `geo analyze` run on the run's own numbers, which the C# benchmark exports from the stored run to FOLDER:
#   cells.csv  col,row,count          the run's grid cells (run_cell) and their incidents in the period
#   areas.csv  area,x1,x2,t1,t2,monthly   per area of the set (run_area_indicator, group "total"): incidents in the
#                                     period and the comparison period, their lengths in days, and the period's
#                                     monthly counts separated by spaces (x2/t2 empty without a comparison period)
# Steps, each timed with system.time (R's start-up and library loading are not included):
#   read      the two CSV files
#   cell2nb   queen contiguity on the bounding rectangle of the grid (cell2nb), subset to the run's cells
#   listw     include.self + nb2listw(style = "W")   (Geo: queen with self, row-standardised)
#   localG    spdep::localG analytic z, two-sided p, Benjamini–Hochberg (p.adjust "BH")
#   change    per area poisson.test(c(x1, x2), T = c(t1, t2))   (only with a comparison period)
#   trend     per area Mann–Kendall (cor.test kendall, exact = FALSE: tie-corrected normal approximation)
#             and glm(count ~ month, family = poisson) with its Wald 95 % interval
# Usage: Rscript analyze.R FOLDER. Prints name,value lines (seconds, and a few counts to check the inputs).
suppressPackageStartupMessages(library(spdep))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript analyze.R FOLDER")
folder <- args[[1]]
invisible(set.coresOption(1L))
elapsed <- function(expr) system.time(expr)[["elapsed"]]

t_read <- elapsed({
  cells <- read.csv(file.path(folder, "cells.csv"))
  areas <- read.csv(file.path(folder, "areas.csv"), colClasses = c(area = "character", monthly = "character"))
})
t_nb <- elapsed({
  c0 <- min(cells$col); r0 <- min(cells$row)
  ncols <- max(cells$col) - c0 + 1L; nrows <- max(cells$row) - r0 + 1L
  full <- cell2nb(nrows, ncols, type = "queen")        # region ids "col:row", col fastest
  index <- (cells$row - r0) * ncols + (cells$col - c0) + 1L
  keep <- logical(length(full)); keep[index] <- TRUE
  nb <- subset(full, keep)                             # in rectangle order: the cells are sorted the same way
  cells <- cells[order(index), ]
})
t_listw <- elapsed(lw <- nb2listw(include.self(nb), style = "W", zero.policy = TRUE))
t_g <- elapsed({
  z <- as.numeric(localG(cells$count, lw, zero.policy = TRUE))
  p <- p.adjust(2 * pnorm(-abs(z)), method = "BH")
  hot95 <- sum(z > 0 & p <= 0.05, na.rm = TRUE)
})
has_compare <- !all(is.na(areas$x2))
t_change <- elapsed(if (has_compare) {
  change <- lapply(seq_len(nrow(areas)), function(i)
    if (areas$x1[i] + areas$x2[i] == 0) NULL else poisson.test(c(areas$x1[i], areas$x2[i]), T = c(areas$t1[i], areas$t2[i])))
})
t_trend <- elapsed({
  trend <- lapply(seq_len(nrow(areas)), function(i) {
    y <- as.numeric(strsplit(areas$monthly[i], " ", fixed = TRUE)[[1]])
    m <- seq_along(y) - 1
    mk <- if (length(unique(y)) > 1) suppressWarnings(cor.test(m, y, method = "kendall", exact = FALSE)) else NULL
    fit <- if (sum(y) > 0) glm(y ~ m, family = poisson) else NULL
    ci <- if (is.null(fit)) NULL else coef(fit)[["m"]] + c(-1, 1) * qnorm(0.975) * sqrt(vcov(fit)[2, 2])
    list(mk = mk, ci = ci)
  })
})
cat(sprintf("cells,%d\n", nrow(cells)))
cat(sprintf("rectangle,%d\n", length(full)))
cat(sprintf("links,%d\n", sum(card(nb))))
cat(sprintf("hot95,%d\n", hot95))
cat(sprintf("areas,%d\n", nrow(areas)))
cat(sprintf("read,%.3f\n", t_read))
cat(sprintf("cell2nb,%.3f\n", t_nb))
cat(sprintf("listw,%.3f\n", t_listw))
cat(sprintf("localG,%.3f\n", t_g))
cat(sprintf("change,%.3f\n", t_change))
cat(sprintf("trend,%.3f\n", t_trend))
cat(sprintf("total,%.3f\n", t_read + t_nb + t_listw + t_g + t_change + t_trend))
