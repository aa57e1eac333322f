// The first slice end to end: a host page embeds the built bundle with the
// one-line snippet; the intro appears inside an open shadow root with a
// Start button; nothing but the widget's own files is requested.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, useHarness } from './lib/browser.mjs';
import { assertClean, assertOnlyOwnRequests, widget } from './lib/widget.mjs';

const h = useHarness();

test('the snippet mounts the intro inside a shadow root', async () => {
  const { page, context, log } = await openPage(h.browser);
  const url = h.server.url('/basic.html');
  await page.goto(url);
  const host = widget(page);
  const start = host.getByRole('button', { name: 'Start the check' });
  await start.waitFor();
  const inShadow = await host.evaluate(
    (el) => el.shadowRoot?.mode === 'open' && el.shadowRoot.querySelector('button') !== null,
  );
  assert.ok(inShadow, 'the Start button lives in an open shadow root');
  const inLightDom = await page.evaluate(() => document.querySelectorAll('button').length);
  assert.equal(inLightDom, 0, 'no widget markup leaks into the host document');
  assertClean(log);
  assertOnlyOwnRequests(log, h.server, url);
  await context.close();
});
