// Hostile host pages (issue 21): a polluted Object.prototype (for the
// loader's options and for the widget's own), a cookie the
// bundle's requests must not carry, a missing global, a language change
// just before mount, widgets inside host components' open shadow roots
// (both forms, defined before or after the loader, drawn at once or later)
// and widgets moved into a same-origin iframe.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { openPage, useHarness } from './lib/browser.mjs';
import { language } from './lib/content.mjs';
import { BUNDLE_PREFIX } from './lib/server.mjs';
import { answerStep, assertClean, walk, widget } from './lib/widget.mjs';

const en = language('en');
const es = language('es');
const SCRIPT = `<script type="module" src="${BUNDLE_PREFIX}embed.js"></script>`;
const doc = (body, head = '') => ({
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile</title>${head}${SCRIPT}</head><body>${body}</body></html>`,
});

// A host component that draws its open shadow root at once (`now`) or in a
// later microtask, as Lit and most libraries do.
const CARD = `<script>
customElements.define('host-card', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const draw = () => (root.innerHTML = '<h2>Card</h2>' + this.dataset.inner);
    this.hasAttribute('now') ? draw() : queueMicrotask(draw);
  }
});
</script>`;
const LATE_CARD = `customElements.define('late-card', class extends HTMLElement {
  connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<div data-back-spasm-check loading="eager"></div>'; }
});`;

const routes = {
  '/polluted.html': doc(`<h1>Article</h1><div style="height:4000px"></div><back-spasm-check></back-spasm-check>
<div data-back-spasm-check loading="eager"></div>`),
  '/bare.html': doc('<back-spasm-check></back-spasm-check><div data-back-spasm-check></div>'),
  '/cards.html': doc(
    `<host-card now id="a" data-inner='<div data-back-spasm-check lang="es"></div>'></host-card>
<host-card id="b" data-inner='<back-spasm-check loading="eager"></back-spasm-check>'></host-card>
<late-card id="c"></late-card>`,
    CARD,
  ),
  '/late-card.js': { body: LATE_CARD, type: 'text/javascript' },
  '/frame.html': doc(`<back-spasm-check loading="eager" id="tag"></back-spasm-check><div data-back-spasm-check id="div"></div>
<iframe id="frame" srcdoc="<!doctype html><html lang=en><body></body></html>"></iframe>`),
};
const h = useHarness({ routes });

async function open(path, before) {
  const opened = await openPage(h.browser);
  if (before) await before(opened.page);
  const url = h.server.url(path);
  await opened.page.goto(url);
  return { ...opened, url };
}
const ready = (host, l = en) => host.getByRole('button', { name: l.ui('start'), exact: true }).waitFor();
const heading = async (host) => (await host.locator('#bsc-heading').textContent()).trim();
const mine = (log) => log.warnings.filter((w) => w.startsWith('back-spasm-check:'));
const counts = (page) =>
  page.evaluate(() => {
    const { widgets, mounted, spare } = globalThis[Symbol.for('back-spasm-check')];
    return { widgets, mounted, spare };
  });

test('a polluted Object.prototype: both forms mount, the lazy one starts, no cookie or page URL is sent', async () => {
  const start = h.server.heads.length;
  const { page, context, log } = await open('/polluted.html', (p) =>
    p.addInitScript(() => {
      document.cookie = 'reader=private; path=/';
      Object.prototype.disabledFeatures = ['shadow'];
      Object.prototype.credentials = 'include';
      Object.prototype.referrerPolicy = 'unsafe-url';
      Object.prototype.root = document.createElement('div');
    }),
  );
  await ready(widget(page, 1));
  await widget(page, 0).scrollIntoViewIfNeeded();
  await ready(widget(page, 0));
  assert.equal(await walk(widget(page, 0), en, { severity: 9 }), 'soon');
  const bundle = h.server.heads.slice(start).filter((r) => r.path.startsWith(BUNDLE_PREFIX) && !r.path.endsWith('embed.js'));
  assert.ok(bundle.length >= 2, `${bundle.length} bundle requests`);
  for (const { path, headers } of bundle) {
    assert.equal(headers.cookie, undefined, `${path} was sent the page's cookie`);
    assert.equal(headers.referer, undefined, `${path} was sent the page's URL`);
  }
  assert.deepEqual(mine(log), []);
  assertClean(log);
  await context.close();
});

test("a polluted Object.prototype cannot change the options the widget gives the browser: the saved summary stays plain text", async () => {
  const { page, context, log } = await open('/bare.html', (p) =>
    p.addInitScript(() => {
      // Accessors a page could add: a read of an option is recorded and
      // answered with the page's value; a write is swallowed. Only own
      // properties of a null-prototype options object get past them.
      const options = { type: 'text/html', endings: 'native', mode: 'closed', delegatesFocus: true, slotAssignment: 'manual', clonable: true, serializable: true };
      window.__optionsRead = [];
      for (const [key, value] of Object.entries(options)) {
        Object.defineProperty(Object.prototype, key, {
          configurable: true,
          get() {
            window.__optionsRead.push(key);
            return value;
          },
          set() {},
        });
      }
      const objectUrl = URL.createObjectURL;
      URL.createObjectURL = (blob) => {
        window.__blobType = blob.type;
        return objectUrl(blob);
      };
    }),
  );
  const host = widget(page, 0);
  await ready(host);
  const root = await host.evaluate((el) => {
    const r = el.shadowRoot;
    return r && { mode: r.mode, delegatesFocus: r.delegatesFocus, slotAssignment: r.slotAssignment, clonable: r.clonable, serializable: r.serializable };
  });
  assert.deepEqual(root, { mode: 'open', delegatesFocus: false, slotAssignment: 'named', clonable: false, serializable: false }, 'the shadow root is as designed');
  assert.equal(await walk(host, en, { severity: 9 }), 'soon');
  const [download] = await Promise.all([page.waitForEvent('download'), host.getByRole('button', { name: en.ui('save'), exact: true }).click()]);
  assert.equal(download.suggestedFilename(), en.ui('save_filename'));
  const saved = readFileSync(await download.path(), 'utf8');
  assert.ok(saved.includes(en.get('level.soon.title')) && !saved.includes('\r'), 'the summary, with plain line ends');
  assert.equal(await page.evaluate(() => window.__blobType), 'text/plain;charset=utf-8', "the saved file's type is the widget's");
  assert.deepEqual(await page.evaluate(() => window.__optionsRead), [], 'no option was read from Object.prototype');
  assert.deepEqual(mine(log), []);
  assertClean(log);
  await context.close();
});

test('a missing global: every widget shows the message, one warning, nothing half started', async () => {
  const { page, context, log } = await open('/bare.html', (p) => p.addInitScript(() => delete window.MutationObserver));
  for (const n of [0, 1]) await widget(page, n).getByRole('status').waitFor();
  assert.deepEqual(mine(log), ['back-spasm-check: could not start: this browser lacks WebAssembly, custom elements or Shadow DOM']);
  assertClean(log);
  await context.close();
});

test('a language change just before mount is not lost', async () => {
  const { page, context, log } = await open('/bare.html', (p) =>
    p.addInitScript(() => {
      const mark = performance.mark.bind(performance);
      performance.mark = (name, ...rest) => {
        // Right after the texts loaded, in the next task: before the mount.
        if (name === 'bsc:locale-loaded') setTimeout(() => document.querySelector('back-spasm-check').setAttribute('lang', 'es'));
        return mark(name, ...rest);
      };
    }),
  );
  const host = widget(page, 0);
  await ready(host, es);
  assert.equal(await heading(host), es.ui('intro_heading'));
  assert.equal(await host.locator('.bsc').getAttribute('lang'), 'es');
  assertClean(log);
  await context.close();
});

test("widgets inside host components' shadow roots mount (both forms) and are freed with them", async () => {
  const { page, context, log } = await open('/cards.html');
  await ready(page.locator('#a').locator('[data-back-spasm-check]'), es);
  await ready(page.locator('#b').locator('back-spasm-check'));
  // A component defined after the loader ran, and one added later.
  await page.addScriptTag({ url: '/late-card.js' });
  await ready(page.locator('#c').locator('[data-back-spasm-check]'));
  await page.evaluate(() => {
    const card = document.createElement('host-card');
    card.id = 'd';
    card.dataset.inner = '<div data-back-spasm-check loading="eager"></div>';
    document.body.append(card);
  });
  await ready(page.locator('#d').locator('[data-back-spasm-check]'));
  assert.equal(await walk(page.locator('#a').locator('[data-back-spasm-check]'), es, { severity: 9 }), 'soon');
  assert.deepEqual((await counts(page)).mounted, 4);
  await page.evaluate(() => document.querySelectorAll('host-card, late-card').forEach((c) => c.remove()));
  await page.waitForFunction(() => globalThis[Symbol.for('back-spasm-check')].widgets === 0);
  assert.deepEqual(await counts(page), { widgets: 0, mounted: 0, spare: 4 });
  assert.deepEqual(mine(log), []);
  assertClean(log);
  await context.close();
});

test('widgets moved into a same-origin iframe keep working and are freed with it', async () => {
  const { page, context, log } = await open('/frame.html');
  await ready(widget(page, 0));
  await ready(widget(page, 1));
  // Into the first question, then moved.
  for (const n of [0, 1]) await widget(page, n).getByRole('button', { name: en.ui('start'), exact: true }).click();
  await page.evaluate(() => {
    const body = document.querySelector('#frame').contentDocument.body;
    body.append(document.querySelector('#tag'), document.querySelector('#div'));
  });
  const frame = page.frameLocator('#frame');
  for (const n of [0, 1]) {
    const host = frame.locator('back-spasm-check, [data-back-spasm-check]').nth(n);
    assert.equal(await heading(host), en.get('step.emergency_flags.title'), 'the screen is kept');
    await answerStep(host, en, 'emergency_flags');
    const next = host.getByRole('button', { name: en.ui('continue'), exact: true });
    const box = await next.boundingBox();
    assert.ok(box.height >= 44, `the widget's styles apply (a button ${box.height} px tall)`);
    await next.click();
    await host.locator('#bsc-heading').filter({ hasText: en.get('step.age.title') }).waitFor();
  }
  assert.equal((await counts(page)).mounted, 2);
  await page.evaluate(() => document.querySelector('#frame').remove());
  await page.waitForFunction(() => globalThis[Symbol.for('back-spasm-check')].widgets === 0);
  assert.deepEqual(await counts(page), { widgets: 0, mounted: 0, spare: 2 });
  assertClean(log);
  await context.close();
});
