// The first screen before the wasm (issue 23): embed.js shows each
// language's first screen, rendered at build time from the widget's own
// components, as soon as the widget starts; the wasm then takes it over
// with no visible change (the same pixels, the same elements); a click on
// Start made before that is kept, and so is the keyboard focus. An element
// the host put its own content in keeps that on show instead (issue 21).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, useHarness } from './lib/browser.mjs';
import { language } from './lib/content.mjs';
import { BUNDLE_PREFIX } from './lib/server.mjs';
import { whenMounted, widget } from './lib/widget.mjs';

const STRICT = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'";
const page = (lang, element) => ({
  body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>first screen</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${STRICT}">
<script type="module" src="${BUNDLE_PREFIX}embed.js"></script></head>
<body><h1>What are back spasms?</h1>${element}</body></html>`,
});
const routes = {};
for (const lang of ['en', 'es', 'de']) routes[`/${lang}.html`] = page(lang, '<back-spasm-check></back-spasm-check>');
routes['/dark.html'] = page('de-CH', '<div data-back-spasm-check theme=" Dark "></div>');
routes['/purple.html'] = page('es', '<back-spasm-check theme="purple"></back-spasm-check>');
routes['/own.html'] = page('en', '<back-spasm-check><p id="own">Loading the check.</p></back-spasm-check>');
const h = useHarness({ routes });

const counts = (p) => p.evaluate(() => ({ ...globalThis[Symbol.for('back-spasm-check')] }));

/**
 * Opens `path` with the wasm held back until `release()` is called:
 * `{ page, context, log, release }`.
 */
async function held(path, options) {
  const opened = await openPage(h.browser, options);
  let release;
  const released = new Promise((ok) => (release = ok));
  await opened.page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  await opened.page.goto(h.server.url(path));
  return { ...opened, release };
}


/** The widget's elements as a tree of tags, attributes (sorted) and texts, without comments. */
const tree = (host) =>
  host.evaluate((el) => {
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.data.trim() || null;
      if (node.nodeType !== Node.ELEMENT_NODE) return null;
      const attrs = [...node.attributes].map((a) => `${a.name}=${a.value}`).sort();
      return [node.localName, attrs, [...node.childNodes].map(walk).filter((c) => c !== null)];
    };
    return walk(el.shadowRoot.querySelector('.bsc'));
  });

/** A screenshot of the widget, and its heading's text. */
async function looks(host) {
  await host.page().evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return { png: await host.screenshot(), heading: (await host.locator('#bsc-heading').textContent()).trim() };
}

for (const [path, lang, options, warnings = []] of [
  ['/en.html', 'en'],
  ['/es.html', 'es'],
  ['/de.html', 'de'],
  ['/dark.html', 'de', { viewport: { width: 390, height: 800 } }],
  // An unknown theme is "auto" (with a warning from the wasm), here in a dark-scheme browser.
  ['/purple.html', 'es', { colorScheme: 'dark' }, ['back-spasm-check: theme="purple" is not supported; using "auto" (expected light, dark or auto)']],
]) {
  test(`${path}: the first screen before the wasm, then the wasm takes it over with no visible change`, async () => {
    const { page: p, context, log, release } = await held(path, options);
    const l = language(lang);
    const host = widget(p);
    await host.getByRole('button', { name: l.ui('start'), exact: true }).waitFor();
    assert.equal((await counts(p)).mounted, 0, 'shown before the wasm is ready');
    const before = await looks(host);
    const markup = await tree(host);
    assert.equal(before.heading, l.ui('intro_heading'));
    release();
    await whenMounted(p);
    const after = await looks(host);
    assert.equal(after.heading, before.heading);
    assert.ok(after.png.equals(before.png), 'the same pixels before and after the wasm took over');
    assert.deepEqual(await tree(host), markup, 'the same elements, attributes and texts');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.csp, []);
    assert.deepEqual(log.warnings, warnings);
    await context.close();
  });
}

test('a language change before the wasm is ready: the first screen follows it', async () => {
  const { page: p, context, release } = await held('/en.html');
  const host = widget(p);
  await host.getByRole('button', { name: language('en').ui('start'), exact: true }).waitFor();
  await host.evaluate((el) => el.setAttribute('lang', 'es'));
  const es = language('es');
  await host.getByRole('button', { name: es.ui('start'), exact: true }).waitFor();
  assert.equal((await counts(p)).mounted, 0);
  release();
  await whenMounted(p);
  assert.equal((await host.locator('#bsc-heading').textContent()).trim(), es.ui('intro_heading'));
  await context.close();
});

test('a click on Start before the wasm is ready is kept: the first question follows, with the focus on it', async () => {
  const { page: p, context, log, release } = await held('/en.html');
  const l = language('en');
  const host = widget(p);
  const start = host.getByRole('button', { name: l.ui('start'), exact: true });
  await start.click();
  assert.equal(await start.getAttribute('aria-busy'), 'true', 'the button shows it is busy');
  await p.waitForTimeout(200);
  assert.equal((await counts(p)).mounted, 0);
  release();
  await whenMounted(p);
  await host.getByRole('button', { name: l.ui('continue'), exact: true }).waitFor();
  const focused = await host.evaluate((el) => el.shadowRoot.activeElement?.id);
  assert.equal(focused, 'bsc-heading', "the first question's heading has the focus");
  assert.equal(await host.getByRole('button', { name: l.ui('start'), exact: true }).count(), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the keyboard focus on Start stays there when the wasm takes over', async () => {
  const { page: p, context, release } = await held('/en.html');
  const l = language('en');
  const host = widget(p);
  const start = host.getByRole('button', { name: l.ui('start'), exact: true });
  await start.focus();
  release();
  await whenMounted(p);
  const focused = await host.evaluate((el) => el.shadowRoot.activeElement?.textContent.trim());
  assert.equal(focused, l.ui('start'));
  await p.keyboard.press('Enter');
  await host.getByRole('button', { name: l.ui('continue'), exact: true }).waitFor();
  await context.close();
});

test("an element with the host's own content keeps it on show until the wasm is ready", async () => {
  const { page: p, context, release } = await held('/own.html');
  await p.waitForFunction(() => globalThis[Symbol.for('back-spasm-check')]?.widgets === 1);
  await p.waitForTimeout(300);
  assert.equal(await p.locator('#own').isVisible(), true);
  assert.equal(await widget(p).locator('.bsc').count(), 0, 'no first screen over it');
  release();
  await whenMounted(p);
  assert.equal(await p.locator('#own').isVisible(), false, 'the widget replaces it');
  await context.close();
});

test('a page that broke the paint timing API: the first screen still shows, the widget still starts, nothing in the console', async () => {
  const opened = await openPage(h.browser);
  const { page: p, context, log } = opened;
  await p.addInitScript(() => {
    Performance.prototype.getEntriesByType = () => {
      throw new Error('broken by the page');
    };
  });
  await p.goto(h.server.url('/en.html'));
  const host = widget(p);
  await host.getByRole('button', { name: language('en').ui('start'), exact: true }).click();
  await host.getByRole('button', { name: language('en').ui('continue'), exact: true }).waitFor();
  assert.deepEqual(log.errors, []);
  await context.close();
});
