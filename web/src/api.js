// Geo's HTTP API with the session's key: every fetch (JSON, tiles, the report) sends Authorization: Bearer <key>.
// The key lives in sessionStorage only (gone when the tab closes) and never in a URL.

const storageKey = 'geo.apiKey';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function getKey() {
  try { return sessionStorage.getItem(storageKey); } catch { return null; }
}

export function setKey(key) {
  try {
    if (key) sessionStorage.setItem(storageKey, key);
    else sessionStorage.removeItem(storageKey);
  } catch { /* storage disabled: the key lasts until reload */ }
  memoryKey = key;
}

let memoryKey = null;

function currentKey() { return getKey() ?? memoryKey; }

/** Listeners told when the server refuses the key (401): the page asks for it again. */
const unauthorizedListeners = [];
export function onUnauthorized(listener) { unauthorizedListeners.push(listener); }

export function authHeaders(extra = {}) {
  const key = currentKey();
  return key ? { ...extra, Authorization: `Bearer ${key}` } : extra;
}

/** A ProblemDetails answer's message (detail, else title), or the status text. */
async function problemOf(response) {
  try {
    const body = await response.json();
    return body.detail || body.title || response.statusText;
  } catch {
    return response.statusText || `HTTP ${response.status}`;
  }
}

/** fetch with the key; throws ApiError with the server's message on a non-2xx answer. */
export async function request(path, options = {}) {
  const response = await fetch(path, { ...options, headers: authHeaders(options.headers ?? {}) });
  if (response.status === 401) {
    const message = await problemOf(response);
    for (const listener of unauthorizedListeners) listener(message);
    throw new ApiError(401, message);
  }
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return response;
}

export async function getJson(path) {
  const response = await request(path, { headers: { Accept: 'application/json' } });
  if (response.status === 204) return null;
  return response.json();
}

export async function postJson(path, body) {
  const response = await request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return response.status === 204 ? null : response.json();
}

/** Checks a key without keeping it: GET /api/me with it. */
export async function tryKey(key) {
  const response = await fetch('/api/me', { headers: { Accept: 'application/json', Authorization: `Bearer ${key}` } });
  if (response.status === 401 || response.status === 403) return { ok: false, status: response.status };
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return { ok: true, me: await response.json() };
}

export const roleRank = { partner: 1, coordinator: 2, analyst: 3 };

export function atLeast(role, least) { return (roleRank[role] ?? 0) >= roleRank[least]; }
