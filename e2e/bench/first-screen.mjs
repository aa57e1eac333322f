// `node e2e/bench/first-screen.mjs`: the heights of the widget's first
// screen (the intro) in each language, for the reserved box in
// web/embed.css. It mounts the built widget (dist/) in a column of each
// width from 240 to 820px and prints, for each band of screen widths, the
// tallest first screen in it, with the column 48px narrower than the
// screen (520px wide on screens from 600px). Run it after changing the
// intro's texts or the widget's CSS, and copy the figures into
// web/embed.css; e2e/layout-shift.test.mjs checks them.
import { launch, openPage } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';

const LANGS = ['en', 'es', 'de'];
/** Bands: the narrowest screen width of each, and the column width there. */
const BANDS = [[0, 272], [360, 312], [390, 342], [480, 432], [600, 520]];

const page = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/back-spasm-check/embed.js"></script></head>
<body style="margin:0"><div id="column"><back-spasm-check loading="eager" style="--bsc-min-height:0px"></back-spasm-check></div></body></html>`;

const routes = Object.fromEntries(LANGS.map((l) => [`/${l}.html`, { body: page(l) }]));
const server = await startServer({ routes });
const browser = await launch();
const heights = {};
try {
  for (const lang of LANGS) {
    const { page: p, context } = await openPage(browser);
    await p.goto(server.url(`/${lang}.html`));
    await p.waitForFunction(() => document.querySelector('back-spasm-check').shadowRoot?.querySelector('.intro button'), null, { timeout: 20_000 });
    heights[lang] = await p.evaluate((widths) => {
      const column = document.getElementById('column');
      const host = document.querySelector('back-spasm-check');
      return widths.map((w) => {
        column.style.width = `${w}px`;
        return Math.ceil(host.getBoundingClientRect().height);
      });
    }, BANDS.map(([, column]) => column));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('| screens from | column | en | es | de (and any other language) |');
console.log('|---:|---:|---:|---:|---:|');
BANDS.forEach(([from, column], i) => console.log(`| ${from}px | ${column}px | ${LANGS.map((l) => heights[l][i]).join(' | ')} |`));
