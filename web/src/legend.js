// The legend of the visible layers, as HTML with inline SVG swatches (no images, no inline style attributes, so that
// the content security policy can forbid both).
import { t, num, emergingLabel, resourceTypeLabel } from './i18n.js';
import {
  giColours, densityColours, emergingStyleOf, resourceSymbols, resourceSymbolOf, shapePath, strokedShapes,
} from './palettes.js';
import { mapState } from './layers.js';
import { esc } from './panel.js';

let patternId = 0;

function swatch(fill, { hatchColour, stroke = '#555', dash = false, width = 1 } = {}) {
  if (hatchColour) {
    const id = `hatch-${patternId++}`;
    return `<svg class="swatch" viewBox="0 0 24 16" aria-hidden="true"><defs><pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${fill}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${hatchColour}" stroke-width="2"/></pattern></defs><rect x="1" y="1" width="22" height="14" fill="url(#${id})" stroke="${stroke}"/></svg>`;
  }
  return `<svg class="swatch" viewBox="0 0 24 16" aria-hidden="true"><rect x="1" y="1" width="22" height="14" fill="${fill}" stroke="${stroke}" stroke-width="${width}"${dash ? ' stroke-dasharray="5 3"' : ''}/></svg>`;
}

function symbol(type) {
  const s = resourceSymbolOf(type);
  const stroked = strokedShapes.has(s.shape);
  return `<svg class="swatch symbol" viewBox="-10 -10 20 20" aria-hidden="true"><path d="${shapePath(s.shape, 6)}" fill="${stroked ? 'none' : s.colour}" stroke="${stroked ? s.colour : '#333'}" stroke-width="${stroked ? 3 : 1}"/></svg>`;
}

function item(swatchHtml, text) { return `<li>${swatchHtml}<span>${esc(text)}</span></li>`; }

function range(lo, hi, digits) { return `${num(lo, digits)} – ${num(hi, digits)}`; }

/** Draws the legend of ctx ({visible, indicator, classes, colours, k}) into #legend. */
export function renderLegend(ctx) {
  const el = document.getElementById('legend');
  if (!el) return;
  patternId = 0;
  const parts = [];
  const v = ctx.visible;
  if (v.has('areas')) {
    const breaks = ctx.classes?.breaks ?? [];
    const digits = ctx.indicator === 'rateRatio' || ctx.indicator === 'priorityScore' ? 2 : 1;
    const rows = [];
    for (let i = 0; i < breaks.length - 1; i++) {
      const count = ctx.classes?.counts?.[i];
      rows.push(item(swatch(ctx.colours[i] ?? '#ccc'), `${range(breaks[i], breaks[i + 1], digits)}${count !== undefined ? ` (${count})` : ''}`));
    }
    if (ctx.showSuppressed) rows.push(item(swatch('#ececec', { hatchColour: '#8a8a8a' }), `<${ctx.k}: ${t('legend.suppressed', { k: ctx.k })}`));
    rows.push(item(swatch('rgba(220,220,220,0.6)'), t('legend.noData')));
    const method = ctx.classes?.method ? t(`method.${ctx.classes.method}`) : '';
    parts.push(`<section class="legend-block" data-legend="areas"><h4>${esc(t(`indicator.${ctx.indicator}`))}</h4>
<p class="muted">${esc(method)}</p><ul>${rows.join('')}</ul>${ctx.classes?.notice ? `<p class="muted">${esc(ctx.classes.notice)}</p>` : ''}</section>`);
  }
  if (v.has('cells')) {
    const rows = [99, 95, 90].map((p) => item(swatch(giColours[p], { stroke: giColours[p] }), t('legend.hot', { p })))
      .concat([-90, -95, -99].map((p) => item(swatch(giColours[p], { stroke: giColours[p] }), t('legend.cold', { p: -p }))));
    parts.push(`<section class="legend-block" data-legend="cells"><h4>${esc(t('layer.cells'))}</h4><ul>${rows.join('')}</ul></section>`);
  }
  if (v.has('emerging')) {
    const codes = [...mapState.emergingSeen].filter((c) => emergingStyleOf(c)).sort();
    const rows = codes.map((c) => {
      const e = emergingStyleOf(c);
      return item(e.cold ? swatch('#ffffff', { hatchColour: e.colour, stroke: e.colour }) : swatch(e.colour, { stroke: e.colour }), emergingLabel(c));
    });
    parts.push(`<section class="legend-block" data-legend="emerging"><h4>${esc(t('layer.emerging'))}</h4><ul>${rows.join('')}</ul></section>`);
  }
  if (v.has('density')) {
    const max = mapState.densityMax;
    const rows = densityColours.map((c, i) => item(swatch(c, { stroke: c }), max > 0
      ? range((i * max) / densityColours.length, ((i + 1) * max) / densityColours.length, 2)
      : i === 0 ? t('legend.densityLow') : i === densityColours.length - 1 ? t('legend.densityHigh') : ''));
    parts.push(`<section class="legend-block" data-legend="density"><h4>${esc(t('layer.density'))}</h4><ul>${rows.join('')}</ul></section>`);
  }
  if (v.has('hotspots')) {
    parts.push(`<section class="legend-block" data-legend="hotspots"><h4>${esc(t('layer.hotspots'))}</h4><ul>
${item(swatch('none', { stroke: '#000', width: 2.5 }), t('legend.hotspot'))}
${item(swatch('none', { stroke: '#000', width: 2.5, dash: true }), t('legend.gap'))}</ul></section>`);
  }
  if (v.has('resources')) {
    const seen = mapState.resourceTypesSeen;
    const types = Object.keys(resourceSymbols).filter((type) => seen.size === 0 || seen.has(type));
    parts.push(`<section class="legend-block" data-legend="resources"><h4>${esc(t('layer.resources'))}</h4><ul>${types.map((type) => item(symbol(type), resourceTypeLabel(type))).join('')}</ul></section>`);
  }
  if (v.has('incidents')) {
    parts.push(`<section class="legend-block" data-legend="incidents"><h4>${esc(t('layer.incidents'))}</h4><ul>${item('<svg class="swatch symbol" viewBox="-10 -10 20 20" aria-hidden="true"><circle r="3.5" fill="#000" stroke="#fff"/></svg>', t('legend.incident'))}</ul></section>`);
  }
  if (v.has('boundary')) {
    parts.push(`<section class="legend-block" data-legend="boundary"><ul>${item(swatch('none', { stroke: '#1a1a1a', width: 2.5 }), t('layer.boundary'))}</ul></section>`);
  }
  if (!ctx.baseMap) parts.push(`<p class="muted small">${esc(t('baseMap.off'))}</p>`);
  el.innerHTML = parts.join('');
}
