// The first slice end to end: a host page embeds the built bundle with the
// one-line snippet; the intro appears inside an open shadow root with a
// Start button; nothing but the widget's own files is requested.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { assertClean, assertOnlyOwnRequests, widget } from './lib/widget.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the snippet mounts the intro inside a shadow root', async () => {
  const { page, context, log } = await openPage(browser);
  const url = server.url('/basic.html');
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
  assertOnlyOwnRequests(log, server, url);
  await context.close();
});
