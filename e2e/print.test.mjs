// Printing one widget (issue 21): two widgets at their results on an
// article; Print in the second prints that widget alone, from the top of
// the first page, whether the browser's print() blocks until the page is
// printed or returns at once (beforeprint/afterprint come later). Checked
// with the print stylesheet as Chromium applies it and with Chromium's
// print-to-PDF.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, useHarness } from './lib/browser.mjs';
import { language } from './lib/content.mjs';
import { BUNDLE_PREFIX } from './lib/server.mjs';
import { assertClean, walk, widget } from './lib/widget.mjs';

const en = language('en');
const PARAGRAPHS = '<p>Back pain is common and usually gets better on its own within a few weeks.</p>'.repeat(30);
const routes = {
  '/two.html': {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>two widgets</title>
<script type="module" src="${BUNDLE_PREFIX}embed.js"></script></head>
<body><main style="position:relative;padding:40px"><h1>An article</h1>${PARAGRAPHS}
<back-spasm-check id="first" loading="eager"></back-spasm-check>${PARAGRAPHS}
<section><div data-back-spasm-check id="second" loading="eager"></div></section>${PARAGRAPHS}</main></body></html>`,
  },
};
const h = useHarness({ routes });

/** What the print stylesheet shows, read while the page is printing. */
const snapshot = () => {
  const shown = (el) => el.checkVisibility({ visibilityProperty: true });
  const second = document.querySelector('#second');
  return {
    article: shown(document.querySelector('h1')) || shown(document.querySelector('p')),
    first: shown(document.querySelector('#first')),
    second: shown(second),
    top: Math.round(second.getBoundingClientRect().top + scrollY),
    answers: second.shadowRoot.querySelectorAll('.answers dd').length,
  };
};

const pages = (pdf) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g).length;

async function atResults(options) {
  const opened = await openPage(h.browser, options);
  await opened.page.goto(h.server.url('/two.html'));
  for (const n of [0, 1]) assert.equal(await walk(widget(opened.page, n), en, { severity: 9 }), 'soon');
  return opened;
}

test('print() that blocks: only the second widget prints, at the top, with its answers; no mark is left after', async () => {
  const { page, context, log } = await atResults();
  await page.evaluate((take) => {
    const snap = new Function(`return (${take})()`);
    // A browser whose print() runs the whole print before it returns.
    window.print = () => {
      dispatchEvent(new Event('beforeprint'));
      window.__printed = snap();
      dispatchEvent(new Event('afterprint'));
    };
  }, snapshot.toString());
  // The page as printed; the button is clicked as a script would (print
  // media hides it).
  await page.emulateMedia({ media: 'print' });
  await widget(page, 1).getByRole('button', { name: en.ui('print'), exact: true, includeHidden: true }).dispatchEvent('click');
  await page.waitForFunction(() => window.__printed);
  const printed = await page.evaluate(() => window.__printed);
  assert.deepEqual({ ...printed, answers: printed.answers > 5 }, { article: false, first: false, second: true, top: printed.top, answers: true });
  assert.ok(printed.top < 20, `the widget starts ${printed.top} px from the top of the page`);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('[data-bsc-printing],[data-bsc-print-path]').count(), 0, 'no mark is left');
  await page.waitForFunction(() => document.querySelector('#second').shadowRoot.querySelectorAll('.answers dd').length === 0);
  assertClean(log);
  await context.close();
});

test("print() that returns at once: Chromium's print-to-PDF prints the second widget alone", async () => {
  const { page, context, log } = await atResults();
  const whole = pages(await page.pdf({ format: 'A4' }));
  await page.evaluate(() => {
    window.__calls = 0;
    window.print = () => (window.__calls += 1);
  });
  await widget(page, 1).getByRole('button', { name: en.ui('print'), exact: true }).click();
  await page.waitForFunction(() => window.__calls === 1);
  // Still marked for printing when the print comes after print() returned.
  assert.equal(await page.locator('#second[data-bsc-printing]').count(), 1);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(snapshot);
  assert.deepEqual({ ...printed, answers: printed.answers > 5 }, { article: false, first: false, second: true, top: printed.top, answers: true });
  assert.ok(printed.top < 20, `the widget starts ${printed.top} px from the top of the page`);
  const alone = pages(await page.pdf({ format: 'A4' }));
  assert.ok(alone < whole, `one widget prints on ${alone} pages, the whole page on ${whole}`);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('[data-bsc-printing],[data-bsc-print-path]').count(), 0, 'no mark is left');
  assertClean(log);
  await context.close();
});
