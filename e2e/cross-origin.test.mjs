// The bundle on another origin (a CDN on another port), as the README's
// "Hosting on another origin" section describes: with CORS headers on every
// file it runs under the documented CSP (the CDN named in script-src and
// connect-src) with SRI on the script tag; without CORS on one file in
// turn, the page shows the fallback message (or, for a language's texts,
// English), with one warning and no uncaught error.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, openPage } from './lib/browser.mjs';
import { servedName } from './lib/files.mjs';
import { language } from './lib/content.mjs';
import { BUNDLE_PREFIX, startServer } from './lib/server.mjs';
import { assertClean, assertOnlyOwnRequests, walk, widget } from './lib/widget.mjs';

const en = language('en');
const es = language('es');
const integrity = JSON.parse(readFileSync(join(resolve(import.meta.dirname, '..', 'dist'), 'integrity.json'), 'utf8'));

let cdn;
let site;
let browser;
const routes = {};
before(async () => {
  cdn = await startServer();
  site = await startServer({ routes });
  browser = await launch();
  routes['/article.html'] = {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bundle from a CDN</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' ${cdn.origin} 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self' ${cdn.origin}">
<script type="module" src="${cdn.url(`${BUNDLE_PREFIX}embed.js`)}" integrity="${integrity['embed.js']}" crossorigin="anonymous"></script></head>
<body><h1>An article</h1>
<back-spasm-check id="en"><p id="host-fallback">The self-check could not load.</p></back-spasm-check>
<back-spasm-check id="es" lang="es"></back-spasm-check>
</body></html>`,
  };
});
after(async () => {
  await browser?.close();
  await cdn?.close();
  await site?.close();
});

const ready = (host, l = en) => host.getByRole('button', { name: l.ui('start'), exact: true }).waitFor();
const mine = (log) => log.warnings.filter((w) => w.startsWith('back-spasm-check:'));
const realErrors = (log) => log.errors.filter((e) => !/CORS policy|Failed to load resource|net::ERR_/.test(e));
const refused = (name) => `${name}: failed to fetch`;

async function open() {
  const opened = await openPage(browser);
  const url = site.url('/article.html');
  await opened.page.goto(url);
  return { ...opened, url };
}

test('with CORS on every file: it runs under the documented CSP, SRI on the tag', async () => {
  cdn.cors = () => true;
  const { page, context, log, url } = await open();
  await ready(widget(page, 0));
  await ready(widget(page, 1), es);
  assert.equal(await page.locator('#host-fallback').isVisible(), false);
  assert.equal(await walk(widget(page, 1), es, { severity: 9 }), 'soon');
  assertClean(log);
  assertOnlyOwnRequests(log, cdn, url);
  assert.deepEqual(mine(log), []);
  await context.close();
});

test('embed.js without CORS: the browser refuses it; the host’s own fallback shows, nothing uncaught', async () => {
  cdn.cors = (path) => !path.endsWith('/embed.js');
  const { page, context, log } = await open();
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#host-fallback').isVisible(), true);
  assert.equal(await page.evaluate(() => globalThis[Symbol.for('back-spasm-check')] ?? null), null);
  assert.ok(log.errors.some((e) => e.includes('CORS policy')), 'the browser names the CORS problem');
  assert.deepEqual(realErrors(log), []);
  assert.deepEqual(mine(log), []);
  await context.close();
});

// [file without CORS, what each widget shows: 'fallback' or the language it works in, the one warning]
const CASES = [
  ['back-spasm-check_bg.wasm', { en: 'fallback', es: 'fallback' }, `could not start: ${refused('back-spasm-check_bg.wasm')}`],
  ['locale-en.txt', { en: 'fallback', es: 'es' }, `could not start: could not load the "en" texts (${refused('locale-en.txt')})`],
  ['locale-es.txt', { en: 'en', es: 'en' }, `could not load the "es" texts (${refused('locale-es.txt')}); showing English`],
];

for (const [name, shows, warning] of CASES) {
  test(`${name} without CORS: ${Object.values(shows).includes('fallback') ? 'the fallback message' : 'English'}, one warning, nothing uncaught`, async () => {
    cdn.cors = (path) => !path.endsWith(`/${servedName(name)}`);
    const { page, context, log } = await open();
    for (const [id, show] of Object.entries(shows)) {
      const host = page.locator(`#${id}`);
      if (show === 'fallback') {
        await host.getByRole('status').waitFor();
        assert.equal(await host.getByRole('status').textContent(), language(id).fallback(), id);
      } else {
        await ready(host, language(show));
      }
    }
    assert.deepEqual(mine(log), [`back-spasm-check: ${warning}`]);
    assert.ok(log.errors.some((e) => e.includes('CORS policy')), 'the browser names the CORS problem');
    assert.deepEqual(realErrors(log), []);
    assert.deepEqual(log.csp, []);
    await context.close();
  });
}
