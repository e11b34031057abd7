#!/usr/bin/env Rscript
# Expected Gi* z-scores for SpdepLocalGTests (tests/Geo.Analysis.Tests/RealData).
#
# Usage: Rscript localg.R IN_DIR OUT_DIR
#   IN_DIR  holds vancouver_250m.csv and chicago_500m.csv (cell,column,row,count) written by
#           `dotnet run -c Release --project bench/Geo.Bench -- spdep-grids --out IN_DIR`
#   OUT_DIR receives the same file names with cell,column,row,count,gstar_z_B,gstar_z_W
# make_expected.sh in this folder runs both steps.
#
# The neighbours are built here from the integer lattice coordinates alone, independently of Geo's GridWeights:
# dnearneigh(cbind(column, row), 0, 1.5) links cells whose centres are at most sqrt(2) lattice steps apart, i.e. the
# 8-cell queen neighbourhood (spdep manual, dnearneigh; Bivand, Pebesma & Gómez-Rubio 2013, ch. 9). Gi* uses
# include.self(nb) (Ord & Getis 1995) with binary weights (style "B") and with row-standardised weights (style "W",
# self included before standardising), and spdep::localG's analytic z-scores.
suppressMessages(library(spdep))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: Rscript localg.R IN_DIR OUT_DIR")
in_dir <- args[[1]]
out_dir <- args[[2]]
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

for (name in c("vancouver_250m", "chicago_500m")) {
  d <- read.csv(file.path(in_dir, paste0(name, ".csv")))
  stopifnot(identical(d$cell, seq_len(nrow(d)) - 1L))
  nb <- dnearneigh(cbind(d$column, d$row), 0, 1.5)
  stopifnot(all(card(nb) > 0))
  nb_self <- include.self(nb)
  z_b <- as.numeric(localG(d$count, nb2listw(nb_self, style = "B")))
  z_w <- as.numeric(localG(d$count, nb2listw(nb_self, style = "W")))
  out <- data.frame(cell = d$cell, column = d$column, row = d$row, count = d$count,
                    gstar_z_B = sprintf("%.15g", z_b), gstar_z_W = sprintf("%.15g", z_w))
  path <- file.path(out_dir, paste0(name, ".csv"))
  con <- file(path, "w")
  writeLines(sprintf("# spdep %s localG, %s; queen = dnearneigh(cbind(column, row), 0, 1.5), include.self; %d cells",
                     packageVersion("spdep"), R.version.string, nrow(d)), con)
  write.csv(out, con, row.names = FALSE, quote = FALSE)
  close(con)
  cat(sprintf("%s: %d cells, %d queen links, max |z| B %.3f, W %.3f\n", path, nrow(d), sum(card(nb)),
              max(abs(z_b)), max(abs(z_w))))
}
