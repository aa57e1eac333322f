// The loader under faults (the release bundle, dist/): packs that are
// missing, cut, altered or another language's; a swapped pack with live
// language changes; elements that cannot hold a shadow root; language codes
// that are names of Object's properties; two loader versions; a tag defined
// by someone else; hostile attribute values; a tampered wasm or loader
// under SRI. In each case the page gets the widget or its fallback message,
// never a widget without words, never a frozen page, and at most one
// warning per problem.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { openPage, useHarness } from './lib/browser.mjs';
import { language } from './lib/content.mjs';
import { servedName } from './lib/files.mjs';
import { BUNDLE_PREFIX } from './lib/server.mjs';
import { VERSION, assertClean, assertOnlyOwnRequests, walk, whenMounted, widget } from './lib/widget.mjs';

const DIST = resolve(process.env.BSC_DIST ?? join(import.meta.dirname, '..', 'dist'));
const en = language('en');
const es = language('es');
const de = language('de');
const file = (name) => readFileSync(join(DIST, name === 'integrity.json' || name === 'embed.js' ? name : servedName(name)));
const integrity = JSON.parse(file('integrity.json'));

const OTHER_VERSION = '9.9.9-other';
const routes = {
  // Another version's loader (same code, another version string).
  '/other/back-spasm-check/embed.js': {
    body: file('embed.js').toString().replaceAll(JSON.stringify(VERSION), JSON.stringify(OTHER_VERSION)),
    type: 'text/javascript; charset=utf-8',
  },
  // A loader from before versions: its global has no version.
  '/older-loader.js': { body: "globalThis[Symbol.for('back-spasm-check')] = { created: 0 };", type: 'text/javascript; charset=utf-8' },
  '/older-first.html': {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>older loader first</title>
<script src="/older-loader.js"></script><script type="module" src="${BUNDLE_PREFIX}embed.js"></script></head>
<body><back-spasm-check></back-spasm-check></body></html>`,
  },
  // The snippet as `make dist` prints it: integrity and crossorigin.
  '/signed.html': {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>signed</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'">
<script type="module" src="${BUNDLE_PREFIX}embed.js" integrity="${integrity['embed.js']}" crossorigin="anonymous"></script></head>
<body><back-spasm-check><p id="host-fallback">The self-check needs JavaScript.</p></back-spasm-check></body></html>`,
  },
};

const h = useHarness({ routes });
const PACK = (code) => `${BUNDLE_PREFIX}${servedName(`locale-${code}.txt`)}`;

async function open(path, { before } = {}) {
  const opened = await openPage(h.browser);
  if (before) await before(opened.page);
  const url = h.server.url(path);
  await opened.page.goto(url);
  return { ...opened, url };
}

/** Makes the page's fetch ignore `integrity`, so the engine's own checks are what stops a bad pack. */
const withoutSri = (page) =>
  page.addInitScript(() => {
    const original = window.fetch;
    window.fetch = (input, init = {}) => original(input, { ...init, integrity: '' });
  });

const ready = (host, l = en) => host.getByRole('button', { name: l.ui('start'), exact: true }).waitFor();
const heading = async (host) => (await host.locator('#bsc-heading').textContent()).trim();
const mine = (log) => log.warnings.filter((w) => w.startsWith('back-spasm-check:'));
/** Console errors other than the browser's own notes about a blocked or failed load. */
const realErrors = (log) =>
  log.errors.filter((e) => !/integrity|Failed to load resource|net::ERR_|CORS policy/.test(e));
const requestsFor = (log, path) => log.requests.filter((u) => new URL(u).pathname === path).length;

function cut(bytes) {
  return bytes.subarray(0, bytes.length - 40);
}
function altered(bytes) {
  // One letter changed near the end (the safety net's advice), length kept.
  const copy = Buffer.from(bytes);
  const at = copy.lastIndexOf('e'.charCodeAt(0));
  copy[at] = 'a'.charCodeAt(0);
  return copy;
}

/** The loader's reasons: the browser refused the file (CORS, network), or its bytes are not this build's. */
const refused = (name) => `${name}: failed to fetch`;
const differs = (name) => `${name}: not the file this embed.js was built for (its SHA-384 differs)`;

// [fault, change of the served file, the loader's reason]. The loader
// checks every byte itself, so a page whose fetch drops `integrity` gets
// the same answer (the pack's own header checks, which a forger can
// recompute, are not what stops it).
const PACK_FAULTS = [
  ['missing (404)', () => ({ status: 404, body: Buffer.from('not found') }), 'locale-es.txt: HTTP 404'],
  ['cut short by 40 bytes', (body) => ({ body: cut(body) }), differs('locale-es.txt')],
  ['one letter changed', (body) => ({ body: altered(body) }), differs('locale-es.txt')],
  ['the German pack', () => ({ body: file('locale-de.txt') }), differs('locale-es.txt')],
];

for (const sri of [true, false]) {
  for (const [what, change, why] of PACK_FAULTS) {
    test(`a Spanish pack ${what}${sri ? '' : ', SRI not enforced'}: English words and one warning`, async () => {
      h.server.fault(PACK('es'), change);
      try {
        const { page, context, log } = await open('/csp.html', { before: sri ? undefined : withoutSri });
        const spanish = widget(page, 1);
        await ready(spanish);
        await ready(widget(page, 0));
        assert.equal(await heading(spanish), en.ui('intro_heading'));
        assert.equal(await spanish.locator('.bsc').getAttribute('lang'), 'en', 'the words and their lang agree');
        assert.deepEqual(mine(log), [`back-spasm-check: could not load the "es" texts (${why}); showing English`]);
        assert.equal(await walk(spanish, en, { severity: 9 }), 'soon', 'it works all the way');
        assert.deepEqual(realErrors(log), []);
        await context.close();
      } finally {
        h.server.fault();
      }
    });
  }
}

for (const sri of [true, false]) {
  test(`a swapped pack and live language changes never freeze the page${sri ? '' : ' (SRI not enforced)'}`, async () => {
    h.server.fault(PACK('es'), () => ({ body: file('locale-de.txt') }));
    try {
      const { page, context, log } = await open('/basic.html', { before: sri ? undefined : withoutSri });
      const host = widget(page);
      await ready(host);
      const frozen = new Promise((ok) => setTimeout(() => ok('frozen'), 5000));
      const delay = await Promise.race([
        frozen,
        page.evaluate(async () => {
          // The widget's own lang, then the page's, as a CMS might switch.
          document.querySelector('back-spasm-check').setAttribute('lang', 'es');
          document.documentElement.lang = 'es';
          const t0 = performance.now();
          const fired = await new Promise((ok) => setTimeout(() => ok(performance.now() - t0), 0));
          await new Promise((ok) => setTimeout(ok, 300));
          return fired;
        }),
      ]);
      assert.notEqual(delay, 'frozen', 'the page froze');
      assert.ok(delay < 100, `a page timer fired after ${delay} ms`);
      assert.ok(requestsFor(log, PACK('es')) <= 2, `${requestsFor(log, PACK('es'))} requests for the Spanish pack`);
      assert.equal(await heading(host), en.ui('intro_heading'), 'English words');
      const reason = differs('locale-es.txt');
      assert.deepEqual(mine(log), [`back-spasm-check: could not load the "es" texts (${reason}); showing English`]);
      assert.deepEqual(realErrors(log), []);
      await context.close();
    } finally {
      h.server.fault();
    }
  });
}

test('no English either: the fallback message, one warning, nothing mounted', async () => {
  h.server.fault(PACK('en'), () => ({ status: 404, body: Buffer.from('gone') }));
  try {
    const { page, context, log } = await open('/basic.html');
    const message = widget(page).getByRole('status');
    await message.waitFor();
    assert.equal(await message.textContent(), en.fallback());
    assert.equal(await widget(page).locator('.bsc, button').count(), 0, 'no widget without words');
    assert.deepEqual(mine(log), ['back-spasm-check: could not start: could not load the "en" texts (locale-en.txt: HTTP 404)']);
    assert.equal(await page.evaluate(() => globalThis[Symbol.for('back-spasm-check')].spare), 1, 'the instance is kept for later');
    assert.deepEqual(realErrors(log), []);
    await context.close();
  } finally {
    h.server.fault();
  }
});

test('a language and English both refused: the fallback message in that language', async () => {
  h.server.fault(PACK('es'), (body) => ({ body: altered(body) }));
  h.server.fault(PACK('en'), () => ({ status: 503, body: Buffer.from('busy') }));
  try {
    const { page, context, log } = await open('/csp.html');
    const message = widget(page, 1).getByRole('status');
    await message.waitFor();
    assert.equal(await message.textContent(), es.fallback());
    await widget(page, 0).getByRole('status').waitFor();
    assert.deepEqual(mine(log).sort(), [
      'back-spasm-check: could not start: could not load the "en" texts (locale-en.txt: HTTP 503)',
      `back-spasm-check: could not start: could not load the "es" texts (${differs('locale-es.txt')}), nor the English ones (locale-en.txt: HTTP 503)`,
    ]);
    assert.deepEqual(realErrors(log), []);
    await context.close();
  } finally {
    h.server.fault();
  }
});

test('a refused pack is fetched again when it is next needed', async () => {
  h.server.fault(PACK('es'), () => ({ status: 404, body: Buffer.from('not yet') }));
  try {
    const { page, context, log } = await open('/csp.html');
    await ready(widget(page, 1));
    assert.equal(await heading(widget(page, 1)), en.ui('intro_heading'));
    h.server.fault(PACK('es'), null);
    // The first widget switches to Spanish: the pack is fetched afresh.
    await widget(page, 0).evaluate((el) => el.setAttribute('lang', 'es'));
    await ready(widget(page, 0), es);
    assert.equal(await widget(page, 0).locator('.bsc').getAttribute('lang'), 'es');
    assert.equal(requestsFor(log, PACK('es')), 2);
    assert.deepEqual(realErrors(log), []);
    await context.close();
  } finally {
    h.server.fault();
  }
});

test('<html lang> changing while the texts are fetched: the widget mounts in the new language', async () => {
  const { page, context, log } = await open('/basic.html', {
    before: async (page) => {
      await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => (document.documentElement.lang = 'es')));
      // Hold the Spanish pack back until <html lang> has changed again.
      await page.route(`**/${servedName('locale-es.txt')}`, async (route) => {
        await page.evaluate(() => (document.documentElement.lang = 'de'));
        await route.continue();
      });
    },
  });
  const host = widget(page);
  await ready(host, de);
  assert.equal(await host.locator('.bsc').getAttribute('lang'), 'de');
  assert.equal(await heading(host), de.ui('intro_heading'));
  assert.deepEqual(mine(log), []);
  assertClean(log);
  await context.close();
});

test('elements that cannot have a shadow root get the message as plain text', async () => {
  const { page, context, log, url } = await open('/no-shadow.html');
  await ready(page.locator('#good'));
  // One added later, as a single-page app would.
  await page.evaluate(() => {
    const li = document.createElement('li');
    li.id = 'late';
    li.setAttribute('data-back-spasm-check', '');
    document.querySelector('ul').append(li);
  });
  await page.locator('#late', { hasText: en.fallback() }).waitFor();
  for (const id of ['li', 'td', 'a', 'figure', 'late']) {
    assert.equal(await page.locator(`#${id}`).textContent(), en.fallback(), id);
  }
  assert.deepEqual(
    mine(log),
    ['li', 'td', 'a', 'figure'].map(
      (tag) => `back-spasm-check: <${tag}> cannot hold the widget (it takes no shadow root); use <div data-back-spasm-check> or <back-spasm-check>`,
    ),
  );
  const counts = await page.evaluate(() => {
    const { widgets, mounted, created, spare } = globalThis[Symbol.for('back-spasm-check')];
    return { widgets, mounted, created, spare };
  });
  assert.deepEqual(counts, { widgets: 6, mounted: 1, created: 1, spare: 0 }, 'no instance spent on them');
  assertClean(log);
  assertOnlyOwnRequests(log, h.server, url);
  await context.close();
});

test('lang="constructor" and "__proto__" are languages like any other unknown one', async () => {
  for (const wasm of [true, false]) {
    const { page, context, log, url } = await open('/proto-langs.html', {
      before: (page) => (wasm ? undefined : page.route('**/*.wasm', (route) => route.abort('blockedbyclient'))),
    });
    for (const id of ['own', 'ancestor', 'page']) {
      const host = page.locator(`#${id}`);
      if (wasm) {
        await ready(host);
        assert.equal(await host.locator('.bsc').getAttribute('lang'), 'en', id);
      } else {
        await host.getByRole('status').waitFor();
        assert.equal(await host.getByRole('status').textContent(), en.fallback(), id);
      }
    }
    assertOnlyOwnRequests(log, h.server, url);
    assert.equal(requestsFor(log, PACK('en')), 1, 'only the English pack, once');
    if (wasm) {
      assert.deepEqual(mine(log), ['back-spasm-check: lang="__proto__" is not available; using English (en). Available: en, es, de']);
      assertClean(log);
    } else {
      assert.deepEqual(mine(log), [`back-spasm-check: could not start: ${refused('back-spasm-check_bg.wasm')}`]);
      assert.deepEqual(realErrors(log), []);
    }
    await context.close();
  }
});

test('a second loader of another version warns with both versions; the first runs', async () => {
  const { page, context, log } = await open('/two-versions.html');
  await ready(widget(page));
  await page.waitForFunction(() => performance.getEntriesByName('bsc:mounted').length === 1);
  assert.deepEqual(mine(log), [
    `back-spasm-check: embed.js "${OTHER_VERSION}" is not used: embed.js "${VERSION}" already runs on this page (include one version only)`,
  ]);
  const state = await page.evaluate(() => ({ ...globalThis[Symbol.for('back-spasm-check')] }));
  assert.equal(state.version, VERSION, 'the version is readable by the host');
  assert.equal(state.mounted, 1);
  // The global is the loader's: a page script cannot replace it or its counts.
  const replaced = await page.evaluate(() => {
    const key = Symbol.for('back-spasm-check');
    try {
      globalThis[key] = { version: 'x' };
    } catch {}
    try {
      globalThis[key].created = 99;
    } catch {}
    return [globalThis[key].version, globalThis[key].created];
  });
  assert.deepEqual(replaced, [VERSION, 1]);
  assertClean(log);
  await context.close();
});

test('after a loader from before versions, this one warns and stays idle', async () => {
  const { page, context, log } = await open('/older-first.html');
  await page.waitForLoadState('load');
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(200);
  assert.deepEqual(mine(log), [
    `back-spasm-check: embed.js "${VERSION}" is not used: an older embed.js already runs on this page (include one version only)`,
  ]);
  assert.equal(await widget(page).evaluate((el) => el.shadowRoot), null);
  assertClean(log);
  await context.close();
});

test('a tag already defined by another script: a warning, and the div form still works', async () => {
  const { page, context, log } = await open('/tag-taken.html');
  await ready(page.locator('#div'));
  assert.deepEqual(mine(log), [
    'back-spasm-check: <back-spasm-check> is already defined by another script; only <div data-back-spasm-check> elements get the widget',
  ]);
  assert.equal(await page.evaluate(() => document.querySelector('#tag').shadowRoot), null, 'the other definition keeps its element');
  assertClean(log);
  await context.close();
});

test('warnings quote hostile values escaped and cut to 60 characters', async () => {
  const { page, context, log } = await open('/basic.html');
  const host = widget(page);
  await ready(host);
  const hostile = `\u202e${'9'.repeat(100_000)}`;
  await host.evaluate((el, value) => el.setAttribute('theme', value), hostile);
  await host.locator('.bsc[data-theme="auto"]').waitFor();
  await page.evaluate(() => {
    const el = document.createElement('back-spasm-check');
    el.setAttribute('loading', 'soon"\u2066ish');
    document.body.append(el);
  });
  await whenMounted(page, 2);
  assert.deepEqual(mine(log), [
    `back-spasm-check: theme="\\u{202e}${'9'.repeat(59)}…" is not supported; using "auto" (expected light, dark or auto)`,
    'back-spasm-check: loading="soon\\"\\u{2066}ish" is not supported; using "lazy" (expected lazy or eager)',
  ]);
  assertClean(log);
  await context.close();
});

for (const subtle of [true, false]) {
  test(`a tampered wasm${subtle ? '' : ' (no crypto.subtle: checked by fetch)'}: the fallback message and one warning, never a half-working widget`, async () => {
    h.server.fault(`${BUNDLE_PREFIX}${servedName('back-spasm-check_bg.wasm')}`, (body) => {
      const copy = Buffer.from(body);
      copy[copy.length - 100] ^= 1;
      return { body: copy };
    });
    try {
      // Without crypto.subtle (a page on plain http), fetch's integrity check is what refuses it.
      const before = subtle ? undefined : (page) => page.addInitScript(() => Object.defineProperty(window.crypto, 'subtle', { get: () => undefined }));
      const { page, context, log } = await open('/csp.html', { before });
      for (const n of [0, 1]) await widget(page, n).getByRole('status').waitFor();
      assert.equal(await widget(page, 1).getByRole('status').textContent(), es.fallback());
      assert.equal(await page.locator('back-spasm-check').evaluateAll((els) => els.filter((el) => el.shadowRoot.querySelector('.bsc')).length), 0);
      const why = subtle ? differs('back-spasm-check_bg.wasm') : 'back-spasm-check_bg.wasm: failed to fetch, or not the file this embed.js was built for';
      assert.deepEqual(mine(log), [`back-spasm-check: could not start: ${why}`]);
      if (!subtle) assert.ok(log.errors.some((e) => e.includes('integrity')), 'the browser names the integrity failure');
      assert.deepEqual(realErrors(log), []);
      await context.close();
    } finally {
      h.server.fault();
    }
  });
}

test('the signed snippet runs; a tampered loader is refused by the browser and the host fallback shows', async () => {
  {
    const { page, context, log } = await open('/signed.html');
    await ready(widget(page));
    assert.equal(await page.locator('#host-fallback').isVisible(), false, "the host's own fallback is hidden once the loader runs");
    assertClean(log);
    await context.close();
  }
  h.server.fault(`${BUNDLE_PREFIX}embed.js`, (body) => ({ body: Buffer.concat([body, Buffer.from('\n;globalThis.tampered = true;')]) }));
  try {
    const { page, context, log } = await open('/signed.html');
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => globalThis.tampered ?? null), null, 'the tampered loader did not run');
    assert.equal(await page.locator('#host-fallback').isVisible(), true, "the host's own fallback shows");
    assert.ok(log.errors.some((e) => e.includes('integrity')), 'the browser names the integrity failure');
    assert.deepEqual(realErrors(log), []);
    assert.deepEqual(mine(log), []);
    await context.close();
  } finally {
    h.server.fault();
  }
});

test('one print stylesheet per document, however many widgets print', async () => {
  const { page, context, log } = await open('/csp.html');
  await ready(widget(page, 0));
  await ready(widget(page, 1), es);
  const sheets = () => page.evaluate(() => document.adoptedStyleSheets.length);
  assert.equal(await sheets(), 1);
  await page.evaluate(() => (window.print = () => {}));
  assert.equal(await walk(widget(page, 0), en, { severity: 2 }), 'self-care');
  assert.equal(await walk(widget(page, 1), es, { severity: 2 }), 'self-care');
  for (const [n, l] of [[0, en], [1, es], [0, en]]) {
    await widget(page, n).getByRole('button', { name: l.ui('print'), exact: true }).click();
  }
  assert.equal(await sheets(), 1);
  // That sheet hides the rest of the page when printing.
  await page.evaluate(() => {
    document.documentElement.setAttribute('data-bsc-printing', '');
    document.querySelector('#second').setAttribute('data-bsc-printing', '');
  });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('h1').evaluate((el) => getComputedStyle(el).visibility), 'hidden');
  assert.equal(await page.locator('#second').evaluate((el) => getComputedStyle(el).visibility), 'visible');
  assertClean(log);
  await context.close();
});
