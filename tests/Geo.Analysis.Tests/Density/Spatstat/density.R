#!/usr/bin/env Rscript
# Expected kernel densities for SpatstatDensityTests (tests/Geo.Analysis.Tests/Density), from spatstat density.ppp.
#
# Usage: Rscript density.R DIR
#   DIR holds points.csv (written by points.R); receives gaussian_sigma150.csv, gaussian_sigma500.csv,
#   quartic_h400.csv, quartic_h1200.csv and diagnostics.txt. make_expected.sh in this folder runs both scripts.
#
# Grid: the window owin(c(0, 2000), c(0, 1500)) in metres as a 40 x 30 pixel image (dimyx = c(30, 40)), i.e. 50 m
# pixels whose centres (25 + 50 i, 25 + 50 j) are exactly Geo's DensityGrid(0, 0, 50, 40, 30) cell centres (checked).
# For each case two surfaces, both with density.ppp's default pixel method (at = "pixels"):
#   noedge  density.ppp(X, sigma, kernel, edge = FALSE, dimyx = c(30, 40))
#   edge    density.ppp(X, sigma, kernel, edge = TRUE, diggle = FALSE, dimyx = c(30, 40))
#           (uniform correction: the estimate at u divided by the kernel mass inside the window around u, which is
#           what Geo's KdeOptions.EdgeCorrection does; diggle = TRUE would instead weight each point by 1/e(x_i))
# Units: spatstat returns intensity per square metre (coordinates in metres); the files hold that x 1e6, i.e. events
# per km^2 like Geo's KdeResult.Density. Values are written with 17 significant digits.
# Bandwidths: Gaussian sigma is the standard deviation, as Geo's Gaussian bandwidth. Geo's quartic bandwidth h is the
# radius of the support; spatstat's kernel = "quartic" is the same function (3/pi)(1 - r^2)^2 on the unit disc, scaled
# so that sigma is the standard deviation of one coordinate, 1/sqrt(8) of the radius: sigma = h / sqrt(8).
#
# diagnostics.txt compares these surfaces with brute-force sums computed here, to show what the pixel method computes
# (see README.md).
suppressPackageStartupMessages(library(spatstat))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript density.R DIR")
dir <- args[[1]]

pts <- read.csv(file.path(dir, "points.csv"), comment.char = "#")
W <- owin(c(0, 2000), c(0, 1500))
X <- ppp(pts$x, pts$y, window = W)
stopifnot(npoints(X) == nrow(pts))
cs <- 50; nx <- 40L; ny <- 30L
xc <- (seq_len(nx) - 0.5) * cs
yc <- (seq_len(ny) - 0.5) * cs
cells <- expand.grid(x = xc, y = yc) # x varies fastest: Geo's row-major order, cell = row * 40 + column

# Image values in Geo's cell order (spatstat's $v is [row = y, column = x]), per km^2; checks the pixel centres.
as_cells <- function(im) {
  stopifnot(identical(im$dim, c(ny, nx)), identical(im$xcol, xc), identical(im$yrow, yc))
  as.vector(t(im$v)) * 1e6
}

cases <- list(
  list(file = "gaussian_sigma150.csv", kernel = "gaussian", h = 150, sigma = 150),
  list(file = "gaussian_sigma500.csv", kernel = "gaussian", h = 500, sigma = 500),
  list(file = "quartic_h400.csv", kernel = "quartic", h = 400, sigma = 400 / sqrt(8)),
  list(file = "quartic_h1200.csv", kernel = "quartic", h = 1200, sigma = 1200 / sqrt(8)))

# Brute-force kernel sums at the cell centres. kern(dx, dy) is per m^2.
kernel_fun <- function(case) {
  if (case$kernel == "gaussian") function(dx, dy) dnorm(dx, sd = case$sigma) * dnorm(dy, sd = case$sigma)
  else function(dx, dy) { u2 <- (dx^2 + dy^2) / case$h^2; ifelse(u2 < 1, 3 / (pi * case$h^2) * (1 - u2)^2, 0) }
}
ksum <- function(kern, px, py) vapply(seq_len(nrow(cells)), function(i) sum(kern(cells$x[i] - px, cells$y[i] - py)), 0)

# Points moved to the centre of the cell that contains them (Geo's binning; spatstat's pixellate picks the same pixel
# because no coordinate lies on a cell boundary).
bx <- xc[floor(pts$x / cs) + 1]
by <- yc[floor(pts$y / cs) + 1]

report <- character()
say <- function(...) { line <- sprintf(...); report <<- c(report, line); cat(line, "\n", sep = "") }
cmp <- function(label, a, b) {
  d <- abs(a - b); r <- d / abs(b); k <- which.max(r)
  say("  %-58s max |d| %.3e  max rel %.3e (cell %4d, ref %.4g)  spread of ratio %.1e",
      label, max(d), max(r), k - 1L, b[k], diff(range(a / b)))
}

say("spatstat %s (spatstat.explore %s), %s; %d points; grid 40 x 30 cells of 50 m on [0, 2000] x [0, 1500]",
    packageVersion("spatstat"), packageVersion("spatstat.explore"), R.version.string, npoints(X))
say("all values per km^2; 'rel' = |a - b| / |b|; 'spread of ratio' = max(a/b) - min(a/b) over the 1200 cells")

for (case in cases) {
  noedge <- as_cells(density.ppp(X, sigma = case$sigma, kernel = case$kernel, edge = FALSE, dimyx = c(ny, nx)))
  edge <- as_cells(density.ppp(X, sigma = case$sigma, kernel = case$kernel, edge = TRUE, diggle = FALSE,
                               dimyx = c(ny, nx)))
  jones <- as_cells(density.ppp(X, sigma = case$sigma, kernel = case$kernel, edge = TRUE, diggle = TRUE,
                                dimyx = c(ny, nx)))

  out <- data.frame(cell = seq_len(nrow(cells)) - 1L, column = rep(seq_len(nx) - 1L, ny),
                    row = rep(seq_len(ny) - 1L, each = nx), x = sprintf("%.17g", cells$x), y = sprintf("%.17g", cells$y),
                    noedge = sprintf("%.17g", noedge), edge = sprintf("%.17g", edge))
  path <- file.path(dir, case$file)
  con <- file(path, "w")
  writeLines(c(
    sprintf("# spatstat %s (spatstat.explore %s), %s; density.ppp(X, sigma = %.17g, kernel = \"%s\", dimyx = c(30, 40)) on owin(c(0, 2000), c(0, 1500)), X = points.csv",
            packageVersion("spatstat"), packageVersion("spatstat.explore"), R.version.string, case$sigma, case$kernel),
    sprintf("# Geo bandwidth %g m (%s); noedge: edge = FALSE; edge: edge = TRUE, diggle = FALSE; events per km^2 (spatstat per m^2 x 1e6); cell = row * 40 + column",
            case$h, if (case$kernel == "gaussian") "sigma" else "quartic radius, sigma = h / sqrt(8)")), con)
  write.csv(out, con, row.names = FALSE, quote = FALSE)
  close(con)

  kern <- kernel_fun(case)
  binned <- ksum(kern, bx, by) * 1e6
  continuous <- ksum(kern, pts$x, pts$y) * 1e6
  # Kernel mass inside the window around each cell centre, discrete (a sum over the cells, as the pixel method computes it).
  mass_cells <- ksum(kern, cells$x, cells$y) * cs^2
  # spatstat's pixel kernel: the kernel at pixel offsets on the zero-padded 80 x 60 torus, divided by its sum.
  ox <- cs * c(0:(nx - 1), -(nx:1)); oy <- cs * c(0:(ny - 1), -(ny:1))
  box_mass <- sum(outer(oy, ox, function(dy, dx) kern(dx, dy))) * cs^2
  # Geo as documented in KernelStencil / KernelDensity: binned points, kernel values not renormalised, Gaussian cut at
  # floor(4 sigma / cell) cells along each axis; edge correction divides by (mask mass / stencil mass).
  if (case$kernel == "gaussian") {
    reach <- floor(4 * case$sigma / cs) * cs
    geo_kern <- function(dx, dy) ifelse(abs(dx) <= reach + 1e-9 & abs(dy) <= reach + 1e-9, kern(dx, dy), 0)
    stencil <- sum(dnorm(cs * (-(reach / cs):(reach / cs)), sd = case$sigma))^2
  } else {
    geo_kern <- kern
    r <- floor(case$h / cs); o <- expand.grid(i = -r:r, j = -r:r)
    stencil <- sum(kern(o$i * cs, o$j * cs))
  }
  geo_noedge <- ksum(geo_kern, bx, by) * 1e6
  geo_edge <- geo_noedge / (ksum(geo_kern, cells$x, cells$y) / stencil)

  say("")
  say("%s, Geo bandwidth %g m, spatstat sigma %.10g: noedge %.4g..%.4g, edge %.4g..%.4g per km^2", case$kernel, case$h,
      case$sigma, min(noedge), max(noedge), min(edge), max(edge))
  say("  mass - 1 of spatstat's pixel kernel on its padded box: %+.3e; of Geo's stencil: %+.3e (both x cell area)",
      box_mass - 1, stencil * cs^2 - 1)
  cmp("pixels noedge vs exact sum over binned points", noedge, binned)
  cmp("pixels edge vs the same / discrete window mass", edge, binned / mass_cells)
  cmp("pixels noedge vs exact sum over the points themselves", noedge, continuous)
  if (case$kernel == "gaussian") {
    # at = "points" at arbitrary locations: the cell centres as extra points of weight 0, leaveoneout = FALSE.
    Q <- superimpose(X, ppp(cells$x, cells$y, window = W), W = W)
    wq <- c(rep(1, npoints(X)), rep(0, nrow(cells)))
    iq <- npoints(X) + seq_len(nrow(cells))
    pn <- density.ppp(Q, sigma = case$sigma, weights = wq, at = "points", leaveoneout = FALSE, edge = FALSE)[iq] * 1e6
    pe <- density.ppp(Q, sigma = case$sigma, weights = wq, at = "points", leaveoneout = FALSE, edge = TRUE,
                      diggle = FALSE)[iq] * 1e6
    exact_mass <- (pnorm(2000, cells$x, case$sigma) - pnorm(0, cells$x, case$sigma)) *
      (pnorm(1500, cells$y, case$sigma) - pnorm(0, cells$y, case$sigma))
    cmp("at = \"points\" noedge vs exact sum over the points", pn, continuous)
    cmp("at = \"points\" edge vs the same / exact window mass", pe, continuous / exact_mass)
  }
  cmp("diggle = TRUE vs diggle = FALSE (pixels)", jones, edge)
  cmp("Geo's documented algorithm in R, noedge, vs pixels", geo_noedge, noedge)
  cmp("Geo's documented algorithm in R, edge, vs pixels", geo_edge, edge)
}
writeLines(report, file.path(dir, "diagnostics.txt"))
