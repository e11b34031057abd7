// The detail panel of an area or a hot spot: its indicators, a monthly sparkline (inline SVG), the hour × weekday heat
// table, its priority with the reasons, and its plan rows. Values the server suppressed (null with suppressed: true)
// are shown as "<k".
import { t, num, lang, emergingLabel, resourceTypeLabel } from './i18n.js';

export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** A count, or "<k" when suppressed. */
export function countText(value, suppressed, k) {
  if (suppressed || value === null || value === undefined) return suppressed ? `<${k}` : '–';
  return num(value, 0);
}

/** A derived value (rate, ratio, trend), or "<k" when the count it comes from is suppressed. */
function derived(value, suppressed, k, digits = 1) {
  if (value === null || value === undefined) return suppressed ? `<${k}` : '–';
  return num(value, digits);
}

/** The monthly counts as an SVG sparkline; suppressed months (null) break the line and are marked under it. */
export function sparkline(monthly, k) {
  const counts = monthly?.counts ?? [];
  if (counts.length === 0) return '';
  const w = 300;
  const h = 60;
  const pad = 4;
  const max = Math.max(1, ...counts.filter((c) => c !== null));
  const x = (i) => pad + (counts.length === 1 ? 0 : (i * (w - 2 * pad)) / (counts.length - 1));
  const y = (c) => h - pad - ((h - 2 * pad) * c) / max;
  const segments = [];
  let current = [];
  counts.forEach((c, i) => {
    if (c === null) {
      if (current.length) segments.push(current);
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(c).toFixed(1)}`);
  });
  if (current.length) segments.push(current);
  const lines = segments.map((s) => (s.length === 1
    ? `<circle cx="${s[0].split(',')[0]}" cy="${s[0].split(',')[1]}" r="2" class="spark-dot"/>`
    : `<polyline points="${s.join(' ')}" class="spark-line"/>`)).join('');
  const marks = counts.map((c, i) => (c === null ? `<text x="${x(i).toFixed(1)}" y="${h - 1}" class="spark-sup">·</text>` : '')).join('');
  const last = counts.length - 1;
  const lastDot = counts[last] !== null ? `<circle cx="${x(last).toFixed(1)}" cy="${y(counts[last]).toFixed(1)}" r="3" class="spark-dot"/>` : '';
  const [fy, fm] = (monthly.from ?? '').split('-').map(Number);
  const monthName = (offset) => {
    if (!fy) return '';
    const d = new Date(Date.UTC(fy, fm - 1 + offset, 1));
    return d.toLocaleDateString(lang() === 'en' ? 'en-GB' : 'sv-SE', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  };
  const values = counts.map((c) => (c === null ? `<${k}` : num(c, 0))).join(', ');
  return `<figure class="sparkline"><figcaption>${esc(t('panel.monthly'))} (${esc(monthName(0))} – ${esc(monthName(last))}; max ${num(max, 0)})</figcaption>
<svg viewBox="0 0 ${w} ${h}" width="100%" height="${h}" role="img" aria-label="${esc(t('panel.monthly'))}: ${esc(values)}">
<line x1="${pad}" y1="${h - pad}" x2="${w - pad}" y2="${h - pad}" class="spark-axis"/>${lines}${lastDot}${marks}</svg></figure>`;
}

/** The 168 hour × weekday counts (Monday 00 first) as an HTML table shaded in 6 steps; null is "<k". */
export function heatTable(values, k) {
  if (!values || values.length !== 168) return '';
  const max = Math.max(1, ...values.filter((v) => v !== null));
  const days = t('days');
  let html = `<div class="heat-wrap"><table class="heat"><caption>${esc(t('panel.heat'))}</caption><thead><tr><th scope="col"></th>`;
  for (let hour = 0; hour < 24; hour++) html += `<th scope="col">${String(hour).padStart(2, '0')}</th>`;
  html += '</tr></thead><tbody>';
  for (let d = 0; d < 7; d++) {
    html += `<tr><th scope="row">${esc(days[d])}</th>`;
    for (let hour = 0; hour < 24; hour++) {
      const v = values[d * 24 + hour];
      if (v === null) html += `<td class="h-sup" title="${esc(days[d])} ${hour}: <${k}">&lt;${k}</td>`;
      else {
        const level = v === 0 ? 0 : 1 + Math.min(4, Math.floor((v / max) * 5));
        html += `<td class="h${level}" title="${esc(days[d])} ${String(hour).padStart(2, '0')}: ${v}">${v}</td>`;
      }
    }
    html += '</tr>';
  }
  return `${html}</tbody></table></div>`;
}

const changeMark = { significant_rise: '▲', significant_fall: '▼' };
const trendMark = { rising: '↗', falling: '↘' };

/** A class word as a short mark with the word for screen readers and as a tooltip (keeps the table narrow). */
function mark(marks, prefix, code) {
  if (!code || !marks[code]) return '';
  const word = esc(t(`${prefix}.${code}`));
  return ` <span class="mark" title="${word}" aria-hidden="true">${marks[code]}</span><span class="visually-hidden"> (${word})</span>`;
}

function indicatorRows(rows, k, groupName) {
  if (!rows?.length) return '';
  const body = rows.map((r) => `<tr data-group="${esc(r.group)}">
<th scope="row">${esc(r.group === 'total' ? t('group.total') : groupName(r.group))}</th>
<td class="num" data-field="incidents">${countText(r.incidents, r.suppressed, k)}</td>
<td class="num" data-field="ratePer1000">${derived(r.ratePer1000, r.suppressed, k)}</td>
<td class="num" data-field="rateRatio">${derived(r.rateRatio, r.suppressed, k, 2)}${mark(changeMark, 'change', r.changeClass)}</td>
<td class="num" data-field="trendPercentPerYear">${derived(r.trendPercentPerYear, r.suppressed, k, 0)}${mark(trendMark, 'trend', r.trendClass)}</td>
</tr>`).join('');
  return `<div class="table-wrap"><table class="indicators"><caption>${esc(t('panel.indicators'))}</caption>
<thead><tr><th scope="col">${esc(t('panel.group'))}</th><th scope="col">${esc(t('panel.incidents'))}</th><th scope="col">${esc(t('panel.rate'))}</th><th scope="col">${esc(t('panel.ratio'))}</th><th scope="col">${esc(t('panel.trend'))}</th></tr></thead>
<tbody>${body}</tbody></table></div>
<p class="muted small">▲ ${esc(t('change.significant_rise'))} · ▼ ${esc(t('change.significant_fall'))} · ↗ ${esc(t('trend.rising'))} · ↘ ${esc(t('trend.falling'))}</p>`;
}

function priorityBlock(priority) {
  if (!priority) return `<p class="muted">${esc(t('panel.noPriority'))}</p>`;
  const reasons = (priority.reasons ?? []).map((r) => `<li>${esc(r)}</li>`).join('');
  return `<dl class="facts"><dt>${esc(t('panel.rank'))}</dt><dd data-field="rank">${esc(priority.rank)}</dd>
<dt>${esc(t('panel.score'))}</dt><dd data-field="score">${num(priority.score, 2)}</dd>
${priority.stability !== undefined && priority.stability !== null ? `<dt>${esc(t('panel.stability'))}</dt><dd>${num(priority.stability, 2)}</dd>` : ''}</dl>
${reasons ? `<h4>${esc(t('panel.reasons'))}</h4><ul class="reasons">${reasons}</ul>` : ''}`;
}

function planBlock(rows) {
  if (rows === undefined || rows === null) return '';
  if (rows.length === 0) return `<h3>${esc(t('panel.plan'))}</h3><p class="muted">${esc(t('panel.planNone'))}</p>`;
  const items = rows.map((r) => `<li class="plan-row"><dl>
<dt>${esc(t('panel.problem'))}</dt><dd>${esc(r.problem)}</dd>
${r.cause ? `<dt>${esc(t('panel.cause'))}</dt><dd>${esc(r.cause)}</dd>` : ''}
<dt>${esc(t('panel.measure'))}</dt><dd>${esc(r.measure)}</dd>
${r.goal ? `<dt>${esc(t('panel.goal'))}</dt><dd>${esc(r.goal)}</dd>` : ''}
<dt>${esc(t('panel.status'))}</dt><dd>${esc(r.status)}</dd>
${r.responsible ? `<dt>${esc(t('panel.responsible'))}</dt><dd>${esc(r.responsible)}</dd>` : ''}
${r.deadline ? `<dt>${esc(t('panel.deadline'))}</dt><dd>${esc(r.deadline)}</dd>` : ''}</dl></li>`).join('');
  return `<h3>${esc(t('panel.plan'))}</h3><ul class="plan">${items}</ul>`;
}

/** The panel's HTML for an area (GET /api/runs/{runId}/areas/{areaCode}). */
export function areaHtml(area, k, groupName = (g) => g) {
  return `<h2 id="panel-heading" tabindex="-1">${esc(t('panel.area'))}: ${esc(area.name)} <small>(${esc(area.code)})</small></h2>
<dl class="facts"><dt>${esc(t('panel.population'))}</dt><dd data-field="population">${num(area.population, 0)}</dd></dl>
${indicatorRows(area.indicators, k, groupName)}
${sparkline(area.monthly, k)}
${heatTable(area.hourWeekday, k)}
<h3>${esc(t('panel.rank'))}</h3>${priorityBlock(area.priority)}
${planBlock(area.planRows)}`;
}

/** The panel's HTML for a hot spot (GET /api/runs/{runId}/hotspots/{hotspotId}). */
export function hotspotHtml(h, k) {
  const gap = h.coverageGap ?? 'none';
  const uncovered = (h.uncovered ?? []).map((u) => `<li>${esc(u)}</li>`).join('');
  const nearby = (h.nearbyResources ?? []).map((r) => `<li>${esc(r.name)} – ${esc(resourceTypeLabel(r.type))}${r.openingHours ? `, ${esc(r.openingHours)}` : ''}${r.distance !== undefined && r.distance !== null ? ` (${num(r.distance, 0)} m)` : ''}</li>`).join('');
  return `<h2 id="panel-heading" tabindex="-1">${esc(t('panel.hotspot'))} ${esc(h.id)}</h2>
<dl class="facts">
<dt>${esc(t('panel.incidents'))}</dt><dd data-field="incidents">${countText(h.incidents, h.suppressed, k)}</dd>
${h.emergingClass ? `<dt>${esc(t('panel.emerging'))}</dt><dd>${esc(emergingLabel(h.emergingClass))}</dd>` : ''}
${h.changeClass ? `<dt>${esc(t('panel.change'))}</dt><dd>${esc(t(`change.${h.changeClass}`))}</dd>` : ''}
<dt>${esc(t('panel.coverageGap'))}</dt><dd data-field="coverageGap">${esc(t(`gap.${gap}`))}</dd>
${h.dominantCategories?.length ? `<dt>${esc(t('panel.categories'))}</dt><dd>${h.dominantCategories.map(esc).join(', ')}</dd>` : ''}
</dl>
${uncovered ? `<div class="gap-note" role="note"><strong>${esc(t('panel.uncovered'))}:</strong><ul>${uncovered}</ul></div>` : ''}
${sparkline(h.monthly, k)}
${heatTable(h.hourWeekday, k)}
<h3>${esc(t('panel.rank'))}</h3>${priorityBlock(h.priority)}
${nearby ? `<h3>${esc(t('panel.nearby'))}</h3><ul class="nearby">${nearby}</ul>` : ''}
${planBlock(h.planRows)}`;
}
