// Geo's map page: the stored runs of a study area on an OpenLayers map, served by Geo itself (/map/). Everything it shows
// comes from Geo's API with the session's key; nothing is fetched from elsewhere unless a base map is configured.
import 'ol/ol.css';
import './map.css';
import Map from 'ol/Map.js';
import View from 'ol/View.js';
import Overlay from 'ol/Overlay.js';
import TileLayer from 'ol/layer/Tile.js';
import XYZ from 'ol/source/XYZ.js';
import TileWMS from 'ol/source/TileWMS.js';
import { defaults as defaultControls, ScaleLine } from 'ol/control.js';
import { transformExtent, fromLonLat } from 'ol/proj.js';
import {
  t, lang, setLang, applyLabels, num, categories, categoryLabel, resourceTypeLabel,
} from './i18n.js';
import {
  getKey, setKey, getJson, postJson, request, tryKey, onUnauthorized, atLeast, ApiError,
} from './api.js';
import {
  createLayers, tileSource, tileLayerOf, layerRole, mapState, refresh, tileStats, classColours,
} from './layers.js';
import { areaHtml, hotspotHtml, esc } from './panel.js';
import { renderLegend } from './legend.js';
import { savePng } from './png.js';
import { setupExports, renderExports } from './exports.js';

const $ = (id) => document.getElementById(id);

const state = {
  config: null,
  me: null,
  runs: [],
  run: null, // the chosen run's detail
  group: 'total',
  method: 'quantile',
  classes: 5,
  classesAnswer: null,
  priorities: null,
  panel: null, // { kind: 'area'|'hotspot', id }
  panelReturnFocus: null,
  visible: new Set(['boundary', 'areas', 'hotspots']),
  baseMapVisible: true,
};

const layers = createLayers();
let baseLayer = null;
let map = null;
let popup = null;

function k() { return state.me?.suppressBelow ?? state.config?.suppressBelow ?? 5; }

// ---------- status and errors ----------

let statusTimer = 0;
function showStatus(message, kind = 'info') {
  const el = $('status');
  el.textContent = message;
  el.className = `status ${kind}`;
  el.hidden = !message;
  clearTimeout(statusTimer);
  if (message && kind === 'info') statusTimer = setTimeout(() => { el.hidden = true; }, 6000);
}

function showError(error) {
  if (error instanceof ApiError && error.status === 401) return; // the key dialog says it
  const message = error instanceof ApiError && error.status === 403 ? t('error.forbidden') : `${t('error.generic')}${error.message}`;
  showStatus(message, 'error');
}

// ---------- the key ----------

// How long the key dialog waited for a key (ms): not the page's time, so left out of window.geoFirstDraw.
let keyWait = 0;
let keyAskedAt = null;

function askKey(message) {
  keyAskedAt ??= performance.now();
  const dialog = $('key-dialog');
  $('key-error').textContent = message ?? '';
  $('key-error').hidden = !message;
  $('key-input').value = '';
  if (!dialog.open) dialog.showModal();
  $('key-input').focus();
}

async function submitKey(event) {
  event.preventDefault();
  if (keyAskedAt !== null) { keyWait += performance.now() - keyAskedAt; keyAskedAt = null; }
  const key = $('key-input').value.trim();
  if (!key) { askKey(t('key.missing')); return; }
  try {
    const answer = await tryKey(key);
    if (!answer.ok) { askKey(t('key.wrong')); return; }
    setKey(key);
    $('key-dialog').close();
    await signedIn(answer.me);
  } catch (error) {
    askKey(`${t('key.unreachable')}${error.message}`);
  }
}

async function signedIn(me) {
  state.me = me;
  renderMe();
  buildLayerList();
  renderRoleParts();
  await loadRuns();
}

function renderMe() {
  const me = state.me;
  $('me').textContent = me ? `${t('me.as')} ${me.name} (${t(`role.${me.role}`)})` : '';
  $('me').dataset.role = me?.role ?? '';
}

// ---------- layers ----------

const layerOrder = ['boundary', 'areas', 'cells', 'emerging', 'density', 'hotspots', 'resources', 'incidents'];

function allowedLayers() {
  return layerOrder.filter((name) => state.me && atLeast(state.me.role, layerRole[name]));
}

function buildLayerList() {
  const list = $('layer-list');
  list.textContent = '';
  const names = allowedLayers();
  for (const name of names) {
    const li = document.createElement('li');
    li.innerHTML = `<label><input type="checkbox" data-layer="${name}" id="layer-${name}"> <span data-i18n="layer.${name}">${esc(t(`layer.${name}`))}</span></label>`;
    const box = li.querySelector('input');
    box.checked = state.visible.has(name);
    box.addEventListener('change', () => {
      if (box.checked) state.visible.add(name); else state.visible.delete(name);
      applyVisibility();
      renderLegend(legendContext());
    });
    list.append(li);
  }
  if (baseLayer) {
    const li = document.createElement('li');
    li.innerHTML = `<label><input type="checkbox" id="layer-base"> <span data-i18n="layer.base">${esc(t('layer.base'))}</span></label>`;
    const box = li.querySelector('input');
    box.checked = state.baseMapVisible;
    box.addEventListener('change', () => { state.baseMapVisible = box.checked; baseLayer.setVisible(box.checked); });
    list.append(li);
  }
  applyVisibility();
}

function applyVisibility() {
  const allowed = new Set(allowedLayers());
  for (const [name, layer] of Object.entries(layers)) layer.setVisible(Boolean(state.run) && allowed.has(name) && state.visible.has(name));
}

function setSources() {
  const runId = state.run.id;
  const shared = {};
  for (const [name, layer] of Object.entries(layers)) {
    const tileLayer = tileLayerOf[name];
    const query = tileLayer === 'areas' ? `?group=${encodeURIComponent(state.group)}` : '';
    const key = tileLayer + query;
    // One source per tile layer: the cells tiles feed both the Gi* and the emerging layer.
    shared[key] ??= tileSource(runId, tileLayer, query);
    layer.setSource(shared[key]);
  }
}

function legendContext() {
  return {
    visible: new Set(allowedLayers().filter((n) => state.visible.has(n))),
    indicator: mapState.indicator,
    classes: state.classesAnswer,
    colours: mapState.colours,
    k: k(),
    // The analyst sees every count (suppressBelow null): no "<k" class then.
    showSuppressed: typeof state.me?.suppressBelow === 'number',
    baseMap: state.config?.baseMap ?? null,
  };
}

// ---------- runs and the filter ----------

function runMatchesFilter(run) {
  const from = $('filter-from').value;
  const to = $('filter-to').value;
  if (from && run.periodFrom !== from) return false;
  if (to && run.periodTo !== to) return false;
  const wanted = checkedCategories();
  if (wanted.length) {
    // A run's categories come expanded (violence, violence.assault, …): compare their top-level codes.
    const have = topCategories(run.categories);
    if (have.length !== wanted.length || have.some((c, i) => c !== wanted[i])) return false;
  }
  return true;
}

function topCategories(codes) {
  return [...new Set((codes ?? []).map((c) => c.split('.')[0]))].sort();
}

function checkedCategories() {
  return [...document.querySelectorAll('#filter-categories input:checked')].map((i) => i.value).sort();
}

function buildCategoryChecks() {
  const box = $('filter-categories');
  const checked = new Set(checkedCategories());
  box.textContent = '';
  for (const code of Object.keys(categories)) {
    const label = document.createElement('label');
    label.innerHTML = `<input type="checkbox" value="${code}"> ${esc(categoryLabel(code))}`;
    label.querySelector('input').checked = checked.has(code);
    label.querySelector('input').addEventListener('change', () => renderRunOptions(true));
    box.append(label);
  }
}

function runText(run) {
  const label = run.label ? ` ${run.label}` : '';
  return `#${run.id}${label} · ${run.periodFrom} – ${run.periodTo} · ${run.studyArea}`;
}

async function loadRuns(selectId) {
  try {
    state.runs = (await getJson('/api/runs')) ?? [];
  } catch (error) {
    showError(error);
    return;
  }
  state.runs.sort((a, b) => b.id - a.id);
  const wanted = selectId ?? Number(new URLSearchParams(location.hash.slice(1)).get('run')) ?? null;
  renderRunOptions(false, wanted);
}

function renderRunOptions(filterChanged, wantedId) {
  const select = $('run');
  const matching = state.runs.filter((r) => r.status === 'completed' && runMatchesFilter(r));
  select.textContent = '';
  for (const run of matching) {
    const option = document.createElement('option');
    option.value = String(run.id);
    option.textContent = runText(run);
    select.append(option);
  }
  if (matching.length === 0) {
    const option = document.createElement('option');
    option.value = '';
    option.textContent = t('run.none');
    select.append(option);
  }
  const current = wantedId && matching.some((r) => r.id === wantedId) ? wantedId
    : state.run && matching.some((r) => r.id === state.run.id) ? state.run.id
      : matching[0]?.id;
  if (current) {
    if ($('status').textContent === t('run.none')) showStatus('');
    select.value = String(current);
    if (!state.run || state.run.id !== current) selectRun(current);
  } else if (filterChanged) {
    showStatus(t('run.none'));
  }
}

async function selectRun(runId) {
  let detail;
  try {
    detail = await getJson(`/api/runs/${runId}?lang=${lang()}`);
  } catch (error) {
    showError(error);
    return;
  }
  state.run = detail;
  history.replaceState(null, '', `#run=${runId}`);
  renderRunInfo();
  renderExports();
  buildGroupOptions();
  setSources();
  applyVisibility();
  closePanel();
  if (detail.bbox) {
    const extent = transformExtent(detail.bbox, 'EPSG:4326', 'EPSG:3857');
    map.getView().fit(extent, { padding: [20, 20, 20, 20], maxZoom: 15 });
  }
  await Promise.all([loadClasses(), loadPriorities()]);
  if (!firstDrawPending && !window.geoFirstDraw && state.run === detail) recordFirstDraw(runId);
}

// The first run's full draw, for bench/Geo.Bench mapdraw (issue 13: under 1 s): milliseconds from navigation start to
// the first rendercomplete after the run's layers were set, its classes applied and every visible tile loaded and drawn,
// less the time the key dialog stood open waiting for a key. Recorded once.
let firstDrawPending = false;
function recordFirstDraw(runId) {
  firstDrawPending = true;
  map.once('rendercomplete', () => {
    window.geoFirstDraw = Object.freeze({ ms: Math.round(performance.now() - keyWait), run: runId });
  });
  map.render();
}

function renderRunInfo() {
  const run = state.run;
  if (!run) { $('run-info').textContent = ''; return; }
  const parts = [`${t('run.period')}: ${run.periodFrom} – ${run.periodTo}`];
  if (run.compareFrom) parts.push(`${t('run.compare')}: ${run.compareFrom} – ${run.compareTo}`);
  if (run.categories?.length) parts.push(topCategories(run.categories).map(categoryLabel).join(', '));
  $('run-info').textContent = parts.join(' · ');
  const notices = $('run-notices');
  notices.textContent = '';
  const list = run.notices ?? [];
  if (list.length) {
    const details = document.createElement('details');
    details.innerHTML = `<summary>${esc(t('legend.notice'))} (${list.length})</summary><ul></ul>`;
    for (const n of list) {
      const li = document.createElement('li');
      li.textContent = n.text ?? n.code ?? String(n);
      details.querySelector('ul').append(li);
    }
    notices.append(details);
  }
}

function groupCode(g) { return typeof g === 'string' ? g : g.code ?? g.group ?? g.name; }
function groupLabel(g) {
  const code = groupCode(g);
  if (state.run?.groupLabels?.[code]) return state.run.groupLabels[code]; // in the language the run was asked in
  return typeof g === 'string' ? categoryLabel(g) : g.label ?? g.name ?? categoryLabel(code);
}

function buildGroupOptions() {
  const select = $('group');
  select.textContent = '';
  const total = document.createElement('option');
  total.value = 'total';
  total.textContent = t('group.total');
  select.append(total);
  for (const g of state.run?.groups ?? []) {
    const code = groupCode(g);
    if (!code || code === 'total') continue;
    const option = document.createElement('option');
    option.value = code;
    option.textContent = groupLabel(g);
    select.append(option);
  }
  if (![...select.options].some((o) => o.value === state.group)) state.group = 'total';
  select.value = state.group;
}

// Only the newest request's classes are applied: changing the method and the number of classes in quick succession
// sends two requests whose answers may come in either order.
let classesRequest = 0;

async function loadClasses() {
  if (!state.run) return;
  const mine = ++classesRequest;
  const q = new URLSearchParams({ indicator: mapState.indicator, method: state.method, classes: String(state.classes), group: state.group });
  try {
    const answer = await getJson(`/api/runs/${state.run.id}/classes?${q}`);
    if (mine !== classesRequest) return;
    state.classesAnswer = answer;
    mapState.breaks = answer?.breaks ?? [];
    mapState.colours = classColours(mapState.indicator, mapState.breaks);
  } catch (error) {
    if (mine !== classesRequest) return;
    state.classesAnswer = null;
    mapState.breaks = [];
    mapState.colours = [];
    showError(error);
  }
  refresh(layers);
  renderLegend(legendContext());
}

// ---------- new runs ----------

function stepLabel(step) {
  const key = `job.step.${step}`;
  const label = t(key);
  return label === key ? step : label;
}

async function startRun() {
  const studyArea = state.run?.studyArea ?? (await getJson('/api/study-areas').catch(() => []))?.[0]?.code;
  if (!studyArea) { showStatus(t('run.none'), 'error'); return; }
  const body = { studyArea };
  if ($('filter-from').value) body.from = $('filter-from').value;
  if ($('filter-to').value) body.to = $('filter-to').value;
  const cats = checkedCategories();
  if (cats.length) body.categories = cats;
  const jobBox = $('job');
  jobBox.hidden = false;
  jobBox.innerHTML = `<p>${esc(t('job.running'))}</p><progress></progress><ol class="steps"></ol>`;
  $('new-run').disabled = true;
  try {
    const started = await postJson('/api/runs', body);
    const jobId = started.jobId;
    for (;;) {
      await new Promise((r) => setTimeout(r, 1000));
      const job = await getJson(`/api/jobs/${encodeURIComponent(jobId)}`);
      // The service reports step codes (queued, resolve, read, …); unknown ones are shown as they come.
      jobBox.querySelector('.steps').innerHTML = (job.steps ?? []).map((s) => `<li>${esc(stepLabel(s))}</li>`).join('');
      if (job.status === 'completed') {
        jobBox.querySelector('p').textContent = t('job.completed');
        jobBox.querySelector('progress').remove();
        await loadRuns(job.runId);
        if (job.runId) { $('run').value = String(job.runId); await selectRun(job.runId); }
        break;
      }
      if (job.status === 'failed') {
        jobBox.querySelector('p').textContent = `${t('job.failed')}${job.error ?? ''}`;
        jobBox.querySelector('progress')?.remove();
        break;
      }
    }
  } catch (error) {
    jobBox.querySelector('p').textContent = `${t('job.failed')}${error.message}`;
    jobBox.querySelector('progress')?.remove();
  } finally {
    $('new-run').disabled = false;
  }
}

// ---------- priorities and the report ----------

function renderRoleParts() {
  const coordinator = state.me && atLeast(state.me.role, 'coordinator');
  $('new-run').hidden = !coordinator;
  $('new-run-role').hidden = Boolean(coordinator);
  $('report').hidden = !coordinator;
  renderExports();
}

async function loadPriorities() {
  const list = $('priority-list');
  list.textContent = '';
  state.priorities = null;
  if (!state.run || !atLeast(state.me?.role, 'coordinator')) {
    $('priority-note').textContent = t('priorities.role');
    return;
  }
  try {
    state.priorities = (await getJson(`/api/runs/${state.run.id}/priorities?top=20&lang=${lang()}`)) ?? [];
  } catch (error) {
    showError(error);
    return;
  }
  renderPriorities();
}

function renderPriorities() {
  const list = $('priority-list');
  list.textContent = '';
  const items = state.priorities ?? [];
  $('priority-note').textContent = items.length ? '' : t(state.priorities ? 'priorities.none' : 'priorities.role');
  for (const p of items) {
    const li = document.createElement('li');
    const kindLabel = p.kind === 'hotspot' ? t('panel.hotspot') : t('panel.area');
    li.innerHTML = `<button type="button" class="priority" data-kind="${esc(p.kind)}" data-target="${esc(p.targetId)}" title="${esc(t('priorities.zoom'))}">
<span class="rank">${esc(p.rank)}</span><span class="what"><strong>${esc(p.name ?? p.targetId)}</strong> <small>${esc(kindLabel)}${p.group && p.group !== 'total' ? ` · ${esc(categoryLabel(p.group))}` : ''}</small>
<small class="score">${esc(t('priorities.score'))} ${num(p.score, 2)}</small>${p.reasons?.length ? `<small class="reason">${esc(p.reasons[0])}</small>` : ''}</span></button>`;
    li.querySelector('button').addEventListener('click', (event) => {
      if (p.bbox) map.getView().fit(transformExtent(p.bbox, 'EPSG:4326', 'EPSG:3857'), { padding: [60, 60, 60, 60], maxZoom: 16, duration: 300 });
      openPanel(p.kind === 'hotspot' ? 'hotspot' : 'area', p.targetId, event.currentTarget);
    });
    list.append(li);
  }
}

async function openReport() {
  if (!state.run) return;
  const win = window.open('', '_blank');
  showStatus(t('report.loading'));
  try {
    const response = await request(`/api/runs/${state.run.id}/report?format=pdf&lang=${lang()}`);
    const blob = await response.blob();
    const url = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
    if (win) win.location.href = url;
    else {
      const a = document.createElement('a');
      a.href = url;
      a.download = `lagesbild-${state.run.id}.pdf`;
      a.click();
    }
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    showStatus('');
  } catch (error) {
    win?.close();
    showError(error);
  }
}

// ---------- the detail panel and the popup ----------

async function openPanel(kind, id, returnFocus) {
  if (!state.run) return;
  state.panel = { kind, id: String(id) };
  state.panelReturnFocus = returnFocus ?? document.activeElement;
  const panel = $('panel');
  const body = $('panel-body');
  panel.hidden = false;
  panel.dataset.kind = kind;
  panel.dataset.id = String(id);
  body.innerHTML = `<p>${esc(t('panel.loading'))}</p>`;
  const q = new URLSearchParams({ lang: lang() });
  if (kind === 'area') q.set('group', state.group);
  const path = kind === 'area'
    ? `/api/runs/${state.run.id}/areas/${encodeURIComponent(id)}?${q}`
    : `/api/runs/${state.run.id}/hotspots/${encodeURIComponent(id)}?${q}`;
  try {
    const detail = await getJson(path);
    if (!state.panel || state.panel.kind !== kind || state.panel.id !== String(id)) return; // another click came first
    body.innerHTML = kind === 'area' ? areaHtml(detail, k(), groupLabel) : hotspotHtml(detail, k());
    panel.dataset.loaded = 'true';
    $('panel-heading')?.focus();
    return detail;
  } catch (error) {
    body.innerHTML = `<p class="error">${esc(error.message)}</p>`;
    return null;
  }
}

function closePanel() {
  const panel = $('panel');
  if (panel.hidden) return false;
  panel.hidden = true;
  panel.dataset.loaded = '';
  state.panel = null;
  const back = state.panelReturnFocus;
  state.panelReturnFocus = null;
  if (back && document.contains(back)) back.focus();
  return true;
}

function showPopup(coordinate, html) {
  const el = $('popup');
  el.querySelector('.popup-body').innerHTML = html;
  el.hidden = false;
  popup.setPosition(coordinate);
}

function closePopup() {
  const el = $('popup');
  if (el.hidden) return false;
  el.hidden = true;
  popup.setPosition(undefined);
  return true;
}

function resourcePopup(f) {
  return `<h3>${esc(f.get('name'))}</h3><dl class="facts">
<dt>${esc(t('popup.type'))}</dt><dd>${esc(resourceTypeLabel(f.get('type')))}</dd>
${f.get('owner') ? `<dt>${esc(t('popup.owner'))}</dt><dd>${esc(f.get('owner'))}</dd>` : ''}
${f.get('opening_hours') ? `<dt>${esc(t('popup.hours'))}</dt><dd>${esc(f.get('opening_hours'))}</dd>` : ''}</dl>`;
}

async function onMapClick(event) {
  if (!state.run) return;
  const hits = {};
  map.forEachFeatureAtPixel(event.pixel, (feature, layer) => {
    const name = layer?.get('name');
    if (name && !hits[name]) hits[name] = feature;
  }, { hitTolerance: 4, layerFilter: (layer) => Boolean(layer.get('name')) });
  closePopup();
  if (hits.resources) { showPopup(event.coordinate, resourcePopup(hits.resources)); return; }
  if (hits.incidents) {
    const f = hits.incidents;
    showPopup(event.coordinate, `<h3>${esc(t('legend.incident'))} ${esc(f.get('id'))}</h3><p>${esc(categoryLabel(f.get('category')))} · ${esc(f.get('date'))}</p>`);
    return;
  }
  if (hits.hotspots) {
    const f = hits.hotspots;
    const detail = await openPanel('hotspot', f.get('hotspot_id'), $('map'));
    const gap = f.get('coverage_gap');
    if (detail && gap && gap !== 'none') {
      const hours = (detail.uncovered ?? []).map((u) => `<li>${esc(u)}</li>`).join('');
      showPopup(event.coordinate, `<h3>${esc(t('panel.hotspot'))} ${esc(detail.id)}</h3><p><strong>${esc(t('panel.coverageGap'))}:</strong> ${esc(t(`gap.${gap}`))}</p>${hours ? `<p>${esc(t('panel.uncovered'))}:</p><ul>${hours}</ul>` : ''}`);
    }
    return;
  }
  if (hits.areas) { openPanel('area', hits.areas.get('code'), $('map')); return; }
  closePanel();
}

// ---------- base map ----------

function createBaseLayer(baseMap) {
  if (!baseMap || !baseMap.url || !['xyz', 'wms'].includes(baseMap.type)) return null;
  const attributions = baseMap.attribution ? [esc(baseMap.attribution)] : undefined;
  const source = baseMap.type === 'wms'
    ? new TileWMS({ url: baseMap.url, params: { LAYERS: baseMap.layers ?? '', TILED: true }, crossOrigin: 'anonymous', attributions })
    : new XYZ({ url: baseMap.url, crossOrigin: 'anonymous', attributions, maxZoom: 19 });
  return new TileLayer({ source, zIndex: 0, properties: { base: true } });
}

// ---------- language, large type ----------

async function switchLanguage() {
  setLang(lang() === 'sv' ? 'en' : 'sv');
  try { localStorage.setItem('geo.lang', lang()); } catch { /* ignore */ }
  applyLabels();
  $('map').setAttribute('aria-roledescription', lang() === 'en' ? 'map' : 'karta');
  $('map').setAttribute('aria-label', lang() === 'en' ? 'Map' : 'Karta');
  renderMe();
  buildCategoryChecks();
  for (const option of $('run').options) {
    const run = state.runs.find((r) => String(r.id) === option.value);
    option.textContent = run ? runText(run) : t('run.none');
  }
  buildGroupOptions();
  renderLegend(legendContext());
  renderExports();
  if (state.run) {
    // The server's texts (notices, reasons, uncovered hours) come in the language asked for.
    try { state.run = { ...state.run, ...(await getJson(`/api/runs/${state.run.id}?lang=${lang()}`)) }; } catch { /* keep */ }
    renderRunInfo();
    buildGroupOptions();
    await loadPriorities();
    if (state.panel) openPanel(state.panel.kind, state.panel.id, state.panelReturnFocus);
  }
}

function setLarge(on) {
  document.body.classList.toggle('large', on);
  $('large').setAttribute('aria-pressed', String(on));
  mapState.scale = on ? 1.7 : 1;
  try { localStorage.setItem('geo.large', on ? '1' : '0'); } catch { /* ignore */ }
  refresh(layers);
  map?.updateSize();
}

// ---------- keyboard ----------

function isTyping(target) {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

function onKey(event) {
  if ($('key-dialog').open) return;
  if (event.key === 'Escape') {
    if (closePopup() || closePanel()) event.preventDefault();
    return;
  }
  if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.target === $('map')) return; // OpenLayers' own keyboard zoom handles the focused map
  if (event.key === '+' || event.key === '=' || event.key === '-') {
    const view = map.getView();
    view.animate({ zoom: view.getZoom() + (event.key === '-' ? -1 : 1), duration: 200 });
    event.preventDefault();
  }
}

// ---------- start ----------

async function start() {
  let storedLang = null;
  try { storedLang = localStorage.getItem('geo.lang'); } catch { /* ignore */ }
  try { state.config = await getJson('/api/config'); } catch { state.config = null; }
  setLang(storedLang ?? state.config?.defaultLanguage ?? 'sv');
  applyLabels();
  buildCategoryChecks();

  baseLayer = createBaseLayer(state.config?.baseMap);
  popup = new Overlay({ element: $('popup'), autoPan: { animation: { duration: 200 } }, positioning: 'bottom-center', offset: [0, -10] });
  map = new Map({
    target: 'map',
    layers: [...(baseLayer ? [baseLayer] : []), ...Object.values(layers)],
    overlays: [popup],
    controls: defaultControls({ attributionOptions: { collapsible: !baseLayer, collapsed: false } }).extend([new ScaleLine()]),
    view: new View({ center: fromLonLat([15, 62]), zoom: 5, maxZoom: 19 }),
  });
  map.on('singleclick', onMapClick);
  map.on('pointermove', (event) => {
    if (event.dragging) return;
    const hit = map.hasFeatureAtPixel(event.pixel, { layerFilter: (l) => ['areas', 'hotspots', 'resources', 'incidents'].includes(l.get('name')) });
    map.getTargetElement().classList.toggle('pointer', hit);
  });
  if (!baseLayer) map.getTargetElement().dataset.baseMap = 'none';

  let large = false;
  try { large = localStorage.getItem('geo.large') === '1'; } catch { /* ignore */ }
  setLarge(large);

  $('lang').addEventListener('click', switchLanguage);
  $('key-lang').addEventListener('click', () => { switchLanguage(); $('key-input').focus(); });
  $('large').addEventListener('click', () => setLarge(!document.body.classList.contains('large')));
  $('png').addEventListener('click', () => savePng(map, legendContext(), state.run).catch((e) => showStatus(`${t('png.failed')}${e.message}`, 'error')));
  $('change-key').addEventListener('click', () => askKey());
  $('key-form').addEventListener('submit', submitKey);
  $('key-dialog').addEventListener('cancel', (event) => { if (!getKey()) event.preventDefault(); });
  $('run').addEventListener('change', () => { const id = Number($('run').value); if (id) selectRun(id); });
  $('filter-from').addEventListener('change', () => renderRunOptions(true));
  $('filter-to').addEventListener('change', () => renderRunOptions(true));
  $('filter-clear').addEventListener('click', () => {
    $('filter-from').value = '';
    $('filter-to').value = '';
    for (const box of document.querySelectorAll('#filter-categories input')) box.checked = false;
    renderRunOptions(true);
  });
  $('new-run').addEventListener('click', startRun);
  $('indicator').addEventListener('change', () => { mapState.indicator = $('indicator').value; loadClasses(); });
  $('method').addEventListener('change', () => { state.method = $('method').value; loadClasses(); });
  $('classes').addEventListener('change', () => { state.classes = Number($('classes').value); loadClasses(); });
  $('group').addEventListener('change', () => {
    state.group = $('group').value;
    if (state.run) setSources();
    loadClasses();
    if (state.panel?.kind === 'area') openPanel('area', state.panel.id, state.panelReturnFocus);
  });
  $('report').addEventListener('click', openReport);
  setupExports(() => ({ me: state.me, run: state.run }));
  $('panel-close').addEventListener('click', closePanel);
  $('popup').querySelector('.popup-close').addEventListener('click', closePopup);
  document.addEventListener('keydown', onKey);
  onUnauthorized(() => { setKey(null); askKey(t('key.wrong')); });

  // Redraw the density and emerging legends as their tiles arrive (their classes come from the features seen).
  let legendTimer = 0;
  for (const name of ['density', 'emerging', 'resources']) {
    layers[name].on('change:source', () => {
      layers[name].getSource()?.on('tileloadend', () => {
        clearTimeout(legendTimer);
        legendTimer = setTimeout(() => {
          if (name === 'density') refresh({ density: layers.density });
          renderLegend(legendContext());
        }, 250);
      });
    });
  }

  // For the browser test and for debugging: the map and the tile statistics.
  window.geoMap = { map, tileStats, state, mapState };

  const key = getKey();
  if (!key) { askKey(); return; }
  try {
    const answer = await tryKey(key);
    if (!answer.ok) { setKey(null); askKey(t('key.wrong')); return; }
    await signedIn(answer.me);
  } catch (error) {
    askKey(`${t('key.unreachable')}${error.message}`);
  }
}

start();
