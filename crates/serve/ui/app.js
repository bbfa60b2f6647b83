// rasad's web map and timeline: the stored events as markers on Syria's
// governorates and districts, a histogram to brush a period, filters,
// Arabic search, and an event's evidence highlighted inside its article.
// Everything comes from the API of the same server (/api/openapi.json).
'use strict';

const FILTER_KEYS = ['type', 'sub_type', 'actor', 'admin1', 'from', 'to'];

const state = {
  lang: localStorage.getItem('rasad.lang') || 'ar',
  filters: {},
  meta: null,
  actors: [],
  governorates: {},   // English name (the store's admin1) → Arabic name
  districts: {},      // English name (a record's admin2) → Arabic name
  bucket: 'week',
  bins: [],           // the timeline's bins, every one from first to last
  markers: [],
  openEvent: null,
  controlOn: '',      // the day of the "who holds what" layer; '' when off
  view: null,         // what the panel shows, to redraw it on a language change
};

let map, clusters, governorateLayer, districtLayer, selected, controlLayer;

// ------------------------------------------------------------------ utils

const $ = (sel) => document.querySelector(sel);

function t(key, ...args) {
  const s = STRINGS[state.lang][key];
  return typeof s === 'function' ? s(...args) : s;
}

function typeLabel(name) {
  return state.lang === 'ar' ? (TYPE_AR[name] || name) : name;
}

function actorLabel(id) {
  if (!id) return t('unknown');
  const a = state.actors.find((x) => x.id === id);
  if (!a) return id;
  return state.lang === 'ar' && a.aliases.length ? a.aliases[0] : a.name;
}

function governorateLabel(en) {
  if (!en) return '';
  return state.lang === 'ar' ? (state.governorates[en] || en) : en;
}

function districtLabel(en) {
  if (!en) return '';
  return state.lang === 'ar' ? (state.districts[en] || en) : en;
}

function reporterLabel(id) {
  const r = state.meta.reporters.find((x) => x.id === id);
  if (!r) return id;
  return state.lang === 'ar' && r.name_ar ? r.name_ar : r.name;
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

// Character offsets of events.md count Unicode scalar values, as
// Array.from does; String.prototype.slice counts UTF-16 units.
function splitChars(text, spans) {
  const chars = Array.from(text);
  const out = [];
  let at = 0;
  for (const { start, end } of spans) {
    if (start < at || end <= start || end > chars.length) continue;
    if (start > at) out.push(document.createTextNode(chars.slice(at, start).join('')));
    out.push(el('mark', {}, chars.slice(start, end).join('')));
    at = end;
  }
  if (at < chars.length) out.push(document.createTextNode(chars.slice(at).join('')));
  return out;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function api(path, params = {}) {
  const res = await fetch(path + query(params));
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error || `${res.status} ${res.statusText}`);
  return body;
}

function activeFilters(without = []) {
  const f = {};
  for (const k of FILTER_KEYS) {
    if (!without.includes(k) && state.filters[k]) f[k] = state.filters[k];
  }
  return f;
}

// ------------------------------------------------------------------ dates

function parseDay(s) {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d || 1));
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function addDays(date, n) {
  return new Date(date.getTime() + n * 86400000);
}

// The first day of the bin holding `date`, as /api/timeline names bins
// (weeks start on Monday).
function binStart(date, bucket) {
  const d = new Date(date.getTime());
  if (bucket === 'week') return addDays(d, -((d.getUTCDay() + 6) % 7));
  if (bucket === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  if (bucket === 'year') return new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  return d;
}

function nextBin(date, bucket) {
  if (bucket === 'week') return addDays(date, 7);
  if (bucket === 'month') return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
  if (bucket === 'year') return new Date(Date.UTC(date.getUTCFullYear() + 1, 0, 1));
  return addDays(date, 1);
}

function bucketFor(first, last) {
  const days = (parseDay(last) - parseDay(first)) / 86400000;
  if (days <= 120) return 'day';
  if (days <= 3 * 366) return 'week';
  if (days <= 30 * 366) return 'month';
  return 'year';
}

// ------------------------------------------------------------------ labels

function applyLanguage() {
  const html = document.documentElement;
  html.lang = state.lang;
  html.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
  document.title = state.lang === 'ar' ? 'رصد — خريطة الأحداث' : 'rasad — event map';
  for (const e of document.querySelectorAll('[data-t]')) e.textContent = t(e.dataset.t);
  for (const e of document.querySelectorAll('[data-t-placeholder]')) e.placeholder = t(e.dataset.tPlaceholder);
  for (const e of document.querySelectorAll('[data-t-aria]')) e.setAttribute('aria-label', t(e.dataset.tAria));
  $('#lang').textContent = t('lang_button');
  $('#lang').lang = state.lang === 'ar' ? 'en' : 'ar';
}

function fillSelect(select, options, value) {
  select.replaceChildren(el('option', { value: '' }, t('all')),
    ...options.map(([v, label]) => el('option', { value: v, selected: v === value }, label)));
  select.value = value || '';
}

function fillFilters() {
  const f = state.filters;
  fillSelect($('#f-type'), state.meta.taxonomy.map((x) => [x.event_type, typeLabel(x.event_type)]), f.type);
  const subs = state.meta.taxonomy
    .filter((x) => !f.type || x.event_type === f.type)
    .flatMap((x) => x.sub_event_types);
  fillSelect($('#f-sub'), subs.map((s) => [s, typeLabel(s)]), f.sub_type);
  const actors = state.actors
    .map((a) => [a.id, actorLabel(a.id)])
    .sort((a, b) => a[1].localeCompare(b[1], state.lang));
  fillSelect($('#f-actor'), actors, f.actor);
  const govs = state.meta.governorates
    .map((g) => [g, governorateLabel(g)])
    .sort((a, b) => a[1].localeCompare(b[1], state.lang));
  fillSelect($('#f-admin1'), govs, f.admin1);
  $('#f-from').value = f.from || '';
  $('#f-to').value = f.to || '';
  $('#control-on').value = state.controlOn;
}

function drawLegend() {
  $('#legend').replaceChildren(...Object.entries(TYPE_COLOURS).map(([type, colour]) =>
    el('li', {}, el('span', { class: 'swatch', style: `background:${colour}` }), typeLabel(type))));
  $('#precision-legend').replaceChildren(...[1, 2, 3].map((p) =>
    el('li', {}, el('span', { class: `swatch precision-${p}` }), t(`precision_${p}`))));
}

function drawExports() {
  const f = activeFilters();
  const names = { 'acled-csv': 'ACLED CSV', geojson: 'GeoJSON', jsonl: 'JSONL' };
  $('#exports').replaceChildren(...state.meta.export_formats.map((format) =>
    el('a', {
      class: 'button', href: `/api/export${query({ format, ...f })}`, download: true,
      'data-format': format,
    }, names[format] || format)));
}

// ------------------------------------------------------------------ map

function markerStyle(m) {
  const colour = TYPE_COLOURS[m.event_type] || '#555';
  const r = 5 + Math.min(9, Math.sqrt(m.fatalities || 0) * 1.6);
  switch (m.geo_precision) {
    case 3: return { radius: r + 5, color: colour, weight: 2, dashArray: '4 3', fillColor: colour, fillOpacity: 0.08 };
    case 2: return { radius: r + 2, color: colour, weight: 1.5, dashArray: '3 2', fillColor: colour, fillOpacity: 0.35 };
    default: return { radius: r, color: '#fff', weight: 1, fillColor: colour, fillOpacity: 0.9 };
  }
}

// A cluster is a disc in the colour of the type most of its events have.
function clusterIcon(cluster) {
  const counts = {};
  for (const m of cluster.getAllChildMarkers()) {
    counts[m.options.eventType] = (counts[m.options.eventType] || 0) + 1;
  }
  const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
  const n = cluster.getChildCount();
  const size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 44 : 52;
  return L.divIcon({
    html: `<span style="background:${TYPE_COLOURS[top] || '#555'}">${fmt(n)}</span>`,
    className: 'cluster',
    iconSize: L.point(size, size),
  });
}

function setupMap(boundaries) {
  map = L.map('map', {
    zoomSnap: 0.25,
    // Whole numbers: markercluster skips lone markers when the least zoom is fractional.
    minZoom: 5,
    maxZoom: 14,
    // Room on either side for the panel to leave a place in view.
    maxBounds: [[29, 27], [41, 51]],
    attributionControl: true,
    preferCanvas: false,
  });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.attributionControl.addAttribution(boundaries.attribution);
  // Governorates (filled, clickable) under district lines under markers.
  map.createPane('governorates').style.zIndex = 300;
  map.createPane('districts').style.zIndex = 350;
  districtLayer = L.geoJSON(boundaries.districts, {
    pane: 'districts',
    interactive: false,
    onEachFeature: (f) => { state.districts[f.properties.en] = f.properties.ar; },
    style: { color: '#b9b3a6', weight: 0.6, fill: false },
  });
  governorateLayer = L.geoJSON(boundaries.governorates, {
    pane: 'governorates',
    style: (f) => governorateStyle(f),
    onEachFeature: (f, layer) => {
      state.governorates[f.properties.en] = f.properties.ar;
      layer.on('click', () => setFilter('admin1', state.filters.admin1 === f.properties.en ? '' : f.properties.en));
    },
  }).addTo(map);
  districtLayer.addTo(map);
  map.fitBounds(governorateLayer.getBounds(), { padding: [10, 10] });
  labelGovernorates();

  clusters = L.markerClusterGroup({
    chunkedLoading: true,
    maxClusterRadius: 36,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    disableClusteringAtZoom: 11,
    iconCreateFunction: clusterIcon,
  });
  map.addLayer(clusters);
}

function governorateStyle(feature) {
  const selected = state.filters.admin1 === feature.properties.en;
  return {
    color: selected ? '#1b2631' : '#8a8270',
    weight: selected ? 2.2 : 1.1,
    fillColor: selected ? '#e9dfc4' : '#f6f2e8',
    fillOpacity: 1,
  };
}

function labelGovernorates() {
  governorateLayer.eachLayer((layer) => {
    const p = layer.feature.properties;
    layer.unbindTooltip();
    layer.bindTooltip(state.lang === 'ar' ? p.ar : p.en, {
      permanent: true, direction: 'center', className: 'gov-label', interactive: false,
    });
  });
}

function drawMarkers() {
  clusters.clearLayers();
  const layers = [];
  for (const m of state.markers) {
    if (m.lat === null || m.lon === null) continue;
    const marker = L.circleMarker([m.lat, m.lon], {
      ...markerStyle(m),
      className: `event-marker precision-${m.geo_precision || 1}`,
      eventType: m.event_type,
      eventId: m.id,
    });
    marker.bindTooltip(() => markerTooltip(m), { direction: 'top', className: 'event-tip' });
    marker.on('click', () => openEvent(m.id));
    layers.push(marker);
  }
  clusters.addLayers(layers);
  return layers.length;
}

function markerTooltip(m) {
  const parts = [
    `<b>${escapeHtml(typeLabel(m.sub_event_type))}</b>`,
    escapeHtml([m.place, governorateLabel(m.admin1)].filter(Boolean).join('، ')),
    escapeHtml(m.event_date || t('unknown')),
  ];
  if (m.fatalities) parts.push(`${escapeHtml(t('fatalities'))}: ${fmt(m.fatalities)}`);
  return `<div dir="auto">${parts.join('<br>')}</div>`;
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

// ------------------------------------------------------------------ timeline

async function loadTimeline() {
  // The whole span under the other filters: the brush picks from it.
  const f = activeFilters(['from', 'to']);
  const tl = await api('/api/timeline', { bucket: state.bucket, ...f });
  const byDate = new Map(tl.bins.map((b) => [b.date, b]));
  const bins = [];
  const { first, last } = state.meta.dates;
  for (let d = binStart(parseDay(first), state.bucket); d <= parseDay(last); d = nextBin(d, state.bucket)) {
    const key = isoDay(d);
    const b = byDate.get(key) || { events: 0, fatalities: 0 };
    bins.push({ start: d, end: addDays(nextBin(d, state.bucket), -1), events: b.events, fatalities: b.fatalities });
  }
  state.bins = bins;
  state.undated = tl.undated;
  drawTimeline();
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function drawTimeline() {
  const box = $('#histogram');
  const width = box.clientWidth || 600;
  const height = 96;
  const axis = 18;
  box.setAttribute('viewBox', `0 0 ${width} ${height + axis}`);
  box.setAttribute('aria-label', t('timeline'));
  box.replaceChildren();
  const bins = state.bins;
  if (!bins.length) {
    $('#brush-range').textContent = t('no_dated');
    return;
  }
  const max = Math.max(1, ...bins.map((b) => b.events));
  const w = width / bins.length;
  const from = state.filters.from ? parseDay(state.filters.from) : null;
  const to = state.filters.to ? parseDay(state.filters.to) : null;
  bins.forEach((b, i) => {
    const h = b.events ? Math.max(2, (b.events / max) * (height - 4)) : 0;
    const inside = (!from || b.end >= from) && (!to || b.start <= to);
    const rect = svg('rect', {
      x: i * w + 0.5, y: height - h, width: Math.max(1, w - 1), height: h,
      class: inside ? 'bar' : 'bar outside',
      'data-date': isoDay(b.start),
    });
    const title = svg('title');
    title.textContent = `${isoDay(b.start)}${state.bucket === 'day' ? '' : ` – ${isoDay(b.end)}`}: ${fmt(b.events)}`;
    rect.append(title);
    box.append(rect);
  });
  // Month (or year) ticks along the bottom, labelled where there is room.
  let lastLabel = '';
  let lastX = -Infinity;
  bins.forEach((b, i) => {
    const label = state.bucket === 'day' || state.bucket === 'week'
      ? isoDay(b.start).slice(0, 7) : isoDay(b.start).slice(0, 4);
    if (label === lastLabel) return;
    lastLabel = label;
    const x = i * w;
    box.append(svg('line', { x1: x, x2: x, y1: height, y2: height + 4, class: 'tick-line' }));
    if (x - lastX < label.length * 7) return;
    lastX = x;
    const text = svg('text', { x: x + 2, y: height + 13, class: 'tick' });
    text.textContent = label;
    box.append(text);
  });
  if (from || to) {
    const i0 = from ? bins.findIndex((b) => b.end >= from) : 0;
    let i1 = to ? bins.findLastIndex((b) => b.start <= to) : bins.length - 1;
    if (i0 >= 0 && i1 >= i0) {
      box.append(svg('rect', { x: i0 * w, y: 0, width: (i1 - i0 + 1) * w, height, class: 'brush' }));
    }
  }
  box.append(svg('line', { x1: 0, x2: width, y1: height, y2: height, class: 'axis' }));
  const range = from || to
    ? `${state.filters.from || '…'} – ${state.filters.to || '…'}`
    : t('brush_hint');
  $('#brush-range').textContent = state.undated ? `${range} · ${t('undated', state.undated)}` : range;
}

function setupBrush() {
  const box = $('#histogram');
  let startIndex = null;
  let draft = null;
  const indexAt = (ev) => {
    const r = box.getBoundingClientRect();
    const i = Math.floor(((ev.clientX - r.left) / r.width) * state.bins.length);
    return Math.max(0, Math.min(state.bins.length - 1, i));
  };
  box.addEventListener('pointerdown', (ev) => {
    if (!state.bins.length) return;
    startIndex = indexAt(ev);
    box.setPointerCapture(ev.pointerId);
    const w = box.viewBox.baseVal.width / state.bins.length;
    draft = svg('rect', { x: startIndex * w, y: 0, width: w, height: 96, class: 'brush draft' });
    box.append(draft);
  });
  box.addEventListener('pointermove', (ev) => {
    if (startIndex === null) return;
    const i = indexAt(ev);
    const w = box.viewBox.baseVal.width / state.bins.length;
    draft.setAttribute('x', Math.min(i, startIndex) * w);
    draft.setAttribute('width', (Math.abs(i - startIndex) + 1) * w);
  });
  box.addEventListener('pointerup', (ev) => {
    if (startIndex === null) return;
    const i = indexAt(ev);
    const [a, b] = [Math.min(i, startIndex), Math.max(i, startIndex)];
    startIndex = null;
    draft.remove();
    // A click on one bar that is already the selection clears it.
    const from = isoDay(state.bins[a].start);
    const to = isoDay(state.bins[b].end);
    if (a === b && state.filters.from === from && state.filters.to === to) {
      setFilters({ from: '', to: '' });
    } else {
      setFilters({ from, to });
    }
  });
}

// ------------------------------------------------------------------ filters

function readHash() {
  const q = new URLSearchParams(location.hash.slice(1));
  const f = {};
  for (const k of FILTER_KEYS) if (q.get(k)) f[k] = q.get(k);
  state.controlOn = q.get('on') || '';
  return f;
}

function writeHash() {
  const s = query({ ...activeFilters(), on: state.controlOn }).slice(1);
  history.replaceState(null, '', s ? `#${s}` : location.pathname + location.search);
}

function setFilter(key, value) {
  setFilters({ [key]: value });
}

function setFilters(changes) {
  const before = JSON.stringify(activeFilters(['from', 'to']));
  Object.assign(state.filters, changes);
  if (changes.type !== undefined && state.filters.sub_type) {
    // A sub-type of another type no longer applies.
    const owner = state.meta.taxonomy.find((x) => x.sub_event_types.includes(state.filters.sub_type));
    if (changes.type && owner && owner.event_type !== changes.type) state.filters.sub_type = '';
  }
  writeHash();
  fillFilters();
  governorateLayer.setStyle(governorateStyle);
  // The histogram shows the span the brush picks from: only filters other
  // than the dates change it.
  refresh(JSON.stringify(activeFilters(['from', 'to'])) !== before);
  if (changes.admin1 !== undefined && state.controlOn) loadControl().catch(showControlError);
}

function showControlError(err) {
  $('#control-count').textContent = `${t('error')}: ${err.message}`;
}

function setupFilters() {
  $('#f-type').addEventListener('change', (e) => setFilter('type', e.target.value));
  $('#f-sub').addEventListener('change', (e) => setFilter('sub_type', e.target.value));
  $('#f-actor').addEventListener('change', (e) => setFilter('actor', e.target.value));
  $('#f-admin1').addEventListener('change', (e) => setFilter('admin1', e.target.value));
  $('#f-from').addEventListener('change', (e) => setFilter('from', e.target.value));
  $('#f-to').addEventListener('change', (e) => setFilter('to', e.target.value));
  $('#control-on').addEventListener('change', (e) => {
    state.controlOn = e.target.value;
    writeHash();
    loadControl().catch(showControlError);
  });
  $('#show-contradictions').addEventListener('click', showContradictions);
  $('#reset').addEventListener('click', () => {
    setFilters(Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])));
    map.fitBounds(governorateLayer.getBounds(), { padding: [10, 10] });
  });
  $('#lang').addEventListener('click', () => {
    state.lang = state.lang === 'ar' ? 'en' : 'ar';
    localStorage.setItem('rasad.lang', state.lang);
    applyLanguage();
    fillFilters();
    drawLegend();
    labelGovernorates();
    drawTimeline();
    showCount();
    if (state.controlOn) loadControl().catch(showControlError);
    if (state.view) state.view();
  });
  $('#search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = $('#search').value.trim();
    if (q) runSearch(q);
  });
  $('#panel-close').addEventListener('click', closePanel);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') closePanel(); });
  window.addEventListener('resize', () => drawTimeline());
}

let refreshing = 0;

async function refresh(withTimeline) {
  const ticket = ++refreshing;
  drawExports();
  $('#count').textContent = t('loading');
  // The timeline is fetched again only when filters other than the dates
  // changed; a new brush only redraws its overlay.
  const timeline = withTimeline && state.meta.dates ? loadTimeline() : Promise.resolve(drawTimeline());
  try {
    const [page] = await Promise.all([
      api('/api/events', { fields: 'map', limit: state.meta.limits.markers, ...activeFilters() }),
      timeline,
    ]);
    if (ticket !== refreshing) return;
    state.markers = page.events;
    state.total = page.total;
    state.mapped = drawMarkers();
    showCount();
  } catch (err) {
    if (ticket === refreshing) $('#count').textContent = `${t('error')}: ${err.message}`;
  }
}

function showCount() {
  if (state.total === undefined) return;
  const lines = [t('count', state.mapped, state.total)];
  const unmapped = state.markers.length - state.mapped;
  if (unmapped > 0) lines.push(t('unmapped', unmapped));
  $('#count').textContent = lines.join(' · ');
  $('#count').dataset.shown = state.mapped;
  $('#count').dataset.total = state.total;
}

// ------------------------------------------------------------------ panel

function openPanel(render) {
  state.view = render;
  $('#panel').classList.remove('wide');
  $('#panel').hidden = false;
  render();
}

function closePanel() {
  $('#panel').hidden = true;
  $('#panel').classList.remove('wide');
  if (selected) selected.remove();
  selected = null;
  state.view = null;
  state.openEvent = null;
}

function panelError(err) {
  $('#panel-body').replaceChildren(el('p', { class: 'error' }, `${t('error')}: ${err.message}`));
}

async function openEvent(id) {
  state.openEvent = id;
  $('#panel').hidden = false;
  $('#panel-body').replaceChildren(el('p', {}, t('loading')));
  try {
    const detail = await api(`/api/events/${id}`);
    const [article, fused] = await Promise.all([
      api(`/api/articles/${detail.article.key}`),
      detail.fused ? api(`/api/fused/${detail.fused}`) : null,
    ]);
    if (state.openEvent !== id) return;
    openPanel(() => renderEvent(detail, article, fused));
  } catch (err) {
    panelError(err);
  }
}

function field(label, ...value) {
  return [el('dt', {}, label), el('dd', { dir: 'auto' }, ...value)];
}

function renderEvent(e, article, fused) {
  const loc = e.location || {};
  const place = [loc.name, districtLabel(loc.admin2), governorateLabel(loc.admin1)].filter(Boolean).join('، ');
  const precision = loc.geo_precision ? ` (${t(`precision_${loc.geo_precision}`)})` : '';
  const date = e.event_date
    ? `${e.event_date}${e.time_precision > 1 ? ` (${t('time_precision')[e.time_precision] || ''})` : ''}`
    : t('unknown');
  const link = article.url
    ? el('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, t('open_article'))
    : null;
  const body = el('div', { class: 'event', 'data-event': e.id },
    el('p', { class: 'kind' },
      el('span', { class: 'swatch', style: `background:${TYPE_COLOURS[e.event_type] || '#555'}` }),
      typeLabel(e.event_type)),
    el('h2', {}, typeLabel(e.sub_event_type)),
    el('dl', {},
      field(t('date'), date),
      field(t('place'), place + precision, loc.pcode || loc.place_id
        ? el('small', { class: 'code', dir: 'ltr' }, ` ${loc.place_id || ''}`) : null),
      field(t('actor1'), actorLabel(e.actor1)),
      field(t('actor2'), actorLabel(e.actor2)),
      e.fatalities !== null && e.fatalities !== undefined ? field(t('fatalities'), fmt(e.fatalities)) : null,
      e.injuries ? field(t('injuries'), fmt(e.injuries)) : null,
      field(t('reported_by'), (e.reported_by || []).map(reporterLabel).join('، ') || t('unknown')),
      field(t('outlet'), article.outlet || t('unknown')),
      field(t('article'), el('span', { dir: 'auto' }, article.title || article.doc_id), ' ', link),
      field(t('confidence'), `${fmt(Math.round(e.confidence * 100))}%`),
    ),
    fused ? fusionSummary(fused) : null,
    el('h3', {}, t('evidence')),
    el('div', { class: 'article-text', dir: 'rtl', lang: 'ar' },
      ...splitChars(article.text, [{ start: e.evidence.start, end: e.evidence.end }])),
  );
  $('#panel-body').replaceChildren(body);
  const mark = body.querySelector('.article-text mark');
  if (mark) mark.scrollIntoView({ block: 'center' });
  showOnMap(loc);
}

// Rings the event's place and brings it into the part of the map the
// panel leaves free.
function showOnMap(loc) {
  if (selected) selected.remove();
  selected = null;
  if (loc.lat === null || loc.lat === undefined || loc.lon === null) return;
  const at = L.latLng(loc.lat, loc.lon);
  selected = L.circleMarker(at, {
    radius: 16, color: '#1b2631', weight: 2.5, fill: false, interactive: false, className: 'selected-ring',
  }).addTo(map);
  // The free part of the map: beside the panel, whichever side it is on.
  const panel = $('#panel').getBoundingClientRect();
  const box = $('#map').getBoundingClientRect();
  const panelOnLeft = panel.left - box.left < box.right - panel.right;
  const [left, right] = panelOnLeft ? [panel.right - box.left, box.width] : [0, panel.left - box.left];
  const p = map.latLngToContainerPoint(at);
  const margin = 60;
  if (p.x < left + margin || p.x > right - margin || p.y < margin || p.y > box.height - margin) {
    map.panBy([p.x - (left + right) / 2, p.y - box.height / 2]);
  }
}

async function runSearch(q) {
  $('#panel').hidden = false;
  $('#panel-body').replaceChildren(el('p', {}, t('loading')));
  try {
    const page = await api('/api/search', { q, limit: 50 });
    openPanel(() => renderSearch(q, page));
  } catch (err) {
    panelError(err);
  }
}

function renderSearch(q, page) {
  const hits = page.hits.map((h) => el('li', { class: `hit ${h.kind}` },
    el('button', {
      type: 'button',
      onclick: () => (h.event ? openEvent(h.event) : openArticle(h.article.key, q)),
    },
    el('span', { class: 'hit-kind' }, t(h.event ? 'hit_event' : 'hit_article')),
    el('span', { class: 'hit-title', dir: 'auto' }, h.article.title || h.article.doc_id),
    el('span', { class: 'hit-outlet' }, [h.article.outlet, h.article.published].filter(Boolean).join(' · ')),
    el('span', { class: 'snippet', dir: 'rtl', lang: 'ar' }, ...splitChars(h.snippet, h.highlights)))));
  $('#panel-body').replaceChildren(
    el('h2', {}, page.hits.length ? t('results', page.hits.length, q) : t('no_results', q)),
    el('ol', { class: 'hits' }, ...hits));
}

async function openArticle(key) {
  try {
    const a = await api(`/api/articles/${key}`);
    openPanel(() => $('#panel-body').replaceChildren(
      el('h2', { dir: 'auto' }, a.title || a.doc_id),
      el('p', { class: 'hit-outlet' }, [a.outlet, a.published].filter(Boolean).join(' · ')),
      el('div', { class: 'article-text', dir: 'rtl', lang: 'ar' }, a.text)));
  } catch (err) {
    panelError(err);
  }
}

// ------------------------------------------------------------------ fusion

function flagLabel(flag, fused) {
  const kind = t(`flag_${flag.kind}`) || flag.kind;
  if (flag.kind === 'fatalities' && fused.fatalities) {
    return `${kind}: ${fmt(fused.fatalities.min)}–${fmt(fused.fatalities.max)}`;
  }
  if (flag.kind === 'perpetrator' || flag.kind === 'territory') {
    return `${kind}: ${flag.sides.map((s) => actorLabel(s.claim)).join(' / ')}`;
  }
  return `${kind}: ${flag.detail}`;
}

function flagList(fused) {
  if (!fused.contradictions.length) return null;
  return el('ul', { class: 'flags' },
    ...fused.contradictions.map((c) => el('li', { class: `flag ${c.kind}` }, flagLabel(c, fused))));
}

// How many outlets told the event, where they disagree, and the way to
// read them side by side.
function fusionSummary(fused) {
  const many = fused.events.length > 1;
  return el('section', { class: 'fusion', 'data-sources': fused.sources },
    el('p', { class: 'sources' }, el('b', {}, t('sources', fused.sources)),
      fused.outlets.length ? `: ${fused.outlets.join('، ')}` : ''),
    flagList(fused),
    many ? el('button', { type: 'button', class: 'compare', onclick: () => openPanel(() => renderCompare(fused)) },
      t('compare')) : null);
}

async function openFused(id) {
  $('#panel').hidden = false;
  $('#panel-body').replaceChildren(el('p', {}, t('loading')));
  try {
    const fused = await api(`/api/fused/${id}`);
    openPanel(() => renderCompare(fused));
  } catch (err) {
    panelError(err);
  }
}

// Every report of one fused event, side by side.
function renderCompare(fused) {
  $('#panel').classList.add('wide');
  const why = new Map(fused.joined.map((j) => [j.event, j.why]));
  const place = [fused.place.name, governorateLabel(fused.place.admin1)].filter(Boolean).join('، ');
  const cards = fused.reports.map((r) => el('article', { class: 'report', 'data-event': r.id },
    el('h4', {}, r.article.outlet || t('unknown')),
    el('p', { class: 'hit-outlet', dir: 'auto' }, [r.article.title, r.article.published].filter(Boolean).join(' · ')),
    el('dl', {},
      field(t('type'), typeLabel(r.sub_event_type)),
      field(t('date'), r.event_date || t('unknown')),
      field(t('actor1'), actorLabel(r.actor1)),
      field(t('actor2'), actorLabel(r.actor2)),
      field(t('fatalities'), r.fatalities === null ? t('unknown') : fmt(r.fatalities)),
      field(t('reported_by'), r.reported_by.map(reporterLabel).join('، ') || t('unknown')),
      field(t('why_joined'), why.get(r.id) || t('first_report'))),
    el('blockquote', { dir: 'rtl', lang: 'ar' }, r.evidence.text),
    el('button', { type: 'button', onclick: () => openEvent(r.id) }, t('evidence'))));
  $('#panel-body').replaceChildren(
    el('h2', {}, t('compare_title', fused.reports.length)),
    el('p', {}, `${typeLabel(fused.sub_event_type)} · ${place} · ${fused.event_date || t('unknown')} · ${t('sources', fused.sources)}`),
    flagList(fused),
    el('div', { class: 'reports' }, ...cards));
  showOnMap(fused.place);
}

async function showContradictions() {
  $('#panel').hidden = false;
  $('#panel-body').replaceChildren(el('p', {}, t('loading')));
  try {
    const page = await api('/api/contradictions', { limit: 200, ...activeFilters() });
    openPanel(() => renderContradictions(page.contradictions));
  } catch (err) {
    panelError(err);
  }
}

function renderContradictions(list) {
  const items = list.map((c) => el('li', { class: `hit contradiction ${c.kind}` },
    el('button', { type: 'button', onclick: () => openFused(c.fused) },
      el('span', { class: 'hit-kind' }, t(`flag_${c.kind}`)),
      el('span', { class: 'hit-title' }, [typeLabel(c.sub_event_type), c.place, c.event_date].filter(Boolean).join(' · ')),
      ...c.sides.map((side) => el('span', { class: 'side' },
        el('b', {}, c.kind === 'fatalities' ? side.claim.replace(' killed', '') : actorLabel(side.claim)),
        ' — ', side.reports.map((r) => r.outlet || r.doc_id).join('، '))))));
  $('#panel-body').replaceChildren(
    el('h2', {}, t('contradictions_title', list.length)),
    el('ol', { class: 'hits' }, ...items));
}

// ------------------------------------------------------------------ control

// The side an actor belongs to, for its colour: the first of its parents
// (itself included) that has one.
function sideOf(id) {
  for (let a = id, n = 0; a && n < 8; n++) {
    if (SIDE_COLOURS[a]) return a;
    const actor = state.actors.find((x) => x.id === a);
    a = actor && actor.parent;
  }
  return id;
}

let controlTicket = 0;

async function loadControl() {
  const ticket = ++controlTicket;
  const answer = state.controlOn
    ? await api('/api/control', { on: state.controlOn, admin1: state.filters.admin1 })
    : null;
  // Only the latest request draws: days picked quickly answer out of order.
  if (ticket !== controlTicket) return;
  if (controlLayer) controlLayer.remove();
  controlLayer = null;
  $('#control-count').textContent = '';
  $('#control-legend').replaceChildren();
  if (!answer) return;
  controlLayer = L.layerGroup();
  const sides = new Map();
  for (const step of answer.steps) {
    const side = sideOf(step.controller);
    sides.set(side, (sides.get(side) || 0) + 1);
    if (step.lat === null || step.lon === null) continue;
    const colour = SIDE_COLOURS[side] || OTHER_SIDE_COLOUR;
    L.marker([step.lat, step.lon], {
      icon: L.divIcon({ className: 'control-marker', html: `<span style="background:${colour}"></span>`, iconSize: [14, 14] }),
      keyboard: false,
    })
      .bindTooltip(`<div dir="auto"><b>${escapeHtml(step.place_name || step.place)}</b><br>${escapeHtml(actorLabel(step.controller))}<br>${escapeHtml(t('since'))} ${escapeHtml(step.date)}</div>`)
      .on('click', () => openFused(step.fused))
      .addTo(controlLayer);
  }
  controlLayer.addTo(map);
  $('#control-count').textContent = answer.steps.length ? t('control_count', answer.steps.length) : t('control_none');
  $('#control-legend').replaceChildren(...[...sides].sort((a, b) => b[1] - a[1]).map(([side, n]) =>
    el('li', {}, el('span', { class: 'swatch square', style: `background:${SIDE_COLOURS[side] || OTHER_SIDE_COLOUR}` }),
      `${actorLabel(side)} (${fmt(n)})`)));
}

// ------------------------------------------------------------------ start

async function start() {
  applyLanguage();
  const [meta, actors, boundaries] = await Promise.all([
    api('/api/meta'),
    api('/api/actors', { limit: 200 }),
    fetch('/ui/boundaries.json').then((r) => r.json()),
  ]);
  state.meta = meta;
  state.actors = actors.actors;
  state.filters = readHash();
  if (meta.dates) state.bucket = bucketFor(meta.dates.first, meta.dates.last);
  setupMap(boundaries);
  setupFilters();
  setupBrush();
  fillFilters();
  drawLegend();
  governorateLayer.setStyle(governorateStyle);
  await Promise.all([refresh(true), loadControl().catch(showControlError)]);
  document.body.dataset.ready = 'true';
}

start().catch((err) => {
  document.body.dataset.ready = 'error';
  $('#count').textContent = `${t('error')}: ${err.message}`;
});
