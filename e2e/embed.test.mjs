// Embedding in pages the publisher does not fully control: a strict CSP,
// several instances, hostile global CSS, the script twice, a CMS <div>,
// widgets added and removed by a single-page app, live attribute changes,
// a blocked .wasm. Every request each page makes is checked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, useHarness } from './lib/browser.mjs';
import { servedName } from './lib/files.mjs';
import { language } from './lib/content.mjs';
import { random } from './lib/random.mjs';
import { VERSION, assertClean, assertOnlyOwnRequests, walk, widget } from './lib/widget.mjs';

const en = language('en');
const es = language('es');
const VALID = ['emergency', 'urgent', 'soon', 'self-care'];

const h = useHarness();

async function open(path, options) {
  const opened = await openPage(h.browser, options);
  const url = h.server.url(path);
  await opened.page.goto(url);
  return { ...opened, url };
}

/** The loader's counts (globalThis[Symbol.for('back-spasm-check')]). */
const counts = (page) =>
  page.evaluate(() => {
    const { version, widgets, mounted, created, spare } = globalThis[Symbol.for('back-spasm-check')];
    return { version, widgets, mounted, created, spare };
  });
const liveCount = async (page) => (await counts(page)).mounted;
const ready = (host, l = en) => host.getByRole('button', { name: l.ui('start'), exact: true }).waitFor();

test('strict CSP, two instances, each in the language of its own lang', async () => {
  const { page, context, log, url } = await open('/csp.html');
  const [first, second] = [widget(page, 0), widget(page, 1)];
  await ready(first);
  await ready(second, es);
  assert.equal(await second.locator('.bsc').getAttribute('lang'), es.lang);
  assert.equal(await second.locator('.bsc').getAttribute('data-theme'), 'dark');
  const langWarnings = log.warnings.filter((w) => w.includes('lang="es"'));
  assert.equal(langWarnings.length, 0, `warnings: ${log.warnings.join(' | ')}`);
  // Both complete a whole flow, independently.
  assert.equal(await walk(first, en, { severity: 9 }), 'soon');
  assert.equal(await walk(second, es, { emergency_flags: ['chest'] }), 'emergency');
  assert.equal(await first.locator('section[data-urgency]').getAttribute('data-urgency'), 'soon');
  assertClean(log);
  assertOnlyOwnRequests(log, h.server, url);
  await context.close();
});

test('hostile global CSS, a CMS div and the script included twice', async () => {
  const { page, context, log, url } = await open('/hostile.html');
  const [cms, tag] = [widget(page, 0), widget(page, 1)];
  await ready(cms);
  await ready(tag);
  assert.equal(await liveCount(page), 2, 'two widgets, each mounted once');
  assert.equal(await page.evaluate(() => document.querySelector('#cms').shadowRoot.querySelectorAll('.bsc').length), 1);
  const look = await tag.evaluate((host) => {
    const root = host.shadowRoot.querySelector('.bsc');
    const button = host.shadowRoot.querySelector('button');
    const s = getComputedStyle(root);
    const b = button.getBoundingClientRect();
    const h = getComputedStyle(host);
    return {
      fontSize: s.fontSize, color: s.color, display: h.display, opacity: h.opacity, transform: h.transform,
      buttonHeight: Math.round(b.height), textTransform: s.textTransform, width: Math.round(host.getBoundingClientRect().width),
    };
  });
  assert.deepEqual(
    { ...look, width: look.width > 250 },
    { fontSize: '16px', color: look.color === 'rgb(255, 0, 0)' ? 'red leaked in' : look.color, display: 'block', opacity: '1', transform: 'none', buttonHeight: look.buttonHeight >= 44 ? look.buttonHeight : 'too small', textTransform: 'none', width: true },
  );
  assert.equal(await walk(cms, en, { more_flags: ['lump'] }), 'urgent');
  assertClean(log);
  // The page includes the loader a second time, as embed.js?again.
  assertOnlyOwnRequests(log, h.server, url, ['/hostile.css', '/back-spasm-check/embed.js?again']);
  await context.close();
});

test('a single-page app adds, moves and removes widgets; removal frees them', async () => {
  const { page, context, log, url } = await open('/empty.html');
  await page.waitForFunction(() => globalThis[Symbol.for('back-spasm-check')]);
  await page.evaluate(() => {
    const app = document.querySelector('#app');
    for (const id of ['a', 'b', 'c']) {
      const el = document.createElement(id === 'c' ? 'div' : 'back-spasm-check');
      if (id === 'c') el.setAttribute('data-back-spasm-check', '');
      el.id = id;
      app.append(el);
    }
  });
  for (const n of [0, 1, 2]) await ready(widget(page, n));
  assert.equal(await liveCount(page), 3);
  // A move keeps the reader's place.
  const a = page.locator('#a');
  await a.getByRole('button', { name: en.ui('start') }).click();
  await page.evaluate(() => document.body.append(document.querySelector('#a')));
  await a.getByRole('button', { name: en.ui('continue') }).waitFor();
  // Removal frees the instance and empties its shadow root.
  await page.evaluate(() => {
    document.querySelector('#b').remove();
    document.querySelector('#c').remove();
  });
  await page.waitForFunction(() => globalThis[Symbol.for('back-spasm-check')].widgets === 1);
  // Again and again, without leaks or errors.
  for (let round = 0; round < 10; round += 1) {
    await page.evaluate(() => document.querySelector('#app').append(document.createElement('back-spasm-check')));
    await ready(page.locator('#app back-spasm-check'));
    await page.evaluate(() => document.querySelector('#app back-spasm-check').remove());
  }
  await page.waitForFunction(() => globalThis[Symbol.for('back-spasm-check')].widgets === 1);
  // Removed widgets' instances are reused, not piled up: three at most.
  assert.deepEqual(await counts(page), { version: VERSION, widgets: 1, mounted: 1, created: 3, spare: 2 });
  assertClean(log);
  assertOnlyOwnRequests(log, h.server, url);
  await context.close();
});

test('attribute changes apply live; bad values warn once and fall back', async () => {
  const { page, context, log } = await open('/basic.html');
  const host = widget(page);
  await ready(host);
  await host.getByRole('button', { name: en.ui('start') }).click();
  await host.getByRole('checkbox').first().check();
  await host.evaluate((el) => el.setAttribute('theme', 'dark'));
  await host.locator('.bsc[data-theme="dark"]').waitFor();
  assert.ok(await host.getByRole('checkbox').first().isChecked(), 'answers survive');
  await host.evaluate((el) => el.setAttribute('theme', 'purple'));
  await host.locator('.bsc[data-theme="auto"]').waitFor();
  await host.evaluate((el) => el.setAttribute('emergency-number', 'call mum'));
  await host.evaluate((el) => el.setAttribute('lang', 'fr-CA'));
  await page.waitForTimeout(50);
  const mine = log.warnings.filter((w) => w.startsWith('back-spasm-check:'));
  assert.deepEqual(mine, [
    'back-spasm-check: theme="purple" is not supported; using "auto" (expected light, dark or auto)',
    `back-spasm-check: emergency-number="call mum" is not a phone number; using the default for English (expected up to 15 digits, spaces, + or -)`,
    'back-spasm-check: lang="fr-CA" is not available; using English (en). Available: en, es, de',
  ]);
  assert.equal(await host.locator('.bsc').getAttribute('lang'), 'en');
  assertClean(log);
  await context.close();
});

test('a blocked .wasm leaves a readable message, not an error', async () => {
  const { context, page, log } = await openPage(h.browser);
  await page.route('**/*.wasm', (route) => route.abort('blockedbyclient'));
  await page.goto(h.server.url('/basic.html'));
  const message = widget(page).getByRole('status');
  await message.waitFor();
  assert.equal(await message.textContent(), en.fallback());
  // Chromium itself logs the blocked request; the widget adds no error.
  const errors = log.errors.filter((e) => !e.includes('net::ERR_BLOCKED_BY_CLIENT'));
  assert.deepEqual(errors, []);
  assert.ok(log.warnings.some((w) => w.startsWith('back-spasm-check: could not start')));
  await context.close();
});

test('a missing language pack leaves that widget in English, with a warning', async () => {
  const { context, page, log } = await openPage(h.browser);
  await page.route(`**/${servedName('locale-es.txt')}`, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(h.server.url('/csp.html'));
  await ready(widget(page, 1));
  assert.equal((await widget(page, 1).locator('#bsc-heading').textContent()).trim(), en.ui('intro_heading'));
  assert.deepEqual(log.warnings, [
    'back-spasm-check: could not load the "es" texts (locale-es.txt: HTTP 404); showing English',
  ]);
  assert.equal(await walk(widget(page, 1), en, { severity: 9 }), 'soon', 'it still works');
  // A live change to a language whose texts cannot be had still applies
  // the rest (here the theme), in English words.
  await widget(page, 0).evaluate((el) => {
    el.setAttribute('lang', 'es');
    el.setAttribute('theme', 'dark');
  });
  await widget(page, 0).locator('.bsc[data-theme="dark"]').waitFor();
  assert.equal((await widget(page, 0).locator('#bsc-heading').textContent()).trim(), en.ui('intro_heading'));
  // The failed pack was not kept: the live change asked for it again.
  assert.equal(log.requests.filter((u) => u.endsWith(`/${servedName('locale-es.txt')}`)).length, 2);
  // Only the browser's own note about the 404 reaches the console as an error.
  assert.deepEqual(log.errors.filter((e) => !/404|integrity/.test(e)), []);
  await context.close();
});

test('200 seeded random interaction sequences across two instances', async () => {
  const base = Number(process.env.BSC_SEED ?? 20261126);
  const { page, context, log } = await open('/csp.html');
  await ready(widget(page, 0));
  const ACTIONS = ['click', 'click', 'check', 'check', 'advance', 'advance', 'advance', 'key', 'back', 'restart', 'attribute'];
  const KEYS = ['Tab', 'Shift+Tab', 'Space', 'Enter', 'ArrowDown', 'ArrowRight'];
  const ATTRS = [['theme', 'dark'], ['theme', 'light'], ['theme', 'nope'], ['lang', 'en'], ['lang', 'es'], ['lang', 'xx'], ['emergency-number', '112'], ['emergency-number', '??']];
  let results = 0;
  for (let run = 0; run < 200; run += 1) {
    const seed = base + run;
    const rnd = random(seed);
    const pick = (list) => list[Math.floor(rnd() * list.length)];
    const trail = [];
    try {
      for (let step = 0; step < 14; step += 1) {
        const host = widget(page, Math.floor(rnd() * 2));
        const action = pick(ACTIONS);
        trail.push(action);
        if (action === 'click') {
          const buttons = host.locator('button');
          const n = await buttons.count();
          // force: a reader can click an unavailable (aria-disabled) button too.
          if (n) await buttons.nth(Math.floor(rnd() * n)).click({ force: true, timeout: 5000 });
        } else if (action === 'check') {
          const inputs = host.locator('input');
          const n = await inputs.count();
          if (n) await inputs.nth(Math.floor(rnd() * n)).click({ force: true, timeout: 5000 });
        } else if (action === 'advance') {
          // Answer something and go on, so that many runs reach a result.
          const inputs = host.locator('input');
          const n = await inputs.count();
          if (n) await inputs.nth(Math.floor(rnd() * n)).click({ force: true, timeout: 5000 });
          const next = host.getByRole('button', { name: n ? en.ui('continue') : en.ui('start'), exact: true });
          if (await next.count()) await next.click({ force: true, timeout: 5000 });
        } else if (action === 'key') {
          await page.keyboard.press(pick(KEYS));
        } else if (action === 'back' || action === 'restart') {
          const name = en.ui(action);
          const button = host.getByRole('button', { name, exact: true });
          if (await button.count()) await button.first().click({ force: true, timeout: 5000 });
        } else {
          const [name, value] = pick(ATTRS);
          await host.evaluate((el, [n, v]) => el.setAttribute(n, v), [name, value]);
        }
      }
      for (const n of [0, 1]) {
        const result = widget(page, n).locator('section[data-urgency]');
        if (await result.count()) {
          results += 1;
          assert.ok(VALID.includes(await result.getAttribute('data-urgency')));
        }
        assert.equal(await widget(page, n).locator('.bsc').count(), 1, 'the widget is still there');
      }
      assertClean(log);
    } catch (err) {
      err.message = `random sequence failed: BSC_SEED=${seed} actions=${trail.join(',')}\n${err.message}`;
      throw err;
    }
  }
  console.log(`random interactions: 200 sequences from seed ${base}, ${results} ended on a result`);
  await context.close();
});
