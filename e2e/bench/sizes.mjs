// Byte sizes as a reader's browser would transfer them: raw, gzip -9 and
// brotli -q 11 (node:zlib, the same encoders a server or CDN would use).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { plainName } from '../lib/files.mjs';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The built bundle; BENCH_DIST points the bench at another build (to compare variants). */
export const DIST = resolve(process.env.BENCH_DIST ?? join(ROOT, 'dist'));
/** Every file the widget loads on an English page, in load order (the JS
 * glue is inlined into embed.js). A page in another language also loads
 * that language's pack, `locale-<code>.txt`. */
export const WIDGET_FILES = ['embed.js', 'back-spasm-check_bg.wasm'];
/** Files the snippet's own tags load besides embed.js: the reserved box. */
export const SNIPPET_FILES = ['embed.css'];
// Brotli total; the size test fails above it. 82 KB: what the costliest page
// (German, with embed.css) weighs with the first screen before the wasm
// (issue 23: each language's first screen and the widget's stylesheet in
// embed.js), rounded up to the next KB. e2e/bench/SIZE.md has the sizes,
// what each cut gave, what the earlier budgets (78 KB, 86 KB, 80 KB before
// embed.css, 81 KB before the first screen) were for, and where the next
// cuts are.
export const BUDGET = 82 * 1024;
export const GOAL = 60 * 1024;

/** `{ raw, gzip, brotli }` byte counts of a buffer or string. */
export function measure(data) {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data);
  const gzip = gzipSync(buf, { level: 9 }).length;
  const brotli = brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;
  return { raw: buf.length, gzip, brotli };
}

/** Sizes of named buffers plus their total: `{ files: [{ name, raw, gzip, brotli }], total }`. */
export function table(named) {
  const files = named.map(([name, data]) => ({ name, ...measure(data) }));
  const total = { name: 'total', raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of ['raw', 'gzip', 'brotli']) total[k] += f[k];
  return { files, total };
}

/**
 * Sizes of the widget's files in `dir` (default dist/), for the costliest
 * page: embed.css (when the build has it), the base files and the largest
 * language pack (by brotli size).
 */
export function widgetSizes(dir = DIST) {
  // Each plain name (`locale-en.txt`) and the name it is served under, from one listing.
  const served = new Map(readdirSync(dir).map((name) => [plainName(name), name]));
  const read = (plain) => {
    if (!served.has(plain)) throw new Error(`${dir} has no file for ${plain}`);
    return [plain, readFileSync(join(dir, served.get(plain)))];
  };
  const packs = [...served.keys()].filter((plain) => /^locale-[a-z]+\.txt$/.test(plain)).map(read);
  const largest = packs.map(([name, data]) => ({ name, data, brotli: measure(data).brotli })).sort((a, b) => b.brotli - a.brotli)[0];
  const files = [...SNIPPET_FILES.filter((plain) => served.has(plain)), ...WIDGET_FILES].map(read);
  return table([...files, ...(largest ? [[largest.name, largest.data]] : [])]);
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
