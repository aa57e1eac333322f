// Core Web Vitals: the snippet `make dist` prints, pasted under an
// article's title (the widget in the first screen, no other CSS), moves
// nothing: no layout shift at all, at five screen widths in each language,
// with and without the demo page's strict CSP. The box is reserved before
// the first paint by embed.css (web/embed.css), and the widget's first
// screen fits in it, both as embed.js shows it and once the wasm took it
// over.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openPage, useHarness } from './lib/browser.mjs';
import { language } from './lib/content.mjs';
import { whenMounted, widget } from './lib/widget.mjs';
import { DIST } from './bench/sizes.mjs';

const WIDTHS = [320, 375, 390, 768, 1280];
const LANGS = ['en', 'es', 'de'];
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self'";

/** The snippet as a host pastes it, from this build's integrity.json. */
function snippet() {
  const hashes = JSON.parse(readFileSync(join(DIST, 'integrity.json'), 'utf8'));
  return (
    `<link rel="stylesheet" href="/back-spasm-check/embed.css" integrity="${hashes['embed.css']}" crossorigin="anonymous">\n` +
    `<script type="module" src="/back-spasm-check/embed.js" integrity="${hashes['embed.js']}" crossorigin="anonymous"></script>\n` +
    '<back-spasm-check></back-spasm-check>'
  );
}

const paragraph = '<p>Back pain is common. Most of the time it is not caused by anything serious, and it gets better on its own within a few weeks. Staying active helps, and so does heat.</p>';

/** An article with its own plain theme and the snippet right under the title. */
const article = (lang, csp) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${csp ? `<meta http-equiv="Content-Security-Policy" content="${CSP}">` : ''}
<title>What are back spasms?</title>
<link rel="stylesheet" href="/theme.css">
</head>
<body>
<main><article>
<h1>What are back spasms?</h1>
${snippet()}
${paragraph.repeat(12)}
</article></main>
</body>
</html>`;

const THEME = 'body{margin:0;font:18px/1.6 Georgia,serif;color:#222}main{max-width:720px;margin:0 auto;padding:0 16px}h1{font-size:2rem;line-height:1.2}';

const routes = { '/theme.css': { body: THEME, type: 'text/css; charset=utf-8' } };
for (const lang of LANGS) {
  routes[`/article-${lang}.html`] = { body: article(lang, false) };
  routes[`/article-${lang}-csp.html`] = { body: article(lang, true) };
}
const h = useHarness({ routes });

async function shifts(path, width) {
  const { page, context, log } = await openPage(h.browser, { viewport: { width, height: 800 } });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shifts.push({ value: e.value, input: e.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(h.server.url(path));
  const host = widget(page);
  const lang = path.match(/article-([a-z]+)/)[1];
  await host.getByRole('button', { name: language(lang).ui('start'), exact: true }).waitFor();
  // The first screen shows before the wasm: wait for the wasm's mount too
  // (which takes it over), then two frames, for any late shift to be reported.
  await whenMounted(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const found = await page.evaluate(() => window.__shifts);
  const box = await host.boundingBox();
  await context.close();
  return { found, box, log };
}

for (const csp of [false, true]) {
  test(`the pasted snippet moves nothing${csp ? ' under a strict CSP' : ''}: 5 widths x en, es, de`, async () => {
    for (const lang of LANGS) {
      for (const width of WIDTHS) {
        const { found, box, log } = await shifts(`/article-${lang}${csp ? '-csp' : ''}.html`, width);
        const where = `${lang} at ${width}px${csp ? ', strict CSP' : ''}`;
        assert.ok(box.y < 800, `the widget is in the first screen (${where}): top ${box.y}`);
        assert.deepEqual(found, [], `no layout shift (${where})`);
        assert.deepEqual(log.csp, [], `no CSP violation (${where})`);
        assert.deepEqual(log.errors, [], `no console error (${where})`);
      }
    }
  });
}
