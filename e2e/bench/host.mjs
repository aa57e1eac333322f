// Host-page impact and the cost of many widgets, for `make bench`.
//
// 1. An article page (long text, the widget mid-article, below the fold),
//    loaded without any widget, with an empty module script in the place of
//    ours (what any script tag costs), with ours (the snippet: embed.css
//    and embed.js in the head), and
//    with SurveyJS loaded the way its docs show (scripts and stylesheet in
//    the head, rendered at load). For each load: the host's Largest Contentful
//    Paint, its Total Blocking Time (the part over 50 ms of every long task
//    after the first contentful paint, until the page is quiet), and what was
//    fetched before the reader scrolls. Then a reader scrolls at a brisk
//    2,000 px/s; "wait on arrival" is how long after the widget's box enters
//    the viewport its Start button still took (0 when it was ready).
//    The same article with the widget right under its title (in the first
//    screen, so it starts at once) is there for the Lighthouse runs
//    (lighthouse.mjs), which compare it with the below-the-fold and
//    no-widget variants.
// 2. A page with N eager widgets (N = 1, 5, 20): requests, time from
//    navigation to every widget's Start button, and wasm linear memory.
import { openPage } from '../lib/browser.mjs';
import { BUNDLE_PREFIX } from '../lib/server.mjs';
import { measure } from './sizes.mjs';

const QUIET_MS = 1500;
const SCROLL_STEP = 100; // px per wheel event
const SCROLL_EVERY = 50; // ms between events: 2,000 px/s

const para = (i) =>
  `<p>Paragraph ${i + 1} of the article. Back pain is common and most of it gets better within a few weeks. ` +
  'Keeping active, gentle movement and simple pain relief help most people. This text is here so that the ' +
  'check sits well below the first screen, as it would in a real article that a reader scrolls through.</p>';
// `top`: the slot right under the title (in the first screen) instead of
// after 14 paragraphs (below the fold).
const article = (title, head, slot, { top = false } = {}) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>bench article: ${title}</title>
    <style>
      body { font: 18px/1.6 Georgia, serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
      h1 { font-size: 2.4rem; line-height: 1.2; }
    </style>
    ${head}
  </head>
  <body>
    <h1>What are back spasms, and what helps?</h1>${top ? `\n    ${slot}` : ''}
    <p class="lede">A back spasm is a sudden tightening of the muscles in your back. It can hurt a lot, but it is
    rarely serious. Here is what helps, and when to get checked.</p>
    ${Array.from({ length: 14 }, (_, i) => para(i)).join('\n    ')}
    ${top ? '' : slot}
    ${Array.from({ length: 8 }, (_, i) => para(i + 14)).join('\n    ')}
  </body>
</html>
`;

const OURS_TAG = `<script type="module" src="${BUNDLE_PREFIX}embed.js"></script>`;
/** The README's snippet: the reserved box's stylesheet and the script. */
const OURS_SNIPPET = `<link rel="stylesheet" href="${BUNDLE_PREFIX}embed.css" />\n    ${OURS_TAG}`;

/**
 * Routes for the article variants and the many-widgets pages. Without
 * `survey` (its three files' routes), the SurveyJS article is left out.
 */
export function hostRoutes({ survey } = {}) {
  const routes = {
    '/bench/article-none.html': { body: article('no widget', '', '') },
    // The same tag as ours with a module that does nothing: what any
    // embed script costs the host, to tell that apart from our own start.
    '/bench/article-script.html': {
      body: article('an empty module', '<script type="module" src="/bench/empty.js"></script>', '<back-spasm-check></back-spasm-check>'),
    },
    '/bench/empty.js': { body: '// An empty module.\n', type: 'text/javascript; charset=utf-8' },
    '/bench/article-ours.html': {
      body: article('back-spasm-check', OURS_SNIPPET, '<back-spasm-check></back-spasm-check>'),
    },
    // The README's snippet (the two tags and the element) pasted right
    // under the title, with no CSS of the host's.
    '/bench/article-ours-top.html': {
      body: article('back-spasm-check in view', '', `${OURS_SNIPPET}\n    <back-spasm-check></back-spasm-check>`, { top: true }),
    },
  };
  if (survey) {
    routes['/bench/article-peer.html'] = {
      body: article(
        'SurveyJS',
        [
          `<link rel="stylesheet" href="${survey[0].path}" />`,
          `<script src="${survey[1].path}"></script>`,
          `<script src="${survey[2].path}"></script>`,
          '<script defer src="/bench/peer.js"></script>',
        ].join('\n    '),
        '<div id="peer" class="slot"></div>',
      ),
    };
  }
  for (const n of MANY) {
    routes[`/bench/many-${n}.html`] = {
      body: article(
        `${n} widgets`,
        OURS_TAG,
        Array.from({ length: n }, () => '<back-spasm-check loading="eager"></back-spasm-check>').join('\n    '),
      ),
    };
  }
  return routes;
}

export const MANY = [1, 5, 20];

/** In-page half: LCP, FCP and long tasks, from before any page script. */
function hostProbe() {
  const H = { lcp: 0, fcp: null, longtasks: [], entered: null };
  Object.defineProperty(window, '__host', { value: H });
  const watch = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {}
  };
  watch('largest-contentful-paint', (e) => (H.lcp = e.startTime));
  watch('paint', (e) => e.name === 'first-contentful-paint' && (H.fcp = e.startTime));
  watch('longtask', (e) => H.longtasks.push({ start: e.startTime, duration: e.duration }));
  H.watchEntry = (selector) => {
    const el = document.querySelector(selector);
    new IntersectionObserver((entries) => {
      if (H.entered === null && entries.some((e) => e.isIntersecting)) H.entered = performance.now();
    }).observe(el);
  };
}

/** One load of an article variant. `served(path)` gives a body's bytes. */
export async function articleLoad(browser, server, { key, page: path, selector, startText, probe, served }) {
  const { page, context, log } = await openPage(browser);
  try {
    await page.addInitScript(hostProbe);
    // The bench probe on every variant, the page without a widget too, so
    // that its own cost (observers, wrapped functions) is in every figure.
    await page.addInitScript(probe, { startText, widgetSelector: selector ?? 'back-spasm-check', headingSelector: 'h1, h2, h3' });
    const first = server.requests.length;
    await page.goto(server.url(path), { waitUntil: 'load' });
    await quiet(server);
    const before = server.requests.slice(first).filter((p) => p !== path && p !== '/favicon.ico');
    const host = await page.evaluate(() => {
      const H = window.__host;
      const after = H.fcp ?? 0;
      const tbt = H.longtasks.filter((t) => t.start >= after).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
      return { lcp: H.lcp, tbt };
    });
    const bytes = before.reduce((sum, p) => sum + measure(served(p)).brotli, 0);
    const result = { key, lcp: host.lcp, tbt: host.tbt, requestsBefore: before.length, bytesBefore: bytes, wait: null };
    if (selector) {
      await page.evaluate((s) => window.__host.watchEntry(s), selector);
      const box = () => page.evaluate((s) => document.querySelector(s).getBoundingClientRect().top, selector);
      await page.mouse.move(400, 400);
      while ((await box()) > 0) {
        await page.mouse.wheel(0, SCROLL_STEP);
        await page.waitForTimeout(SCROLL_EVERY);
      }
      await page.evaluate(() => window.__bench.whenReady());
      result.wait = await page.evaluate(() => Math.max(0, window.__bench.ready.seen - window.__host.entered));
    }
    if (log.errors.length) throw new Error(`bench: ${key} logged errors: ${log.errors.join(' | ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/** Waits until the server has answered nothing new for QUIET_MS. */
async function quiet(server) {
  let seen = -1;
  while (seen !== server.requests.length) {
    seen = server.requests.length;
    await new Promise((ok) => setTimeout(ok, QUIET_MS));
  }
}

/** One load of the page with `n` eager widgets. */
export async function manyLoad(browser, server, { n, startText, probe }) {
  const { page, context, log } = await openPage(browser);
  try {
    await page.addInitScript(probe, { startText, widgetSelector: 'back-spasm-check', headingSelector: 'h2' });
    const first = server.requests.length;
    const path = `/bench/many-${n}.html`;
    await page.goto(server.url(path));
    const ms = await page.evaluate(
      ({ n, startText }) =>
        new Promise((done) => {
          const count = () =>
            [...document.querySelectorAll('back-spasm-check')].filter((h) =>
              [...(h.shadowRoot?.querySelectorAll('button') ?? [])].some((b) => b.textContent.trim() === startText),
            ).length;
          // Every widget working: its Start button there and the wasm
          // mounted (the loader shows each first screen before the wasm).
          const working = () => count() >= n && globalThis[Symbol.for('back-spasm-check')]?.mounted >= n;
          const tick = () => (working() ? done(performance.now()) : requestAnimationFrame(tick));
          tick();
        }),
      { n, startText },
    );
    const report = await page.evaluate(() => window.__bench.report('embed.js'));
    const requests = server.requests.slice(first).filter((p) => p.startsWith(BUNDLE_PREFIX)).length;
    if (log.errors.length) throw new Error(`bench: ${n} widgets logged errors: ${log.errors.join(' | ')}`);
    return { n, ms, requests, wasm: report.wasmBytes };
  } finally {
    await context.close();
  }
}
