// The map's layers: one OpenLayers vector tile layer per Geo tile layer (/tiles/{runId}/{layer}/{z}/{x}/{y}.mvt), each
// tile fetched with the session's key (a custom tile loader, since an <img>-style request cannot send a header), and
// the styles of the legend (palettes.js).
import VectorTileLayer from 'ol/layer/VectorTile.js';
import VectorTileSource from 'ol/source/VectorTile.js';
import MVT from 'ol/format/MVT.js';
import TileState from 'ol/TileState.js';
import { Style, Fill, Stroke, Text, Circle as CircleStyle, RegularShape } from 'ol/style.js';
import { authHeaders } from './api.js';
import {
  classColours, classOf, giColours, densityColours, emergingStyleOf, resourceSymbolOf,
} from './palettes.js';

/** Tile property of each indicator of the choropleth. */
export const indicatorProperty = {
  ratePer1000: 'rate_per_1000',
  rateEbPer1000: 'rate_eb_per_1000',
  rateRatio: 'rate_ratio',
  trendPercentPerYear: 'trend_pct',
  priorityScore: 'priority_score',
};

/** What the styles read; main.js changes it and calls refresh(). */
export const mapState = {
  indicator: 'ratePer1000',
  breaks: [],
  colours: [],
  scale: 1, // 1.6 in large-type mode: thicker lines, bigger symbols
  densityMax: 0,
  emergingSeen: new Set(),
  resourceTypesSeen: new Set(),
};

/** Counts of the tiles each layer received and the features they held (read by the browser test and the legend). */
export const tileStats = {};

const hatchCache = new Map();

/** A diagonal hatch in colour over an optional background (CanvasPattern, usable as a fill colour). */
export function hatch(colour, background) {
  const key = `${colour}|${background}`;
  if (hatchCache.has(key)) return hatchCache.get(key);
  const canvas = document.createElement('canvas');
  canvas.width = 8;
  canvas.height = 8;
  const ctx = canvas.getContext('2d');
  if (background) {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, 8, 8);
  }
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1.6;
  ctx.beginPath();
  ctx.moveTo(0, 8); ctx.lineTo(8, 0);
  ctx.moveTo(-2, 2); ctx.lineTo(2, -2);
  ctx.moveTo(6, 10); ctx.lineTo(10, 6);
  ctx.stroke();
  const pattern = ctx.createPattern(canvas, 'repeat');
  hatchCache.set(key, pattern);
  return pattern;
}

function withAlpha(hex, alpha) {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

/** A source of one Geo tile layer of a run; query is appended to the URL (e.g. "?group=total"). */
export function tileSource(runId, layer, query = '') {
  const stats = (tileStats[layer] ??= { tiles: 0, features: 0, errors: 0, status: {} });
  return new VectorTileSource({
    format: new MVT(),
    url: `/tiles/${runId}/${layer}/{z}/{x}/{y}.mvt${query}`,
    maxZoom: 16,
    tileLoadFunction: (tile, url) => {
      tile.setLoader(async (extent, resolution, projection) => {
        try {
          const response = await fetch(url, { headers: authHeaders() });
          stats.status[response.status] = (stats.status[response.status] ?? 0) + 1;
          if (response.status === 204 || response.status === 404) {
            tile.setFeatures([]);
            return;
          }
          if (!response.ok) {
            stats.errors++;
            tile.setState(TileState.ERROR);
            return;
          }
          const data = await response.arrayBuffer();
          const features = data.byteLength === 0 ? [] : tile.getFormat().readFeatures(data, { extent, featureProjection: projection });
          stats.tiles++;
          stats.features += features.length;
          if (layer === 'density') {
            for (const f of features) mapState.densityMax = Math.max(mapState.densityMax, Number(f.get('density')) || 0);
          } else if (layer === 'cells') {
            for (const f of features) if (f.get('emerging_class')) mapState.emergingSeen.add(f.get('emerging_class'));
          } else if (layer === 'resources') {
            for (const f of features) mapState.resourceTypesSeen.add(f.get('type'));
          }
          tile.setFeatures(features);
        } catch {
          stats.errors++;
          tile.setState(TileState.ERROR);
        }
      });
    },
  });
}

const styleCache = new Map();

function cached(key, make) {
  let style = styleCache.get(key);
  if (!style) {
    style = make();
    styleCache.set(key, style);
  }
  return style;
}

/** Drops the cached styles (after the classes, the indicator or the scale changed). */
export function clearStyles() { styleCache.clear(); }

function boundaryStyle() {
  const s = mapState.scale;
  return cached('boundary', () => [
    new Style({ stroke: new Stroke({ color: 'rgba(255,255,255,0.9)', width: 5 * s }) }),
    new Style({ stroke: new Stroke({ color: '#1a1a1a', width: 2.5 * s }) }),
  ]);
}

function areaStyle(feature) {
  const s = mapState.scale;
  const outline = new Stroke({ color: 'rgba(60,60,60,0.7)', width: 0.8 * s });
  if (feature.get('suppressed')) {
    return cached('area:suppressed', () => new Style({ fill: new Fill({ color: hatch('#8a8a8a', '#ececec') }), stroke: outline }));
  }
  const value = feature.get(indicatorProperty[mapState.indicator]);
  const i = value === undefined || value === null ? -1 : classOf(Number(value), mapState.breaks);
  if (i < 0) return cached('area:none', () => new Style({ fill: new Fill({ color: 'rgba(220,220,220,0.6)' }), stroke: outline }));
  return cached(`area:${i}`, () => new Style({ fill: new Fill({ color: withAlpha(mapState.colours[i] ?? '#cccccc', 0.78) }), stroke: outline }));
}

function cellStyle(feature) {
  const c = Number(feature.get('gi_confidence'));
  const colour = giColours[c];
  if (!colour) return null;
  return cached(`cell:${c}`, () => new Style({ fill: new Fill({ color: withAlpha(colour, 0.85) }), stroke: new Stroke({ color: withAlpha(colour, 0.95), width: 0.5 }) }));
}

function emergingStyle(feature) {
  const code = feature.get('emerging_class');
  const e = emergingStyleOf(code);
  if (!e) return null;
  return cached(`emerging:${code}`, () => new Style({
    fill: new Fill({ color: e.cold ? hatch(e.colour, 'rgba(255,255,255,0.5)') : withAlpha(e.colour, 0.6) }),
    stroke: new Stroke({ color: e.colour, width: 1 * mapState.scale }),
  }));
}

function densityStyle(feature) {
  const d = Number(feature.get('density')) || 0;
  const max = mapState.densityMax || 1;
  const i = Math.min(densityColours.length - 1, Math.floor((d / max) * densityColours.length));
  return cached(`density:${i}`, () => new Style({ fill: new Fill({ color: withAlpha(densityColours[i], 0.7) }) }));
}

function hotspotStyle(feature) {
  const s = mapState.scale;
  const gap = feature.get('coverage_gap');
  const marked = gap && gap !== 'none';
  return cached(`hotspot:${marked}`, () => [
    new Style({ stroke: new Stroke({ color: 'rgba(255,255,255,0.9)', width: 5 * s, lineDash: marked ? [10 * s, 6 * s] : undefined }) }),
    new Style({
      stroke: new Stroke({ color: '#000000', width: 2.6 * s, lineDash: marked ? [10 * s, 6 * s] : undefined }),
      fill: new Fill({ color: 'rgba(0,0,0,0.01)' }), // so that a click inside the outline finds the hot spot
      text: marked
        ? new Text({
          text: '!', font: `bold ${Math.round(11 * s)}px sans-serif`, fill: new Fill({ color: '#000' }),
          backgroundFill: new Fill({ color: '#F0E442' }), backgroundStroke: new Stroke({ color: '#000', width: 1 }),
          padding: [0, 3, -1, 3], overflow: true,
        })
        : undefined,
    }),
  ]);
}

function shapeImage(shape, colour, r) {
  const stroke = new Stroke({ color: '#ffffff', width: 1.5 });
  const fill = new Fill({ color: colour });
  switch (shape) {
    case 'circle': return new CircleStyle({ radius: r, fill, stroke });
    case 'square': return new RegularShape({ points: 4, radius: r * 1.2, angle: Math.PI / 4, fill, stroke });
    case 'triangle': return new RegularShape({ points: 3, radius: r * 1.25, fill, stroke });
    case 'triangleDown': return new RegularShape({ points: 3, radius: r * 1.25, rotation: Math.PI, fill, stroke });
    case 'diamond': return new RegularShape({ points: 4, radius: r * 1.2, fill, stroke });
    case 'pentagon': return new RegularShape({ points: 5, radius: r * 1.1, fill, stroke });
    case 'hexagon': return new RegularShape({ points: 6, radius: r * 1.1, fill, stroke });
    case 'star': return new RegularShape({ points: 5, radius: r * 1.3, radius2: r * 0.55, fill, stroke: new Stroke({ color: '#333', width: 1 }) });
    case 'cross': return new RegularShape({ points: 4, radius: r * 1.2, radius2: 0, stroke: new Stroke({ color: colour, width: 3 }) });
    case 'x': return new RegularShape({ points: 4, radius: r * 1.2, radius2: 0, angle: Math.PI / 4, stroke: new Stroke({ color: colour, width: 3 }) });
    default: return new CircleStyle({ radius: r, fill, stroke });
  }
}

function resourceStyle(feature) {
  const type = feature.get('type');
  const sym = resourceSymbolOf(type);
  return cached(`resource:${type}`, () => new Style({ image: shapeImage(sym.shape, sym.colour, 6 * mapState.scale) }));
}

function incidentStyle() {
  return cached('incident', () => new Style({
    image: new CircleStyle({ radius: 2.6 * mapState.scale, fill: new Fill({ color: 'rgba(0,0,0,0.7)' }), stroke: new Stroke({ color: '#fff', width: 0.8 }) }),
  }));
}

/** The layers in drawing order (bottom first), all hidden until a run is chosen. */
export function createLayers() {
  const make = (name, style, zIndex, extra = {}) => new VectorTileLayer({
    properties: { name },
    style,
    zIndex,
    visible: false,
    renderBuffer: 100,
    ...extra,
  });
  return {
    areas: make('areas', areaStyle, 10),
    density: make('density', densityStyle, 20),
    cells: make('cells', cellStyle, 30),
    emerging: make('emerging', emergingStyle, 35),
    boundary: make('boundary', boundaryStyle, 40),
    hotspots: make('hotspots', hotspotStyle, 50),
    incidents: make('incidents', incidentStyle, 60),
    resources: make('resources', resourceStyle, 70),
  };
}

/** The Geo tile layer each map layer draws (emerging cells come in the cells tiles). */
export const tileLayerOf = {
  areas: 'areas', density: 'density', cells: 'cells', emerging: 'cells', boundary: 'boundary', hotspots: 'hotspots',
  incidents: 'incidents', resources: 'resources',
};

/** The least role each layer needs (the server enforces the same). */
export const layerRole = {
  areas: 'partner', boundary: 'partner', hotspots: 'partner', cells: 'coordinator', emerging: 'coordinator',
  density: 'coordinator', resources: 'coordinator', incidents: 'analyst',
};

/** Re-styles every layer. */
export function refresh(layers) {
  clearStyles();
  for (const layer of Object.values(layers)) layer.changed();
}

export { classColours };
