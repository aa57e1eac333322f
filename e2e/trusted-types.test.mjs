// Trusted Types (issue 21): on a page that enforces them
// (`require-trusted-types-for 'script'`) and allows a policy named
// `back-spasm-check`, the whole check works, its tips, country list and
// printed answers made through that policy, with no violation; on one that
// enforces them without allowing the policy, the widget shows its fallback
// message cleanly with one warning saying why.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, useHarness } from './lib/browser.mjs';
import { language, regionNumber } from './lib/content.mjs';
import { BUNDLE_PREFIX } from './lib/server.mjs';
import { assertOnlyOwnRequests, walk, widget } from './lib/widget.mjs';

const en = language('en');
const STRICT = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'";
const page = (trusted) => ({
  body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>trusted types</title>
<meta http-equiv="Content-Security-Policy" content="${STRICT}; require-trusted-types-for 'script'; trusted-types ${trusted}">
<script type="module" src="${BUNDLE_PREFIX}embed.js"></script></head>
<body><back-spasm-check></back-spasm-check></body></html>`,
});
const h = useHarness({ routes: { '/allowed.html': page('back-spasm-check'), '/refused.html': page('some-other-policy') } });
const mine = (log) => log.warnings.filter((w) => w.startsWith('back-spasm-check:'));

test("Trusted Types enforced, the widget's policy allowed: a whole check, tips, countries and printed answers, no violation", async () => {
  const { page: p, context, log } = await openPage(h.browser);
  const url = h.server.url('/allowed.html');
  await p.goto(url);
  const host = widget(p);
  assert.equal(await walk(host, en, { severity: 9 }), 'soon');
  assert.ok((await host.locator('ul.tips li').count()) > 2, 'the tips are drawn');
  assert.ok((await host.locator('select option').count()) > 10, 'the country list is drawn');
  await p.evaluate(() => {
    window.print = () => {};
    dispatchEvent(new Event('beforeprint'));
  });
  await host.locator('.answers dd').first().waitFor({ state: 'attached' });
  assert.ok((await host.locator('.answers dd').count()) > 5, 'the answers are drawn for printing');
  assert.deepEqual(log.csp, [], 'no Trusted Types (or other CSP) violation');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(mine(log), []);
  assertOnlyOwnRequests(log, h.server, url);
  await context.close();
});

test('Trusted Types enforced without the widget\'s policy: the fallback message and one warning that says why', async () => {
  const { page: p, context, log } = await openPage(h.browser);
  await p.goto(h.server.url('/refused.html'));
  const message = widget(p).getByRole('status');
  await message.waitFor();
  assert.equal(await message.textContent(), en.fallback(regionNumber('GB')));
  assert.equal(await widget(p).locator('.bsc').count(), 0, 'no half-drawn widget');
  assert.deepEqual(mine(log), [
    'back-spasm-check: could not start: this page enforces Trusted Types and does not allow the policy "back-spasm-check" (add it to the trusted-types directive)',
  ]);
  assert.deepEqual(log.errors.filter((e) => !/Trusted Type|trusted-types|TrustedHTML/i.test(e)), []);
  await context.close();
});
