// Lazy start: until a widget comes near the viewport (or is touched or
// focused), a page fetches nothing of the widget but embed.js; a widget in
// view starts at once; `loading="eager"` starts at once wherever it is.
// Under the strict CSP, on an article page, a page with several widgets far
// apart and a single-page app. And many widgets on one page: each extra
// widget costs no extra request.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, useHarness } from './lib/browser.mjs';
import { language } from './lib/content.mjs';
import { plainName } from './lib/files.mjs';
import { BUNDLE_PREFIX } from './lib/server.mjs';
import { assertClean, assertOnlyOwnRequests, walk, whenMounted, widget } from './lib/widget.mjs';

const en = language('en');
const es = language('es');
const de = language('de');

/** A page of `n` widgets, all `loading="eager"`, under the strict CSP. */
const many = (n) => ({
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${n} widgets</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'">
<script type="module" src="${BUNDLE_PREFIX}embed.js"></script></head>
<body>${'<back-spasm-check loading="eager"></back-spasm-check>'.repeat(n)}</body></html>`,
});
const h = useHarness({ routes: { '/many-1.html': many(1), '/many-5.html': many(5), '/many-20.html': many(20) } });

async function open(path) {
  const opened = await openPage(h.browser);
  const url = h.server.url(path);
  await opened.page.goto(url);
  return { ...opened, url };
}
const ready = (host, l = en) => host.getByRole('button', { name: l.ui('start'), exact: true }).waitFor();
/** The bundle files the page asked for, by name, in order. */
const bundleRequests = (log) =>
  log.requests.map((u) => new URL(u).pathname).filter((p) => p.startsWith(BUNDLE_PREFIX)).map((p) => plainName(p.slice(BUNDLE_PREFIX.length)));
const counts = (page) =>
  page.evaluate(() => {
    const { widgets, mounted, created, spare } = globalThis[Symbol.for('back-spasm-check')];
    return { widgets, mounted, created, spare };
  });
/** Lets the page settle: its network idle, then a little more. */
async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

test('a long article: only embed.js before the reader scrolls; the widget is ready when reached', async () => {
  const { page, context, log, url } = await open('/article.html');
  await settle(page);
  assert.deepEqual(bundleRequests(log), ['embed.js'], 'bytes before scrolling: the loader only');
  assert.deepEqual(await counts(page), { widgets: 1, mounted: 0, created: 0, spare: 0 });
  // The reserved box keeps its height while it waits.
  const box = await widget(page).boundingBox();
  assert.ok(box.height >= 360, `reserved height ${box.height}`);
  // Scrolling towards it: it starts before it is in view.
  await page.evaluate(() => {
    const top = document.querySelector('back-spasm-check').getBoundingClientRect().top + scrollY;
    scrollTo(0, top - innerHeight - 1000);
  });
  await ready(widget(page));
  assert.equal(await widget(page).evaluate((el) => el.getBoundingClientRect().top > innerHeight), true, 'ready while still below the fold');
  // The wasm first (the longest wait), then the texts while it compiles.
  assert.deepEqual(bundleRequests(log), ['embed.js', 'back-spasm-check_bg.wasm', 'locale-en.txt']);
  // The start-up phases, as performance marks for the bench.
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .map((m) => m.name)
      .filter((n) => n.startsWith('bsc:')),
  );
  assert.deepEqual(marks, ['bsc:loader', 'bsc:start', 'bsc:wasm-fetched', 'bsc:wasm-compiled', 'bsc:instantiated', 'bsc:locale-loaded', 'bsc:mounted']);
  assertClean(log);
  assertOnlyOwnRequests(log, h.server, url);
  await context.close();
});

test('touching or focusing a waiting widget starts it', async () => {
  for (const event of ['pointerdown', 'focusin']) {
    const { page, context, log } = await open('/article.html');
    await settle(page);
    assert.equal((await counts(page)).created, 0);
    await widget(page).dispatchEvent(event);
    await ready(widget(page));
    assertClean(log);
    await context.close();
  }
});

test('a widget in view at page load starts in the loader’s first task', async () => {
  const { page, context, log } = await open('/basic.html');
  await ready(widget(page));
  const [loader, start] = await page.evaluate(() => ['bsc:loader', 'bsc:start'].map((n) => performance.getEntriesByName(n)[0].startTime));
  assert.ok(start - loader < 50, `started ${start - loader} ms after the loader ran`);
  assertClean(log);
  await context.close();
});

test('several widgets far apart under the strict CSP: each starts as the reader nears it; eager ones at once', async () => {
  const { page, context, log, url } = await open('/spaced.html');
  await ready(page.locator('#top'));
  await ready(page.locator('#bottom'), de);
  await settle(page);
  // The middle one (Spanish) waits: no Spanish texts fetched yet.
  assert.deepEqual(await counts(page), { widgets: 3, mounted: 2, created: 2, spare: 0 });
  assert.ok(!bundleRequests(log).includes('locale-es.txt'));
  await page.locator('#middle').scrollIntoViewIfNeeded();
  await ready(page.locator('#middle'), es);
  assert.deepEqual(await counts(page), { widgets: 3, mounted: 3, created: 3, spare: 0 });
  assert.equal(await walk(page.locator('#middle'), es, { severity: 9 }), 'soon');
  assertClean(log);
  assertOnlyOwnRequests(log, h.server, url);
  await context.close();
});

test('a single-page app: widgets added far below wait; eager or nearby ones start', async () => {
  const { page, context, log, url } = await open('/empty.html');
  await page.waitForFunction(() => globalThis[Symbol.for('back-spasm-check')]);
  await page.evaluate(() => {
    const app = document.querySelector('#app');
    const near = document.createElement('back-spasm-check');
    near.id = 'near';
    const spacer = document.createElement('div');
    spacer.style.height = '6000px'; // CSSOM, which a strict CSP allows
    const far = document.createElement('back-spasm-check');
    far.id = 'far';
    const eager = document.createElement('div');
    eager.id = 'eager';
    eager.setAttribute('data-back-spasm-check', '');
    eager.setAttribute('data-loading', 'eager');
    app.append(near, spacer, far, eager);
  });
  await ready(page.locator('#near'));
  await ready(page.locator('#eager'));
  await settle(page);
  assert.deepEqual(await counts(page), { widgets: 3, mounted: 2, created: 2, spare: 0 });
  // A widget removed before it ever started costs nothing.
  await page.evaluate(() => document.querySelector('#far').remove());
  await page.waitForFunction(() => globalThis[Symbol.for('back-spasm-check')].widgets === 2);
  await page.evaluate(() => {
    const far = document.createElement('back-spasm-check');
    far.id = 'far2';
    document.querySelector('#app').append(far);
  });
  await page.waitForFunction(() => globalThis[Symbol.for('back-spasm-check')].widgets === 3);
  assert.equal((await counts(page)).created, 2);
  await page.locator('#far2').scrollIntoViewIfNeeded();
  await ready(page.locator('#far2'));
  assert.deepEqual(await counts(page), { widgets: 3, mounted: 3, created: 3, spare: 0 });
  assertClean(log);
  assertOnlyOwnRequests(log, h.server, url);
  await context.close();
});

test('many widgets: one more widget costs no request (1, 5, 20 widgets)', async () => {
  const rows = [];
  for (const n of [1, 5, 20]) {
    const { page, context, log, url } = await open(`/many-${n}.html`);
    const t0 = Date.now();
    await whenMounted(page, n, { timeout: 60_000 });
    const ms = Date.now() - t0;
    for (let i = 0; i < n; i += 1) await ready(widget(page, i));
    const files = bundleRequests(log);
    assert.deepEqual(files.sort(), ['back-spasm-check_bg.wasm', 'embed.js', 'locale-en.txt'], `${n} widgets`);
    // Each widget still has an instance of its own (panic isolation).
    assert.deepEqual(await counts(page), { widgets: n, mounted: n, created: n, spare: 0 });
    rows.push(`${n} widget(s): ${files.length} bundle requests, all mounted ${ms} ms after load`);
    assertClean(log);
    assertOnlyOwnRequests(log, h.server, url);
    await context.close();
  }
  console.log(`many widgets:\n  ${rows.join('\n  ')}`);
});
