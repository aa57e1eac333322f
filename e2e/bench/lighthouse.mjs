// Lighthouse on the bench's article (host.mjs), for `make bench`: the
// performance category's score, FCP, LCP, TBT and CLS of three variants of
// the same page, with Lighthouse's mobile preset (its default) and its
// desktop preset (core/config/desktop-config.js), throttling simulated as
// each preset does:
//   - in view: the README's snippet (the script tag and the element) pasted
//     right under the article's title, with no CSS of the host's, so the
//     widget starts at once and pushes the text below it down;
//   - below the fold: the widget after 14 paragraphs (lazy, so only
//     embed.js loads);
//   - no widget.
// BENCH_LIGHTHOUSE_RUNS (default 3) runs of each, taking turns so that drift
// on the machine hits them alike; the table shows the medians.
//
// Chromium is Debian's, started here with e2e/lib/browser.mjs's flags and a
// remote-debugging port on 127.0.0.1, a fresh profile, and Lighthouse's own
// tab per run (Lighthouse clears the origin's storage and disables the
// cache). Every page and file comes from e2e/lib/server.mjs on 127.0.0.1;
// each run fails if the page asked for anything else, logged a console
// error, or loaded other widget files than its variant should.
//
// Runs alone too: `node e2e/bench/lighthouse.mjs` (after `make dist`).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM, FLAGS } from '../lib/browser.mjs';
import { BUNDLE_PREFIX, startServer } from '../lib/server.mjs';
import { hostRoutes } from './host.mjs';
import { table } from './markdown.mjs';
import { DIST } from './sizes.mjs';
import { median } from './stats.mjs';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

/** `wasm`: whether the widget's wasm must load before Lighthouse is done. */
const VARIANTS = [
  { key: 'top', label: 'in view', page: '/bench/article-ours-top.html', embed: true, wasm: true },
  { key: 'lazy', label: 'below the fold', page: '/bench/article-ours.html', embed: true, wasm: false },
  { key: 'none', label: 'no widget', page: '/bench/article-none.html', embed: false, wasm: false },
];
const PRESETS = [
  { key: 'mobile', config: undefined },
  { key: 'desktop', config: desktopConfig },
];

/** Starts Chromium with a debugging port; resolves to `{ port, version, close() }`. */
async function startChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'bsc-lighthouse-'));
  const child = spawn(CHROMIUM, [...FLAGS, '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise((ok) => child.once('exit', ok));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise((ok, fail) => {
      let seen = '';
      const timer = setTimeout(() => fail(new Error(`lighthouse: Chromium gave no DevTools port in 30 s:\n${seen}`)), 30_000);
      // Read stderr to its end (a full pipe would stall Chromium).
      child.stderr.on('data', (chunk) => {
        if (seen === null) return;
        seen += chunk;
        const m = seen.match(/DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//);
        if (m) {
          clearTimeout(timer);
          seen = null;
          ok(Number(m[1]));
        }
      });
      child.once('exit', (code) => fail(new Error(`lighthouse: Chromium exited (${code}):\n${seen}`)));
    });
    // The full version (the user agent has only the major one).
    const { Browser: product } = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
    return { port, version: product.replace(/^\D+\//, ''), close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** One Lighthouse run of one variant with one preset: the figures. */
async function once(port, server, variant, preset) {
  const flags = {
    port,
    logLevel: 'error',
    onlyCategories: ['performance'],
    // Kept for the checks below (they are not in the performance score).
    onlyAudits: ['errors-in-console', 'network-requests'],
    // The full-page screenshot makes the viewport as tall as the page after
    // the trace, which would start the lazy widget; it is not needed here.
    disableFullPageScreenshot: true,
  };
  const result = await lighthouse(server.url(variant.page), flags, preset.config);
  const lhr = result?.lhr;
  const what = `lighthouse: ${variant.key} (${preset.key})`;
  if (!lhr) throw new Error(`${what}: no result`);
  if (lhr.runtimeError) throw new Error(`${what}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const urls = lhr.audits['network-requests'].details.items.map((i) => i.url);
  const foreign = urls.filter((u) => !u.startsWith(`${server.origin}/`));
  if (foreign.length) throw new Error(`${what}: the page asked for other hosts: ${foreign.join(', ')}`);
  const errors = lhr.audits['errors-in-console'].details?.items ?? [];
  if (errors.length) throw new Error(`${what}: console errors: ${errors.map((e) => e.description).join(' | ')}`);
  const paths = urls.map((u) => new URL(u).pathname).filter((p) => p !== variant.page && p !== '/favicon.ico');
  const ours = paths.filter((p) => p.startsWith(BUNDLE_PREFIX));
  const wasm = ours.some((p) => p.endsWith('.wasm'));
  if (ours.some((p) => p.endsWith('/embed.js')) !== variant.embed || wasm !== variant.wasm) {
    throw new Error(`${what}: loaded ${paths.join(', ') || 'nothing'} (expected embed.js: ${variant.embed}, the wasm: ${variant.wasm})`);
  }
  const value = (id) => lhr.audits[id].numericValue;
  return {
    score: lhr.categories.performance.score * 100,
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    requests: paths.length,
    lighthouse: lhr.lighthouseVersion,
    warnings: lhr.runWarnings,
  };
}

/** Runs every variant with both presets; returns the table and notes as markdown lines. */
export async function lighthouseBench({ dist = DIST, progress = () => {} } = {}) {
  const began = Date.now();
  const server = await startServer({ routes: hostRoutes(), dist });
  const chromium = await startChromium();
  const results = Object.fromEntries(PRESETS.flatMap((p) => VARIANTS.map((v) => [`${p.key}:${v.key}`, []])));
  try {
    for (let i = 0; i < RUNS; i += 1) {
      for (const preset of PRESETS) {
        for (const variant of VARIANTS) results[`${preset.key}:${variant.key}`].push(await once(chromium.port, server, variant, preset));
      }
      progress('l');
    }
  } finally {
    await chromium.close();
    await server.close();
  }

  const columns = PRESETS.flatMap((p) => VARIANTS.map((v) => ({ label: `${p.key}: ${v.label}`, runs: results[`${p.key}:${v.key}`] })));
  // The median, then the lowest and highest run.
  const spread = (key, fmt, unit = '') => (rs) => {
    const xs = rs.map((r) => r[key]);
    return `${fmt(median(xs))}${unit} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
  };
  const whole = (x) => `${Math.round(x)}`;
  const rows = [
    ['performance score', spread('score', whole)],
    ['First Contentful Paint', spread('fcp', whole, ' ms')],
    ['Largest Contentful Paint', spread('lcp', whole, ' ms')],
    ['Total Blocking Time', spread('tbt', whole, ' ms')],
    ['Cumulative Layout Shift', spread('cls', (x) => x.toFixed(3))],
    ['requests besides the page', spread('requests', whole)],
  ].map(([label, fmt]) => [label, ...columns.map((c) => fmt(c.runs))]);
  const all = Object.values(results).flat();
  const lighthouseVersion = [...new Set(all.map((r) => r.lighthouse))].join(', ');
  const warnings = [...new Set(all.flatMap((r) => r.warnings))];
  return [
    `Lighthouse ${lighthouseVersion} on the bench article, performance category, ${RUNS} run${RUNS === 1 ? '' : 's'} per variant and preset, ` +
      `Chromium ${chromium.version} headless, ${availableParallelism()} cores, 127.0.0.1, ${new Date().toISOString().slice(0, 16)}Z`,
    '',
    ...table(['median (lowest–highest run)', ...columns.map((c) => c.label)], rows),
    '',
    'Notes: "in view" = the README snippet (embed.css, embed.js and the element) right under the article title, no host CSS;',
    '"below the fold" = the host table\'s article (the widget after 14 paragraphs, lazy: only embed.js loads);',
    'mobile = Lighthouse\'s default preset (412 px wide, simulated slow 4G and 4× CPU slowdown), desktop = its',
    'desktop preset (1350 px, simulated 10 Mbit/s, 40 ms, no CPU slowdown). Simulated times come from a trace',
    'taken unthrottled on this machine.',
    ...(warnings.length ? [`Lighthouse's warnings: ${warnings.join(' | ')}`] : []),
    `Run time ${((Date.now() - began) / 1000).toFixed(0)} s.`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const lines = await lighthouseBench({ progress: (c) => process.stderr.write(c) });
  process.stderr.write('\n');
  console.log(lines.join('\n'));
}
