// `make bench`: size and speed of the widget next to a peer (SurveyJS) and
// the floor (a hand-written vanilla-JS page), all measured in this one run,
// printed as one markdown table.
//
// Everything is served by e2e/lib/server.mjs on 127.0.0.1: the widget from
// dist/ as a CDN would, the bench host pages and scripts from memory
// (`routes`), SurveyJS from node_modules. Chromium is Debian's, launched by
// e2e/lib/browser.mjs with its flags. Each page load gets a fresh browser
// context (empty cache); the three pages take turns, so drift on the machine
// hits them alike. All timings are taken inside the page (see probe.mjs).
//
// Environment: BENCH_RUNS (default 20) loads per page, BENCH_WARMUP
// (default 1) unmeasured loads per page first, BENCH_HOST_RUNS (default 20)
// loads per article variant, BENCH_MANY_RUNS (default 5) loads per widget
// count, BENCH_DIST another build of the bundle than dist/ and BENCH_ONLY a
// subset of ours,peer,floor, without the host tables and Lighthouse (both to
// compare build variants). BENCH_LIGHTHOUSE=0 leaves out the Lighthouse table
// (lighthouse.mjs, run last in a Chromium of its own; about 2 minutes on a
// 2-core machine), BENCH_LIGHTHOUSE_RUNS (default 3) sets its runs per
// variant and preset; `node e2e/bench/lighthouse.mjs` runs it alone.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openPage } from '../lib/browser.mjs';
import { language } from '../lib/content.mjs';
import { BUNDLE_PREFIX, startServer } from '../lib/server.mjs';
import { answerStep, widget } from '../lib/widget.mjs';
import { MANY, articleLoad, hostRoutes, manyLoad } from './host.mjs';
import { table } from './markdown.mjs';
import { probe } from './probe.mjs';
import { RESAMPLES, difference, interval, max, median, p95, ratio as ratioOf } from './stats.mjs';
import { plainName } from '../lib/files.mjs';
import { DIST, ROOT, WIDGET_FILES, measure } from './sizes.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
/** Loads per variant of the article page, and per widget count. */
const HOST_RUNS = Number(process.env.BENCH_HOST_RUNS ?? 20);
const MANY_RUNS = Number(process.env.BENCH_MANY_RUNS ?? 5);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1);
const STEP_TIMEOUT = 15_000;
const WIDGET_SELECTOR = 'back-spasm-check, [data-back-spasm-check], .slot';

const modules = join(ROOT, 'node_modules');
const pkgVersion = (name) => JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;
const l = language('en');

// ------------------------------------------------------------- content ---

/** Step ids in flow order, from content/flow.toml, without the steps shown
 * only on some answers (`show_if`): the plain walk below never meets them. */
const FLOW = readFileSync(join(ROOT, 'content', 'flow.toml'), 'utf8')
  .split(/^\[\[/m)
  .filter((block) => block.startsWith('step]]') && !/^show_if\s*=/m.test(block))
  .map((block) => block.match(/^id\s*=\s*"([^"]+)"/m)[1]);
/** The first screens every contender renders (the issue's list). */
const SHARED_STEPS = ['emergency_flags', 'urgent_flags', 'onset', 'severity'];

function stepTexts(id) {
  const options = Object.entries(l.t)
    .filter(([k]) => k.startsWith(`step.${id}.option.`))
    .map(([k, v]) => [k.slice(`step.${id}.option.`.length), v]);
  const kind = `step.${id}.low` in l.t ? 'scale' : ['emergency_flags', 'urgent_flags'].includes(id) ? 'multi' : 'single';
  const s = { id, n: FLOW.indexOf(id) + 1, kind, title: l.get(`step.${id}.title`), help: l.t[`step.${id}.help`] };
  if (kind === 'scale') Object.assign(s, { min: 0, max: 10, low: l.get(`step.${id}.low`), high: l.get(`step.${id}.high`) });
  else Object.assign(s, { options, none: options.some(([o]) => o === 'none') ? 'none' : undefined });
  return s;
}
const UI_KEYS = ['title', 'intro_heading', 'intro_body', 'privacy', 'not_diagnosis', 'start', 'continue', 'back', 'restart', 'step_of', 'choose_one', 'choose_any', 'choose_scale', 'scale_selected'];
const TEXTS = {
  ui: Object.fromEntries(UI_KEYS.map((k) => [k, l.ui(k)])),
  total: FLOW.length,
  steps: SHARED_STEPS.map(stepTexts),
};

// --------------------------------------------------------------- pages ---

// The same article for every contender; it reserves no space itself (a host
// pastes only the snippet: ours is the README's, with embed.css), so each
// contender's own layout shift shows.
const hostPage = (title, head, slot) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>bench: ${title}</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
    </style>
    ${head}
  </head>
  <body>
    <h1>A host article</h1>
    <p>Some text before the widget. A reader scrolls an article about back pain and reaches the check.</p>
    ${slot}
    <p>Some text after the widget. If anything above it changes height, this paragraph moves.</p>
    <p>More text after the widget.</p>
  </body>
</html>
`;

const withTexts = (file) =>
  readFileSync(join(import.meta.dirname, 'pages', file), 'utf8').replace('const T = __TEXTS__;', () => `const T = ${JSON.stringify(TEXTS)};`);
const vendor = (pkg, file) => ({
  path: `/vendor/${pkg}/${file}`,
  body: readFileSync(join(modules, pkg, file)),
});
const SURVEY = [
  vendor('survey-core', 'survey-core.fontless.min.css'),
  vendor('survey-core', 'survey.core.min.js'),
  vendor('survey-js-ui', 'survey-js-ui.min.js'),
];
const TYPES = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' };
const routes = {
  '/bench/ours.html': {
    body: hostPage(
      'back-spasm-check',
      `<link rel="stylesheet" href="${BUNDLE_PREFIX}embed.css">\n    <script type="module" src="${BUNDLE_PREFIX}embed.js"></script>`,
      '<back-spasm-check></back-spasm-check>',
    ),
  },
  '/bench/peer.html': {
    body: hostPage(
      'SurveyJS',
      [
        `<link rel="stylesheet" href="${SURVEY[0].path}" />`,
        `<script defer src="${SURVEY[1].path}"></script>`,
        `<script defer src="${SURVEY[2].path}"></script>`,
        '<script defer src="/bench/peer.js"></script>',
      ].join('\n    '),
      '<div id="peer" class="slot"></div>',
    ),
  },
  '/bench/floor.html': {
    body: hostPage('floor', '<script type="module" src="/bench/floor.js"></script>', '<div id="floor" class="slot"></div>'),
  },
  '/bench/peer.js': { body: withTexts('peer.js'), type: TYPES.js },
  '/bench/floor.js': { body: withTexts('floor.js'), type: TYPES.js },
};
for (const f of SURVEY) routes[f.path] = { body: f.body, type: TYPES[f.path.split('.').pop()] };
Object.assign(routes, hostRoutes({ survey: SURVEY }));

/** The body the server sends for `path` (dist/ or a route). */
function served(path) {
  if (routes[path]) return Buffer.from(routes[path].body);
  if (path.startsWith(BUNDLE_PREFIX)) return readFileSync(join(DIST, path.slice(BUNDLE_PREFIX.length)));
  throw new Error(`bench: no body known for ${path}`);
}

// ---------------------------------------------------------- contenders ---

const byText = async (page, text) => page.getByText(text, { exact: true }).first().click();
/** Answers a shared step on the peer and floor pages by clicking label text, as a reader would. */
async function answerByText(page, id) {
  const s = TEXTS.steps.find((x) => x.id === id);
  if (s.kind === 'scale') return page.locator('label').filter({ hasText: /^\s*2\s*$/ }).first().click();
  return byText(page, s.kind === 'multi' ? s.options.find(([o]) => o === s.none)[1] : s.options[0][1]);
}
const titleOf = (id) => ({ heading: l.get(`step.${id}.title`) });

const ALL_CONTENDERS = [
  {
    key: 'ours',
    label: 'back-spasm-check',
    page: '/bench/ours.html',
    entry: 'embed.js',
    // The whole check with the plain default answers, to the result.
    screens: [...FLOW.map((id) => ({ id, target: titleOf(id) })), { id: 'result', target: { selector: 'section[data-urgency]' } }],
    answer: (page, id) => answerStep(widget(page), l, id),
  },
  {
    key: 'peer',
    label: `SurveyJS ${pkgVersion('survey-core')}`,
    page: '/bench/peer.html',
    entry: 'survey.core.min.js',
    headingSelector: '.sd-question__title', // SurveyJS titles are divs, not headings
    screens: SHARED_STEPS.map((id) => ({ id, target: titleOf(id) })),
    answer: answerByText,
  },
  {
    key: 'floor',
    label: 'vanilla floor',
    page: '/bench/floor.html',
    entry: 'floor.js',
    screens: SHARED_STEPS.map((id) => ({ id, target: titleOf(id) })),
    answer: answerByText,
  },
];

// BENCH_ONLY=ours,floor runs a subset (to compare build variants quickly).
const ONLY = process.env.BENCH_ONLY?.split(',');
const CONTENDERS = ALL_CONTENDERS.filter((c) => !ONLY || ONLY.includes(c.key));

/** The article page: without a widget, with an empty module script, with ours, with SurveyJS. */
const ARTICLE = [
  { key: 'none', label: 'no widget', page: '/bench/article-none.html', selector: null },
  { key: 'script', label: 'empty module', page: '/bench/article-script.html', selector: null },
  { key: 'ours', label: 'back-spasm-check', page: '/bench/article-ours.html', selector: 'back-spasm-check' },
  { key: 'peer', label: `SurveyJS ${pkgVersion('survey-core')}`, page: '/bench/article-peer.html', selector: '#peer' },
];

// ---------------------------------------------------------------- runs ---

const withTimeout = (promise, what) =>
  Promise.race([
    promise,
    new Promise((_, fail) => setTimeout(() => fail(new Error(`bench: timed out waiting for ${what}`)), STEP_TIMEOUT)),
  ]);

/** One page load and walk: returns the figures of this load. */
async function once(browser, server, c) {
  const { page, context, log } = await openPage(browser);
  try {
    await page.addInitScript(probe, {
      startText: l.ui('start'),
      widgetSelector: WIDGET_SELECTOR,
      headingSelector: c.headingSelector ?? 'h1, h2, h3, h4, h5, h6',
    });
    const cdp = await context.newCDPSession(page);
    const first = server.requests.length;
    await page.goto(server.url(c.page));
    await withTimeout(page.evaluate(() => window.__bench.whenReady()), `${c.key}: first screen`);
    // Ours shows its first screen before the wasm, which takes it over at
    // `bsc:mounted` (a click before that is kept, and would count its wait
    // in the first step): the walk starts once it has.
    if (c.key === 'ours') {
      await withTimeout(page.waitForFunction(() => performance.getEntriesByName('bsc:mounted').length > 0, null, { polling: 'raf' }), 'ours: mount');
    }
    const steps = {};
    let button = l.ui('start');
    for (const screen of c.screens) {
      await page.evaluate((t) => window.__bench.arm(t), screen.target);
      await page.getByRole('button', { name: button, exact: true }).filter({ visible: true }).first().click();
      const r = await withTimeout(page.evaluate(() => window.__bench.done()), `${c.key}: ${screen.id}`);
      steps[screen.id] = r.painted - r.click;
      if (screen.id !== 'result') await c.answer(page, screen.id);
      button = l.ui('continue');
    }
    const report = await page.evaluate((entry) => window.__bench.report(entry), c.entry);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const foreign = log.requests.filter((u) => !u.startsWith(server.origin));
    if (foreign.length) throw new Error(`bench: ${c.key} asked for other hosts: ${foreign.join(', ')}`);
    if (log.errors.length) throw new Error(`bench: ${c.key} logged errors: ${log.errors.join(' | ')}`);
    const quiet = report.shifts.filter((s) => !s.recentInput);
    return {
      startup: report.ready.painted - report.entryStart,
      startupNav: report.ready.painted,
      takeover: report.marks['bsc:mounted'] === undefined ? undefined : report.marks['bsc:mounted'] - report.entryStart,
      steps,
      longtasks: report.longtasks.length,
      longestTask: Math.max(0, ...report.longtasks.map((t) => t.duration)),
      shift: quiet.reduce((a, s) => a + s.value, 0),
      shiftStartup: quiet.filter((s) => s.start <= report.ready.painted).reduce((a, s) => a + s.value, 0),
      shiftOutside: quiet.filter((s) => s.outside).reduce((a, s) => a + s.value, 0),
      heap: heap.usedSize,
      wasm: report.wasmBytes,
      requests: server.requests.slice(first).filter((p) => p !== c.page && p !== '/favicon.ico'),
      phases: phases(report),
    };
  } finally {
    await context.close();
  }
}

/**
 * Where our startup goes, from the loader's marks (web/loader/): each
 * phase is the time from the mark before it. Empty for the peer and floor.
 */
const PHASES = [
  ['embed.js downloaded and run', 'bsc:loader'],
  ['widget starts (in view, so at once)', 'bsc:start'],
  ['wasm response headers', 'bsc:wasm-fetched'],
  ['wasm download + compile + SHA-384', 'bsc:wasm-compiled'],
  ['instantiate', 'bsc:instantiated'],
  ['language texts fetched and loaded', 'bsc:locale-loaded'],
  ['first render (mount)', 'bsc:mounted'],
];
function phases(report) {
  if (!report.marks['bsc:mounted']) return null;
  const out = {};
  let at = report.entryStart;
  for (const [label, name] of PHASES) {
    out[label] = report.marks[name] - at;
    at = report.marks[name];
  }
  return out;
}

// ---------------------------------------------------------------- main ---

async function main() {
  const began = Date.now();
  const server = await startServer({ routes, dist: DIST });
  const browser = await launch();
  const results = Object.fromEntries(CONTENDERS.map((c) => [c.key, []]));
  const loaded = {};
  const hostResults = Object.fromEntries(ARTICLE.map((v) => [v.key, []]));
  const manyResults = Object.fromEntries(MANY.map((n) => [n, []]));
  const version = browser.version();
  try {
    for (let i = 0; i < WARMUP + RUNS; i += 1) {
      for (const c of CONTENDERS) {
        const r = await once(browser, server, c);
        loaded[c.key] ??= [...new Set(r.requests)];
        if (i >= WARMUP) results[c.key].push(r);
      }
      process.stderr.write(i < WARMUP ? 'w' : '.');
    }
    process.stderr.write('\n');
    if (!ONLY) {
      for (let i = 0; i < HOST_RUNS; i += 1) {
        for (const v of ARTICLE) hostResults[v.key].push(await articleLoad(browser, server, { ...v, startText: l.ui('start'), probe, served }));
        process.stderr.write('a');
      }
      for (const n of MANY) {
        for (let i = 0; i < MANY_RUNS; i += 1) manyResults[n].push(await manyLoad(browser, server, { n, startText: l.ui('start'), probe }));
        process.stderr.write('m');
      }
      process.stderr.write('\n');
    }
  } finally {
    await browser.close();
    await server.close();
  }

  // Bytes of what each page loaded for its questionnaire (not the host page).
  const bytes = {};
  for (const c of CONTENDERS) {
    const files = loaded[c.key].map((p) => ({ name: plainName(p.split('/').pop()), ...measure(served(p)) }));
    if (c.key === 'ours') {
      files.sort((a, b) => WIDGET_FILES.indexOf(a.name) - WIDGET_FILES.indexOf(b.name));
      const missing = WIDGET_FILES.filter((f) => !files.some((x) => x.name === f));
      if (missing.length) throw new Error(`bench: the widget did not load ${missing.join(', ')}`);
    }
    const total = { raw: 0, gzip: 0, brotli: 0 };
    for (const f of files) for (const k in total) total[k] += f[k];
    bytes[c.key] = { files, total };
  }

  // One column per contender (ALL_CONTENDERS order: ours, peer, floor); a
  // contender left out by BENCH_ONLY shows "—".
  const each = (fn) => ALL_CONTENDERS.map((c) => (results[c.key] ? fn(results[c.key], c.key) : undefined));
  const dash = (fmt) => (x) => (x === undefined ? '—' : fmt(x));
  const ratio = (a, b) => (a === undefined || b === undefined || !b ? '—' : `${(a / b).toFixed(2)}×`);
  const rows = [];
  const row = (label, values, fmt, withRatio = true) =>
    rows.push([
      label,
      ...values.map(dash(fmt)),
      withRatio ? ratio(values[0], values[1]) : '',
      withRatio ? ratio(values[0], values[2]) : '',
    ]);
  const ms = (x) => `${x.toFixed(1)} ms`;
  const mem = (x) => `${(x / 1024 / 1024).toFixed(2)} MiB`;
  const spread = (xs) => `${median(xs).toFixed(1)} / ${p95(xs).toFixed(1)} ms`;
  const shiftFmt = (xs) => `${median(xs).toFixed(4)} / ${max(xs).toFixed(4)}`;

  row('bytes, brotli -q 11 (total)', each((_, k) => bytes[k].total.brotli), (x) => `${x} B`);
  row('bytes, gzip -9 (total)', each((_, k) => bytes[k].total.gzip), (x) => `${x} B`);
  row('bytes, raw (total)', each((_, k) => bytes[k].total.raw), (x) => `${x} B`);
  for (const c of CONTENDERS) {
    for (const f of bytes[c.key].files) {
      rows.push([
        `  ${f.name} (raw / gzip / brotli)`,
        ...ALL_CONTENDERS.map((d) => (d === c ? `${f.raw} / ${f.gzip} / ${f.brotli}` : '')),
        '',
        '',
      ]);
    }
  }
  const startup = each((rs) => rs.map((r) => r.startup));
  row('startup: entry script start → first screen painted and usable, median', startup.map((xs) => xs && median(xs)), ms);
  const band = (a, b) => {
    if (!a || !b) return '—';
    const [low, high] = interval(a, b, ratioOf);
    return `${low.toFixed(2)}–${high.toFixed(2)}×`;
  };
  rows.push(['  its ratios, 95% bootstrap interval', '', '', '', band(startup[0], startup[1]), band(startup[0], startup[2])]);
  row('startup, p95', startup.map((xs) => xs && p95(xs)), ms);
  row('startup from navigation start, median', each((rs) => median(rs.map((r) => r.startupNav))), ms);
  const takeover = each((rs, k) => (k === 'ours' ? rs.map((r) => r.takeover) : undefined))[0];
  rows.push(['startup → the wasm took the first screen over (bsc:mounted), median / p95', spread(takeover), '', '', '', '']);
  for (const label of PHASES.map(([l]) => l)) {
    const xs = each((rs) => (rs[0].phases ? rs.map((r) => r.phases[label]) : undefined))[0];
    if (xs) rows.push([`  phase: ${label} (median / p95)`, spread(xs), '', '', '', '']);
  }
  const shared = each((rs) => rs.flatMap((r) => SHARED_STEPS.map((id) => r.steps[id])));
  row(`step change (→ ${SHARED_STEPS.length} shared screens, pooled), median`, shared.map((xs) => xs && median(xs)), ms);
  row('step change (shared), p95', shared.map((xs) => xs && p95(xs)), ms);
  for (const key of [...FLOW, 'result']) {
    const samples = each((rs) => (rs[0].steps[key] === undefined ? undefined : rs.map((r) => r.steps[key])));
    const label = key === FLOW[0] ? `  Start → ${key}` : `  → ${key}`;
    const shown = SHARED_STEPS.includes(key);
    rows.push([
      `${label} (median / p95)`,
      ...samples.map(dash(spread)),
      shown ? ratio(samples[0] && median(samples[0]), samples[1] && median(samples[1])) : '',
      shown ? ratio(samples[0] && median(samples[0]), samples[2] && median(samples[2])) : '',
    ]);
  }
  row(
    'step change, every screen of a full check (ours only), median / p95',
    [each((rs, k) => (k === 'ours' ? rs.flatMap((r) => Object.values(r.steps)) : undefined))[0], undefined, undefined],
    spread,
    false,
  );
  row('long tasks > 50 ms per load (median / max)', each((rs) => rs.map((r) => r.longtasks)), (xs) => `${median(xs)} / ${max(xs)}`, false);
  row('longest task, max over loads', each((rs) => max(rs.map((r) => r.longestTask))), (x) => (x ? ms(x) : 'none'), false);
  row('layout shift, sum per load without recent input (median / max)', each((rs) => rs.map((r) => r.shift)), shiftFmt, false);
  row('  of it until the first screen is painted (median / max)', each((rs) => rs.map((r) => r.shiftStartup)), shiftFmt, false);
  row('  of it moving host-page content (median / max)', each((rs) => rs.map((r) => r.shiftOutside)), shiftFmt, false);
  row('JS heap used after the walk, median', each((rs) => median(rs.map((r) => r.heap))), mem);
  row('wasm linear memory after the walk, median', each((rs) => median(rs.map((r) => r.wasm))), (x) => (x ? mem(x) : '—'), false);

  const header = ['', ...ALL_CONTENDERS.map((c) => c.label), 'ours/peer', 'ours/floor'];
  const out = [
    `back-spasm-check bench: ${RUNS} loads per page (+${WARMUP} warm-up), Chromium ${version} headless, ${availableParallelism()} cores, 127.0.0.1, ${new Date().toISOString().slice(0, 16)}Z`,
    '',
    ...table(header, rows),
    '',
    'Notes: times are in-page (performance.now): startup from the resource-timing start of the entry script',
    `(${CONTENDERS.map((c) => `${c.key}: ${c.entry}`).join(', ')}) to the frame after the Start button exists (ours: the`,
    'first screen embed.js shows before the wasm; a click on it is kept); the walk starts once the wasm took it over;',
    'a step change from the click dispatch to the frame after the next heading is present. Ours walks all',
    `${FLOW.length} steps to the result; the peer and the floor have the shared screens only (intro, ${SHARED_STEPS.join(', ')}).`,
    'JS heap: CDP Runtime.getHeapUsage after a forced GC (V8 heap; wasm memory is not in it). wasm memory: the sum',
    "of every exported WebAssembly.Memory's buffer.byteLength (instantiate is wrapped in the page). Layout shift:",
    'layout-shift entries without recent input (clicks are real input); "host-page content" = a shifted node outside',
    `the widget's box. Bytes: every file each page loaded besides itself. survey-core ${pkgVersion('survey-core')}, survey-js-ui ${pkgVersion('survey-js-ui')}.`,
    `Run time ${((Date.now() - began) / 1000).toFixed(0)} s.`,
  ];
  if (!ONLY) out.push('', ...hostTables(hostResults, manyResults));
  if (!ONLY && process.env.BENCH_LIGHTHOUSE !== '0') {
    // Imported here: Lighthouse is a large module tree, and not needed otherwise.
    const { lighthouseBench } = await import('./lighthouse.mjs');
    out.push('', ...(await lighthouseBench({ progress: (c) => process.stderr.write(c) })));
    process.stderr.write('\n');
  }
  console.log(out.join('\n'));
}

/** The host-impact and many-widgets tables (markdown lines). */
function hostTables(hostResults, manyResults) {
  const ms = (x) => `${x.toFixed(1)} ms`;
  const m = (key, f) => median(hostResults[key].map(f));
  const signed = (fmt) => (d) => `${d >= 0 ? '+' : ''}${fmt(d)}`;
  const bare = signed((x) => x.toFixed(1));
  // With `band`, the difference's 95% bootstrap interval follows it.
  const diff = (key, base, f, fmt, band) => {
    const shown = signed(fmt)(m(key, f) - m(base, f));
    if (!band) return shown;
    const [low, high] = interval(hostResults[key].map(f), hostResults[base].map(f), difference);
    return `${shown} (${bare(low)} to ${bare(high)})`;
  };
  const host = [];
  const hrow = (label, f, fmt, band = false) =>
    host.push([
      label,
      ...ARTICLE.map((v) => fmt(m(v.key, f))),
      diff('ours', 'none', f, fmt, band),
      diff('ours', 'script', f, fmt, band),
      diff('peer', 'none', f, fmt, band),
    ]);
  hrow('host LCP, median', (r) => r.lcp, ms, true);
  hrow('host total blocking time, median', (r) => r.tbt, ms, true);
  hrow('requests before the reader scrolls, median', (r) => r.requestsBefore, (x) => `${x}`);
  hrow('bytes before the reader scrolls (brotli), median', (r) => r.bytesBefore, (x) => `${Math.round(x)} B`);
  const waits = (key) => hostResults[key].map((r) => r.wait);
  host.push([
    'wait on arrival, scrolled at 2,000 px/s (median / max)',
    '—',
    '—',
    ...['ours', 'peer'].map((k) => `${median(waits(k)).toFixed(1)} / ${max(waits(k)).toFixed(1)} ms`),
    '',
    '',
    '',
  ]);
  const many = MANY.map((n) => {
    const rs = manyResults[n];
    return { n, ms: median(rs.map((r) => r.ms)), requests: median(rs.map((r) => r.requests)), wasm: median(rs.map((r) => r.wasm)) };
  });
  const [one, last] = [many[0], many[many.length - 1]];
  const per = (f) => (f(last) - f(one)) / (last.n - one.n);
  const mib = (x) => `${(x / 1024 / 1024).toFixed(2)} MiB`;
  const manyRows = many.map((r) => [`${r.n}`, `${r.requests}`, ms(r.ms), mib(r.wasm)]);
  manyRows.push([
    `each extra widget (${one.n} → ${last.n})`,
    per((r) => r.requests).toFixed(2),
    ms(per((r) => r.ms)),
    mib(per((r) => r.wasm)),
  ]);
  return [
    `Host-page impact: an article (the widget after 14 paragraphs, below the fold), ${HOST_RUNS} loads each; "empty module"`,
    `= the same page and tag with a module that does nothing (what any embed script costs the host); "before the`,
    `reader scrolls" = until the server is quiet for 1.5 s after load. In brackets: the difference's 95% bootstrap`,
    `interval (${RESAMPLES} resamples of the loads, seeded); one that spans 0 is no change this run can measure.`,
    '',
    ...table(['', ...ARTICLE.map((v) => v.label), 'ours − none', 'ours − empty module', 'peer − none'], host),
    '',
    `Many widgets on one page (all loading="eager"), ${MANY_RUNS} loads each, medians:`,
    '',
    ...table(['widgets', 'bundle requests', 'navigation → every widget working', 'wasm memory'], manyRows),
  ];
}

// Run when executed; importing gives the pages to a debugging script.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
export { routes, TEXTS };
