// End-to-end test of rasad's web map in headless Chromium.
//
//   node ui.test.mjs [--screenshot FILE]
//
// Ingests the bundled example articles (the project's own) into a fresh
// store, starts `rasad serve` on a free port of 127.0.0.1, and drives the
// page: markers appear, a filter narrows them, an Arabic search finds a
// village by another spelling, an event opens with its evidence
// highlighted inside its article, the timeline's brush picks a period,
// the export links carry the filters, English replaces Arabic. Every
// figure the page shows is checked against the API's own answer. The page
// may ask nothing of any other host.
//
// RASAD: the binary (default: target/release/rasad of this workspace).
// CHROMIUM: the browser (default: /usr/bin/chromium, Debian's package).

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', '..');
const rasad = process.env.RASAD || join(root, 'target', 'release', 'rasad');
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';
const shotAt = process.argv.indexOf('--screenshot');
const screenshot = shotAt > 0 ? resolve(process.argv[shotAt + 1]) : null;

for (const [what, path] of [['rasad', rasad], ['chromium', browserPath]]) {
  if (!existsSync(path)) {
    console.error(`${what} not found at ${path}`);
    process.exit(2);
  }
}

const data = mkdtempSync(join(tmpdir(), 'rasad-e2e-'));
let server;
let browser;

function step(name) {
  console.log(`-- ${name}`);
}

async function startServer() {
  execFileSync(rasad, ['ingest', '--data', data, join(root, 'examples')], { stdio: ['ignore', 'ignore', 'inherit'] });
  server = spawn(rasad, ['serve', '--data', data, '--addr', '127.0.0.1:0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((ok, fail) => {
    let err = '';
    const timer = setTimeout(() => fail(new Error(`rasad serve did not start: ${err}`)), 30000);
    server.stderr.on('data', (chunk) => {
      err += chunk;
      const m = /http:\/\/(127\.0\.0\.1:\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        ok(`http://${m[1]}`);
      }
    });
    server.on('exit', (code) => fail(new Error(`rasad serve exited with ${code}: ${err}`)));
  });
}

async function main() {
  const base = await startServer();
  const api = async (path) => {
    const res = await fetch(base + path);
    assert.equal(res.status, 200, `${path}: ${res.status}`);
    return res.json();
  };

  browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'ar' });
  const foreign = [];
  const failures = [];
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') failures.push(`console: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`); });

  step('the page loads in Arabic, right to left, and draws Syria');
  await page.goto(base + '/');
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  const governorates = await page.locator('.leaflet-governorates-pane path.leaflet-interactive').count();
  assert.ok(governorates >= 14, `governorate shapes drawn: ${governorates}`);
  assert.ok(await page.locator(".gov-label", { hasText: "حماة" }).isVisible(), "Hama labelled in Arabic");

  step('every mapped event is a marker or inside a cluster');
  const all = await api('/api/events?fields=map&limit=10000');
  const mapped = all.events.filter((e) => e.lat !== null).length;
  assert.ok(mapped >= 10, `the examples' mapped events: ${mapped}`);
  assert.equal(Number(await page.getAttribute('#count', 'data-total')), all.total);
  assert.equal(Number(await page.getAttribute('#count', 'data-shown')), mapped);
  assert.equal(await onMap(page), mapped);
  // Precision is drawn: the examples hold town-level and area-level places.
  const precisions = new Set(all.events.filter((e) => e.lat !== null).map((e) => e.geo_precision));
  assert.ok(precisions.has(1), 'a town-level event');

  step('the type filter narrows the markers to what the API gives for it');
  await page.selectOption('#f-type', 'Battles');
  const battles = await api('/api/events?fields=map&limit=10000&type=Battles');
  assert.ok(battles.total > 0 && battles.total < all.total, `battles: ${battles.total} of ${all.total}`);
  await page.waitForSelector(`#count[data-total="${battles.total}"]`);
  assert.equal(await onMap(page), battles.events.filter((e) => e.lat !== null).length);
  assert.match(page.url(), /#type=Battles/);
  const csv = await page.getAttribute('#exports a[data-format="acled-csv"]', 'href');
  assert.match(csv, /format=acled-csv/);
  assert.match(csv, /type=Battles/);
  const exported = await (await fetch(base + csv)).text();
  assert.ok(exported.startsWith('event_id_cnty,event_date,year,'), 'the export link gives ACLED CSV');
  assert.equal(exported.trim().split('\n').length - 1, battles.total, 'the export holds the filtered events');

  step('the governorate filter, from the map itself');
  await page.click('#reset');
  await page.waitForSelector(`#count[data-total="${all.total}"]`);
  await page.selectOption('#f-admin1', 'Hama');
  const hama = await api('/api/events?fields=map&limit=10000&admin1=Hama');
  await page.waitForSelector(`#count[data-total="${hama.total}"]`);
  assert.equal(await page.locator('#f-admin1 option:checked').textContent(), 'حماة');
  await page.click('#reset');
  await page.waitForSelector(`#count[data-total="${all.total}"]`);

  step('an Arabic search finds كفرزيتا written كفر زيتا');
  await page.fill('#search', 'كفر زيتا');
  await page.press('#search', 'Enter');
  await page.waitForSelector('#panel:not([hidden]) .hits .hit');
  const marks = await page.locator('.hits .snippet mark').allTextContents();
  assert.ok(marks.some((m) => m.replace(/\s/g, '').includes('كفرزيتا')), `highlighted: ${marks.join(' | ')}`);

  step('an event opens from a hit, its evidence highlighted inside its article');
  await page.locator('.hit.evidence button').first().click();
  await page.waitForSelector('#panel .event[data-event]');
  const id = await page.getAttribute('#panel .event', 'data-event');
  const record = await api(`/api/events/${id}`);
  const article = await api(`/api/articles/${record.article.key}`);
  assert.equal(await page.locator('#panel .article-text mark').textContent(), record.evidence.text);
  assert.equal(await page.locator('#panel .article-text').textContent(), article.text);
  assert.ok(await page.locator('#panel .article-text mark').isVisible(), 'the evidence is scrolled into view');
  const panel = await page.locator('#panel').textContent();
  assert.ok(panel.includes(record.location.name), `the place ${record.location.name} is shown`);
  assert.ok(panel.includes(record.article.outlet), 'the outlet is shown');
  const meta = await api('/api/meta');
  for (const id of record.reported_by) {
    const name = meta.reporters.find((r) => r.id === id).name_ar;
    assert.ok(panel.includes(name), `the reporter ${id} is named in Arabic: ${name}`);
  }
  assert.equal(await page.locator('path.selected-ring').count(), 1, 'its place is ringed on the map');
  await page.click('#panel-close');

  step('an event opens from its marker on the map');
  const marker = await visibleMarker(page);
  await marker.click();
  await page.waitForSelector('#panel .event[data-event] .article-text mark');

  step('one strike told by two outlets: both reports side by side, their disagreements flagged');
  const contra = await api('/api/contradictions');
  // (One since the strike's two tellings agree on the Russian planes and
  // differ on its toll, 7 against 16.)
  assert.ok(contra.contradictions.length >= 1, 'the examples hold a contradicted event');
  const fusedId = contra.contradictions[0].fused;
  const fused = await api(`/api/fused/${fusedId}`);
  await page.click('#panel-close');
  await page.click('#show-contradictions');
  await page.waitForSelector('#panel .contradiction');
  assert.equal(await page.locator('#panel .contradiction').count(), contra.contradictions.length);
  await page.locator('#panel .contradiction button').first().click();
  await page.waitForSelector('#panel.wide .reports .report');
  const cards = page.locator('#panel .reports .report');
  assert.equal(await cards.count(), fused.reports.length);
  for (let i = 0; i < fused.reports.length; i++) {
    const r = fused.reports[i];
    assert.equal(await cards.nth(i).locator('blockquote').textContent(), r.evidence.text);
    assert.equal(await cards.nth(i).locator('h4').textContent(), r.article.outlet);
  }
  assert.equal(await page.locator('#panel .flags .flag').count(), fused.contradictions.length);
  // The same, reached from one of its reports.
  await cards.nth(1).locator('button').click();
  await page.waitForSelector(`#panel .event[data-event="${fused.reports[1].id}"] .fusion[data-sources="${fused.sources}"]`);
  assert.ok(await page.locator('#panel .fusion .compare').isVisible());

  step('who holds what on a day: a layer of controlled places');
  await page.click('#panel-close');
  const on = '2017-06-01';
  const control = await api(`/api/control?on=${on}`);
  const located = control.steps.filter((s) => s.lat !== null).length;
  assert.ok(located >= 2, `control steps with coordinates: ${located}`);
  await page.fill('#control-on', on);
  await page.waitForFunction((n) => document.querySelectorAll('.control-marker').length === n, located);
  assert.match(page.url(), new RegExp(`on=${on}`));
  assert.ok((await page.locator('#control-legend li').count()) >= 2, 'controllers in the legend');
  // Two steps (الطبقة and its dam) nearly overlap: the click goes to the marker itself.
  await page.locator('.control-marker').first().dispatchEvent('click');
  await page.waitForSelector('#panel.wide .reports .report');
  await page.click('#panel-close');
  await page.fill('#control-on', '');
  await page.waitForFunction(() => document.querySelectorAll('.control-marker').length === 0);

  step('the timeline brush picks a period, and the markers follow');
  const box = await page.locator('#histogram').boundingBox();
  await page.mouse.move(box.x + 2, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.45, box.y + 40, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => /from=/.test(location.hash));
  const from = await page.inputValue('#f-from');
  const to = await page.inputValue('#f-to');
  assert.ok(from && to && from <= to, `brushed ${from} – ${to}`);
  const period = await api(`/api/events?fields=map&limit=10000&from=${from}&to=${to}`);
  assert.ok(period.total > 0 && period.total < all.total, `events brushed: ${period.total}`);
  await page.waitForSelector(`#count[data-total="${period.total}"]`);
  assert.equal(await onMap(page), period.events.filter((e) => e.lat !== null).length);
  assert.equal(await page.locator('#histogram .brush').count(), 1);

  step('a shared link opens the same view');
  const link = page.url();
  const again = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await again.goto(link);
  await again.waitForSelector(`body[data-ready="true"] #count[data-total="${period.total}"]`);
  await again.close();

  step('English, left to right');
  await page.click('#lang');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  assert.equal((await page.locator('#filters-title').textContent()).trim(), 'Filters');
  assert.ok(await page.locator(".gov-label", { hasText: "Hama" }).isVisible(), "Hama labelled in English");
  await page.click('#lang');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');

  if (screenshot) {
    step(`screenshot → ${screenshot}`);
    await page.click('#reset');
    await page.waitForSelector(`#count[data-total="${all.total}"]`);
    await page.fill('#search', 'كفر زيتا');
    await page.press('#search', 'Enter');
    await page.waitForSelector('.hit.evidence button');
    await page.locator('.hit.evidence button').first().click();
    await page.waitForSelector('#panel .event .article-text mark');
    await page.evaluate(() => document.querySelector('#filters').scrollTo(0, 0));
    await page.waitForTimeout(600);
    await page.screenshot({ path: screenshot });
  }

  assert.deepEqual(foreign, [], 'the page asked nothing of any other host');
  assert.deepEqual(failures, [], 'no errors in the page');
  console.log('UI end-to-end test passed');
}

// Events on the map: single markers plus the events inside clusters.
async function onMap(page) {
  return page.evaluate(() => {
    const singles = document.querySelectorAll('path.event-marker').length;
    const clustered = [...document.querySelectorAll('.cluster span')]
      .reduce((n, s) => n + Number(s.textContent.replace(/[^\d]/g, '')), 0);
    return singles + clustered;
  });
}

// A marker not inside a cluster: clusters are clicked open until one is.
async function visibleMarker(page) {
  for (let i = 0; i < 6; i++) {
    const single = page.locator('path.event-marker');
    if (await single.count()) return single.first();
    await page.locator('.cluster').first().click();
    await page.waitForTimeout(600);
  }
  throw new Error('no single marker after opening clusters');
}

main()
  .catch((err) => {
    console.error(`UI end-to-end test FAILED: ${err.stack || err}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    if (browser) await browser.close();
    if (server) server.kill('SIGINT');
    rmSync(data, { recursive: true, force: true });
  });
