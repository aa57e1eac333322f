// Panics (internal errors) against the test build, dist-test/ (`make
// dist-test`: the same bundle with the `test-hooks` feature, so a page can
// make the wasm panic at a named point by setting
// `globalThis.__bscTestPanic`; src/host/test_hooks.rs). A panic inside each
// call the loader makes (loadLocale, mount, refresh) and inside a reader's
// click stops only its own widget, which shows the fallback message; the
// trap that follows stays out of the console; and a wasm trap of the host
// page's own, after that, still reaches the page.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { openPage, useHarness } from './lib/browser.mjs';
import { language } from './lib/content.mjs';
import { assertClean, assertOnlyOwnRequests, walk, widget } from './lib/widget.mjs';

const en = language('en');
const es = language('es');
const h = useHarness({ dist: resolve(import.meta.dirname, '..', 'dist-test') });

const ready = (host, l = en) => host.getByRole('button', { name: l.ui('start'), exact: true }).waitFor();
const counts = (page) =>
  page.evaluate(() => {
    const { widgets, mounted, created, spare } = globalThis[Symbol.for('back-spasm-check')];
    return { widgets, mounted, created, spare };
  });

/** A wasm trap of the host page's own (a module whose `boom` is `unreachable`), thrown from a task. */
async function hostTrap(page) {
  await page.evaluate(async () => {
    // prettier-ignore
    const bytes = new Uint8Array([
      0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // header
      0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // one type: () -> ()
      0x03, 0x02, 0x01, 0x00, // one function of that type
      0x07, 0x08, 0x01, 0x04, 0x62, 0x6f, 0x6f, 0x6d, 0x00, 0x00, // export "boom"
      0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b, // body: unreachable
    ]);
    const { instance } = await WebAssembly.instantiate(bytes);
    await new Promise((done) => {
      setTimeout(() => {
        setTimeout(done, 50);
        instance.exports.boom();
      });
    });
  });
}

// [point, how to reach it once the page is open (null: during start-up), which widget stops]
const POINTS = [
  ['loadLocale', null],
  ['mount', null],
  ['refresh', (page) => page.locator('#first').evaluate((el) => el.setAttribute('theme', 'dark'))],
  ['click', (page) => widget(page, 0).getByRole('button', { name: en.ui('start'), exact: true }).click()],
];

for (const [point, trigger] of POINTS) {
  test(`a panic in ${point} stops one widget quietly; the host's own trap still reaches the page`, async () => {
    const { page, context, log } = await openPage(h.browser);
    if (!trigger) await page.addInitScript((p) => (globalThis.__bscTestPanic = p), point);
    await page.goto(h.server.url('/csp.html'));
    if (trigger) {
      await ready(widget(page, 0));
      await ready(widget(page, 1), es);
      await page.evaluate((p) => (globalThis.__bscTestPanic = p), point);
      await trigger(page);
    }
    // During start-up either widget may be the first to reach the point.
    const stopped = await page.waitForFunction(() => {
      const hosts = [...document.querySelectorAll('back-spasm-check')];
      const i = hosts.findIndex((el) => el.shadowRoot?.querySelector('[role=status]:only-child'));
      return i >= 0 ? { i } : null;
    });
    const n = (await stopped.jsonValue()).i;
    const [broken, healthy, l] = n === 0 ? [widget(page, 0), widget(page, 1), es] : [widget(page, 1), widget(page, 0), en];
    const lang = n === 0 ? en : es;
    assert.equal(await broken.getByRole('status').textContent(), lang.fallback());
    const panics = log.warnings.filter((w) => w.startsWith('back-spasm-check: internal error, this widget stopped:'));
    assert.equal(panics.length, 1, log.warnings.join('\n'));
    assert.ok(panics[0].includes(`test hook: panic in ${point}`), panics[0]);
    assert.ok(!/\/root\/|\.cargo\/registry|\/work\//.test(panics[0]), `no build path: ${panics[0]}`);
    assert.deepEqual(log.warnings.filter((w) => !panics.includes(w)), [], 'no other warning');
    // The other widget works all the way.
    assert.equal(await walk(healthy, l, { severity: 9 }), 'soon');
    assertClean(log);
    // A trap of the page's own afterwards is the page's: reported, not swallowed.
    await hostTrap(page);
    assert.deepEqual(log.errors, ['uncaught: unreachable']);
    assert.deepEqual(await counts(page), { widgets: 2, mounted: 1, created: 2, spare: 0 });
    await context.close();
  });
}

test('remove and re-add after a panic: one fresh instance, then reuse; no growth', async () => {
  const { page, context, log, url, cdp } = await (async () => {
    const opened = await openPage(h.browser);
    const cdp = await opened.context.newCDPSession(opened.page);
    const url = h.server.url('/csp.html');
    await opened.page.goto(url);
    return { ...opened, url, cdp };
  })();
  await ready(widget(page, 0));
  await ready(widget(page, 1), es);
  await page.evaluate(() => (globalThis.__bscTestPanic = 'click'));
  await widget(page, 0).getByRole('button', { name: en.ui('start'), exact: true }).click();
  await widget(page, 0).getByRole('status').waitFor();
  const first = await page.evaluateHandle(() => document.querySelector('#first'));
  for (let round = 0; round < 5; round += 1) {
    await first.evaluate((el) => el.remove());
    await page.waitForFunction(() => globalThis[Symbol.for('back-spasm-check')].widgets === 1);
    await first.evaluate((el) => document.body.prepend(el));
    // The same element, now a working widget again.
    await ready(page.locator('#first'));
    // It stays so after a garbage collection: the stopped instance's
    // widget is never freed into it (which would empty this shadow root).
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => new Promise((next) => setTimeout(next, 50)));
    assert.equal(await page.locator('#first').getByRole('button', { name: en.ui('start'), exact: true }).count(), 1, `round ${round}`);
  }
  assert.equal(await walk(page.locator('#first'), en, { severity: 2 }), 'self-care');
  // Two at start, one to replace the stopped instance, then always reused.
  assert.deepEqual(await counts(page), { widgets: 2, mounted: 2, created: 3, spare: 0 });
  assertClean(log);
  assertOnlyOwnRequests(log, h.server, url);
  await context.close();
});
