// The side panel's export control: one of the selected run's tables in CSV, Excel, GeoJSON or GeoPackage, made by the
// server for the caller's role (GET /api/runs/{runId}/exports/{what}?format=&lang=&dialect=). The file is fetched with
// the key in the header, held as a blob and handed to the browser through a download link: the key is never in a URL.
import { t, lang } from './i18n.js';
import { request, atLeast } from './api.js';

/** The tables in the order of geo export --help, with the least role that may have each (Geo.Planning.Exports.ExportWhat). */
export const exportTables = [
  ['indicators', 'partner'],
  ['hotspots', 'partner'],
  ['cells', 'coordinator'],
  ['priorities', 'coordinator'],
  ['plan', 'coordinator'],
  ['areas', 'partner'],
  ['reference', 'partner'],
];

export const exportFormats = [
  ['csv', 'csv'],
  ['xlsx', 'xlsx'],
  ['geojson', 'geojson'],
  ['gpkg', 'gpkg'],
];

/** The CSV dialect that follows the page's language: Swedish Excel in Swedish, the standard one in English. */
export function dialectOf(language) { return language === 'en' ? 'standard' : 'excel-sv'; }

const $ = (id) => document.getElementById(id);

let context = null; // { getState: () => ({ me, run }) }
let busy = false;

/** Wires the control once; render() fills it for the signed-in role and the chosen run. */
export function setupExports(getState) {
  context = { getState };
  $('export-download').addEventListener('click', download);
  $('export-format').addEventListener('change', renderNotes);
  $('export-what').addEventListener('change', () => showExportMessage(''));
}

/** Fills the table list (only what the role may export), the formats and the notes, in the current language. */
export function renderExports() {
  if (!context) return;
  const { me, run } = context.getState();
  const section = $('exports');
  section.hidden = !me || !run;
  if (!me) return;
  const what = $('export-what');
  const chosen = what.value;
  what.textContent = '';
  for (const [code, least] of exportTables) {
    if (!atLeast(me.role, least)) continue;
    const option = document.createElement('option');
    option.value = code;
    option.textContent = t(`export.what.${code}`);
    what.append(option);
  }
  if ([...what.options].some((o) => o.value === chosen)) what.value = chosen;
  const format = $('export-format');
  const chosenFormat = format.value || 'csv';
  format.textContent = '';
  for (const [code] of exportFormats) {
    const option = document.createElement('option');
    option.value = code;
    option.textContent = t(`export.format.${code}`);
    format.append(option);
  }
  format.value = chosenFormat;
  renderNotes();
}

function renderNotes() {
  const { me } = context.getState();
  const csv = $('export-format').value === 'csv';
  const dialect = $('export-dialect');
  dialect.hidden = !csv;
  dialect.textContent = t(`export.dialect.${dialectOf(lang())}`);
  const k = me?.suppressBelow;
  const note = $('export-suppression');
  // suppressBelow is null for the analyst: every count is exported as it is.
  note.textContent = typeof k === 'number' ? t('export.suppressed', { k, top: k - 1 }) : t('export.unsuppressed');
}

export function showExportMessage(message, kind = 'error') {
  const el = $('export-message');
  el.textContent = message;
  el.className = `export-message ${kind}`;
  el.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  el.hidden = !message;
}

/** The file name in Content-Disposition (filename*=UTF-8'' or filename=), else geo_run{id}_{what}.{ext}. */
function fileNameOf(response, runId, what, format) {
  const header = response.headers.get('Content-Disposition') ?? '';
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star) { try { return decodeURIComponent(star[1].trim()); } catch { /* fall through */ } }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  if (plain) return plain[1].trim();
  return `geo_run${runId}_${what}.${format}`;
}

async function download() {
  const { run } = context.getState();
  if (!run || busy) return;
  const what = $('export-what').value;
  const format = $('export-format').value;
  if (!what || !format) return;
  const q = new URLSearchParams({ format, lang: lang() });
  if (format === 'csv') q.set('dialect', dialectOf(lang()));
  const button = $('export-download');
  busy = true;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  showExportMessage(t('export.loading'), 'info');
  try {
    const response = await request(`/api/runs/${run.id}/exports/${encodeURIComponent(what)}?${q}`);
    const blob = await response.blob();
    const name = fileNameOf(response, run.id, what, format);
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    showExportMessage(t('export.done', { name, size: sizeText(blob.size) }), 'info');
  } catch (error) {
    // The server's ProblemDetails detail (ApiError's message) says what was wrong.
    const message = error?.status === 403 && !error.message ? t('error.forbidden') : error.message;
    showExportMessage(`${t('export.failed')}${message}`, 'error');
  } finally {
    busy = false;
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

function sizeText(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
