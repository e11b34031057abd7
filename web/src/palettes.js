// Colour-blind-safe palettes. Sources of the colour values (all documented as safe for the common colour-vision
// deficiencies): viridis (matplotlib's perceptually uniform sequential map, designed for deuteranopia and protanopia),
// ColorBrewer's PuOr and RdBu (marked "colorblind safe" on colorbrewer2.org), and the Okabe–Ito qualitative palette.

/** viridis sampled at 9 points, from light (low values) to dark (high values). */
const viridis = ['#fde725', '#b5de2b', '#6ece58', '#35b779', '#1f9e89', '#26828e', '#31688e', '#3e4989', '#482878'];

/** ColorBrewer PuOr (9), purple = below the neutral value (fall), orange = above (rise). */
const puOrBelow = ['#d8daeb', '#b2abd2', '#8073ac', '#542788'];
const puOrAbove = ['#fee0b6', '#fdb863', '#e08214', '#b35806'];
const puOrNeutral = '#f7f7f7';

/** ColorBrewer RdBu (7) for Gi* confidence: hot 90/95/99, cold 90/95/99. */
export const giColours = {
  99: '#b2182b', 95: '#ef8a62', 90: '#fddbc7',
  '-90': '#d1e5f0', '-95': '#67a9cf', '-99': '#2166ac',
};

/** Okabe–Ito. */
export const okabeIto = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'];

/** Indicators whose classes are coloured on a diverging palette around a neutral value. */
export const neutralOf = { rateRatio: 1, trendPercentPerYear: 0 };

/** k colours (3–7) of viridis, light to dark. */
export function sequential(k) {
  const out = [];
  for (let i = 0; i < k; i++) out.push(viridis[Math.round((i * (viridis.length - 1)) / (k - 1))]);
  return out;
}

/**
 * The colours of classes with the given breaks (k+1 numbers) on the diverging palette: a class that contains the
 * neutral value is neutral, classes above it go orange (darker further away), classes below go purple.
 */
export function diverging(breaks, neutral) {
  const k = breaks.length - 1;
  const side = [];
  for (let i = 0; i < k; i++) {
    const lo = breaks[i];
    const hi = breaks[i + 1];
    side.push(hi <= neutral && lo < neutral ? -1 : lo >= neutral && hi > neutral ? 1 : 0);
  }
  const below = side.filter((s) => s < 0).length;
  const above = side.filter((s) => s > 0).length;
  return side.map((s, i) => {
    if (s === 0) return puOrNeutral;
    if (s < 0) {
      const step = below - 1 - i; // 0 nearest the neutral value
      return puOrBelow[Math.min(puOrBelow.length - 1, Math.round((step * (puOrBelow.length - 1)) / Math.max(1, below - 1)))];
    }
    const step = i - (k - above); // 0 nearest the neutral value
    return puOrAbove[Math.min(puOrAbove.length - 1, Math.round((step * (puOrAbove.length - 1)) / Math.max(1, above - 1)))];
  });
}

/** The class colours of an indicator's breaks. */
export function classColours(indicator, breaks) {
  const k = breaks.length - 1;
  if (k < 1) return [];
  if (indicator in neutralOf) return diverging(breaks, neutralOf[indicator]);
  return sequential(Math.max(3, k)).slice(0, k);
}

/** The index of the class holding value (breaks ascending; the last class includes its upper break), or -1. */
export function classOf(value, breaks) {
  if (value === null || value === undefined || Number.isNaN(value) || breaks.length < 2) return -1;
  const k = breaks.length - 1;
  if (value < breaks[0] || value > breaks[k]) return value < breaks[0] ? 0 : k - 1;
  for (let i = 0; i < k; i++) if (value < breaks[i + 1]) return i;
  return k - 1;
}

/** Density classes: 5 viridis colours. */
export const densityColours = sequential(5);

/** Emerging hot spot kinds, each with one Okabe–Ito colour; cold classes are drawn hatched in the same colour. */
export const emergingColours = {
  new: okabeIto[5], consecutive: okabeIto[0], intensifying: okabeIto[7], persistent: okabeIto[6],
  diminishing: okabeIto[1], sporadic: okabeIto[3], oscillating: okabeIto[2], historical: okabeIto[4],
};

export function emergingStyleOf(code) {
  const m = /^(\w+?)_(hot|cold)_spot$/.exec(code ?? '');
  if (!m) return null;
  return { colour: emergingColours[m[1]] ?? '#777777', cold: m[2] === 'cold' };
}

/** Shapes drawn as lines (no fill). */
export const strokedShapes = new Set(['cross', 'x']);

/** Resource types: a distinct shape and colour each (shape first, so the symbols differ without colour too). */
export const resourceSymbols = {
  police_station: { shape: 'square', colour: okabeIto[4] },
  youth_centre: { shape: 'circle', colour: okabeIto[2] },
  school: { shape: 'triangle', colour: okabeIto[0] },
  field_work_area: { shape: 'diamond', colour: okabeIto[2] },
  social_services: { shape: 'pentagon', colour: okabeIto[6] },
  camera: { shape: 'cross', colour: okabeIto[7] },
  lighting: { shape: 'star', colour: okabeIto[3] },
  housing_estate: { shape: 'hexagon', colour: okabeIto[1] },
  licensed_premises: { shape: 'triangleDown', colour: okabeIto[5] },
  transit_stop: { shape: 'square', colour: okabeIto[1] },
  shop: { shape: 'circle', colour: okabeIto[5] },
  sports_facility: { shape: 'diamond', colour: okabeIto[0] },
  other: { shape: 'x', colour: '#555555' },
};

export function resourceSymbolOf(type) { return resourceSymbols[type] ?? resourceSymbols.other; }

/** The points of a symbol shape as an SVG path centred on 0,0 with radius r (for the legend). */
export function shapePath(shape, r) {
  const poly = (n, rot, radii = [r]) => {
    const pts = [];
    for (let i = 0; i < n * radii.length; i++) {
      const a = rot + (i * Math.PI * 2) / (n * radii.length);
      const rr = radii[i % radii.length];
      pts.push(`${(rr * Math.sin(a)).toFixed(2)},${(-rr * Math.cos(a)).toFixed(2)}`);
    }
    return `M${pts.join('L')}Z`;
  };
  switch (shape) {
    case 'circle': return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square': return poly(4, Math.PI / 4, [r * 1.2]);
    case 'triangle': return poly(3, 0, [r * 1.25]);
    case 'triangleDown': return poly(3, Math.PI, [r * 1.25]);
    case 'diamond': return poly(4, 0, [r * 1.2]);
    case 'pentagon': return poly(5, 0, [r * 1.1]);
    case 'hexagon': return poly(6, 0, [r * 1.1]);
    case 'star': return poly(5, 0, [r * 1.3, r * 0.55]);
    case 'cross': return `M0,${-r * 1.2}V${r * 1.2}M${-r * 1.2},0H${r * 1.2}`;
    case 'x': return `M${-r},${-r}L${r},${r}M${-r},${r}L${r},${-r}`;
    default: return poly(4, 0, [r]);
  }
}
