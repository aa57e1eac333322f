// The loader's second round of faults (issue 21): a CDN that stalls in the
// middle of a file, a page whose fetch wrapper drops `integrity` and a
// forged pack whose own header was recomputed, a missing pack (one
// warning, no SRI error), and the could-not-load message naming the
// host's emergency number. Until a widget mounts or shows its message,
// whatever the host put inside the element stays on show.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { servedName } from './lib/files.mjs';
import { openPage, useHarness } from './lib/browser.mjs';
import { language } from './lib/content.mjs';
import { BUNDLE_PREFIX } from './lib/server.mjs';
import { walk, widget } from './lib/widget.mjs';

const DIST = resolve(process.env.BSC_DIST ?? join(import.meta.dirname, '..', 'dist'));
const en = language('en');
const es = language('es');
const file = (name) => readFileSync(join(DIST, servedName(name)));
const WASM = `${BUNDLE_PREFIX}${servedName('back-spasm-check_bg.wasm')}`;
const PACK = (code) => `${BUNDLE_PREFIX}${servedName(`locale-${code}.txt`)}`;

const page = (body, lang = 'en') => ({
  body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>stalls</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'">
<script type="module" src="${BUNDLE_PREFIX}embed.js"></script></head><body>${body}</body></html>`,
});
const HOST_CONTENT = '<p id="host-content">Loading the back pain check.</p>';
const routes = {
  '/one.html': page(`<back-spasm-check>${HOST_CONTENT}</back-spasm-check>`),
  '/spanish.html': page(`<back-spasm-check lang="es">${HOST_CONTENT}</back-spasm-check>`),
  '/number.html': page(`<back-spasm-check emergency-number=" 000 ">${HOST_CONTENT}</back-spasm-check>
<div data-back-spasm-check lang="en-AU"></div><div data-back-spasm-check region="ZZ"></div>`),
};
const h = useHarness({ routes });

async function open(path, before) {
  const opened = await openPage(h.browser);
  if (before) await before(opened.page);
  await opened.page.goto(h.server.url(path));
  return opened;
}
const ready = (host, l = en) => host.getByRole('button', { name: l.ui('start'), exact: true }).waitFor();
const heading = async (host) => (await host.locator('#bsc-heading').textContent()).trim();
const mine = (log) => log.warnings.filter((w) => w.startsWith('back-spasm-check:'));
const sriErrors = (log) => log.errors.filter((e) => /integrity|digest/i.test(e));

/** The page's fetch made to drop `integrity`, as many monitoring scripts' wrappers do. */
const dropIntegrity = (p) =>
  p.addInitScript(() => {
    const original = window.fetch;
    window.fetch = (input, init = {}) => original(input, { ...init, integrity: '' });
  });

/** The 64-bit FNV-1a of `bytes`, as 16 hex digits (crates/core/src/pack.rs). */
function fnv1a(bytes) {
  let hash = 0xcbf29ce484222325n;
  for (const b of bytes) hash = ((hash ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, '0');
}

/** The Spanish pack with its start button renamed and its header recomputed: a forger's pack. */
function forged() {
  const text = file('locale-es.txt').toString('utf8');
  const cut = text.indexOf('\n');
  const body = Buffer.from(text.slice(cut + 1).replace(es.ui('start'), 'Empezar (falso)'), 'utf8');
  const fields = text.slice(0, cut).split(' ');
  fields[5] = String(body.length);
  fields[6] = fnv1a(body);
  return Buffer.concat([Buffer.from(`${fields.join(' ')}\n`), body]);
}

/** Makes the page's clock jump past the loader's 20 s deadline. */
async function pastDeadline(p) {
  await p.waitForTimeout(500);
  await p.clock.fastForward(21000);
}

test('a wasm that stalls mid-download: the host content shows meanwhile, then the message and one warning', async () => {
  h.server.fault(WASM, (body) => ({ body, stall: 30000 }));
  try {
    const { page: p, context, log } = await open('/one.html', (p) => p.clock.install());
    await p.waitForTimeout(1000);
    assert.equal(await p.locator('#host-content').isVisible(), true, "the host's own content shows while the widget loads");
    await pastDeadline(p);
    const message = widget(p).getByRole('status');
    await message.waitFor();
    assert.match(await message.textContent(), /could not load/);
    assert.equal(await p.locator('#host-content').isVisible(), false, 'the message replaces it');
    assert.deepEqual(mine(log), ['back-spasm-check: could not start: back-spasm-check_bg.wasm: no answer within 20 s']);
    await context.close();
  } finally {
    h.server.fault();
  }
});

test('a language file that stalls: English and one warning', async () => {
  h.server.fault(PACK('es'), (body) => ({ body, stall: 500 }));
  try {
    const { page: p, context, log } = await open('/spanish.html', (p) => p.clock.install());
    await p.waitForTimeout(1000);
    assert.equal(await p.locator('#host-content').isVisible(), true, "the host's own content shows while the widget loads");
    await pastDeadline(p);
    const host = widget(p);
    await ready(host);
    assert.equal(await heading(host), en.ui('intro_heading'));
    assert.deepEqual(mine(log), [
      'back-spasm-check: could not load the "es" texts (locale-es.txt: no answer within 20 s); showing English',
    ]);
    await context.close();
  } finally {
    h.server.fault();
  }
});

test('a forged Spanish pack behind a fetch wrapper that drops integrity: English and one warning', async () => {
  h.server.fault(PACK('es'), () => ({ body: forged() }));
  try {
    const { page: p, context, log } = await open('/spanish.html', dropIntegrity);
    const host = widget(p);
    await ready(host);
    assert.equal(await heading(host), en.ui('intro_heading'), 'English, not the forged Spanish');
    assert.equal(await host.getByText('Empezar (falso)').count(), 0);
    assert.deepEqual(mine(log), [
      'back-spasm-check: could not load the "es" texts (locale-es.txt: not the file this embed.js was built for (its SHA-384 differs)); showing English',
    ]);
    assert.equal(await walk(host, en, { severity: 9 }), 'soon', 'it works all the way');
    await context.close();
  } finally {
    h.server.fault();
  }
});

test('a missing language file: one warning, no SRI error in the console', async () => {
  h.server.fault(PACK('es'), () => ({ status: 404, body: Buffer.from('not found') }));
  try {
    const { page: p, context, log } = await open('/spanish.html');
    await ready(widget(p));
    assert.deepEqual(mine(log), ['back-spasm-check: could not load the "es" texts (locale-es.txt: HTTP 404); showing English']);
    assert.deepEqual(sriErrors(log), []);
    await context.close();
  } finally {
    h.server.fault();
  }
});

test("the could-not-load message names the host's emergency number, else the country's", async () => {
  h.server.fault(WASM, () => ({ status: 404, body: Buffer.from('gone') }));
  try {
    const { page: p, context } = await open('/number.html');
    const messages = [0, 1, 2].map((n) => widget(p, n).getByRole('status'));
    for (const m of messages) await m.waitFor();
    const [given, australian, unknown] = await Promise.all(messages.map((m) => m.textContent()));
    assert.ok(given.includes('000'), `the host's number: ${given}`);
    assert.ok(!given.includes('{number}'));
    assert.ok(australian.includes('000'), `Australia's number: ${australian}`);
    assert.ok(!unknown.includes('{number}') && unknown !== australian, `the neutral wording: ${unknown}`);
    await context.close();
  } finally {
    h.server.fault();
  }
});
