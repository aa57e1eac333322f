// Private from session replay (issue 21): a host page that records itself
// with rrweb (the library behind many replay products), as a replay
// product would, while a reader does a whole check. The recording holds
// the article but none of the reader's answers and not their result: the
// host carries the masking hints replay tools honour, and the answers are
// in the DOM only while the reader prints.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { openPage, useHarness } from './lib/browser.mjs';
import { language } from './lib/content.mjs';
import { BUNDLE_PREFIX } from './lib/server.mjs';
import { assertClean, walk, widget } from './lib/widget.mjs';

const en = language('en');
const RRWEB = readFileSync(join(resolve(import.meta.dirname, '..'), 'node_modules', '@rrweb', 'record', 'dist', 'record.umd.min.cjs'));
const RECORDER = `window.__events = [];
rrwebRecord.record({ emit: (event) => window.__events.push(event) });`;
const routes = {
  '/rrweb-record.js': { body: RRWEB, type: 'text/javascript' },
  '/recorder.js': { body: RECORDER, type: 'text/javascript' },
  '/recorded.html': {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>recorded</title>
<script src="/rrweb-record.js"></script><script src="/recorder.js"></script>
<script type="module" src="${BUNDLE_PREFIX}embed.js"></script></head>
<body><h1>An article about back pain</h1><back-spasm-check></back-spasm-check><div data-back-spasm-check></div></body></html>`,
  },
};
const h = useHarness({ routes });

// Answers a reader gives (woke up with it, low in the back, a pain of 8,
// for 1 to 3 weeks, after lifting) and the result they get.
const PLAN = { severity: 8, onset: ['woke'], area: ['lower'], duration: ['weeks_1_3'], triggers: ['lifting'] };

test('rrweb on the host page records the article, not the reader’s answers or result', async () => {
  const { page, context, log } = await openPage(h.browser);
  await page.goto(h.server.url('/recorded.html'));
  const host = widget(page, 0);
  const chosen = [];
  const level = await walk(host, en, PLAN, async (screen) => {
    if (screen === 'result') chosen.push((await host.locator('#bsc-heading').textContent()).trim(), (await host.locator('.action').textContent()).trim());
  });
  assert.equal(level, 'soon');
  for (const [step, ids] of Object.entries(PLAN)) {
    if (Array.isArray(ids)) chosen.push(en.get(`step.${step}.option.${ids[0]}`));
  }
  chosen.push(en.format(en.ui('scale_selected'), { n: 8 }), en.ui('start'));
  // The other widget too, so that both forms are seen.
  await widget(page, 1).getByRole('button', { name: en.ui('start'), exact: true }).click();
  await page.waitForTimeout(500);
  // The documented hints, on the element and on the widget's root inside.
  const hints = (el) => ({
    classes: ['rr-block', 'ph-no-capture', 'sentry-block', 'fs-exclude'].filter((c) => el.classList.contains(c)),
    private: el.getAttribute('data-private'),
    clarity: el.getAttribute('data-clarity-mask'),
  });
  const want = { classes: ['rr-block', 'ph-no-capture', 'sentry-block', 'fs-exclude'], private: '', clarity: 'true' };
  for (const n of [0, 1]) {
    assert.deepEqual(await widget(page, n).evaluate(hints), want, `the hints on widget ${n}`);
    assert.deepEqual(await widget(page, n).locator('.bsc').evaluate(hints), want, `the hints on widget ${n}'s root`);
  }
  const recording = await page.evaluate(() => JSON.stringify(window.__events));
  assert.ok(recording.includes('An article about back pain'), 'the recorder works (the article is in it)');
  for (const text of chosen) assert.ok(!recording.includes(text), `the recording holds ${JSON.stringify(text)}`);
  // Not in the DOM either, for a recorder that ignores the hints.
  assert.equal(await host.locator('.answers dl').evaluate((dl) => dl.childElementCount), 0, 'the answers are not in the DOM');
  const shadowText = await host.evaluate((el) => el.shadowRoot.textContent);
  for (const [step, ids] of Object.entries(PLAN)) {
    if (Array.isArray(ids)) assert.ok(!shadowText.includes(en.get(`step.${step}.option.${ids[0]}`)), `${step}'s answer is in the DOM`);
  }
  assertClean(log);
  await context.close();
});
