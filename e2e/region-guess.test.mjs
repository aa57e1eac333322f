// The loader's choice of the reader's country (`regionOf` in
// web/loader/fallback.js: the emergency number in its could-not-load
// message) against the table the Rust resolution is tested with
// (web/region-cases.tsv), so the two stay in step. No browser: the built
// dist/embed.js is imported as a module, which outside a page only defines
// its functions. The countries the build knows are those the table names.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(process.env.BSC_DIST ?? join(ROOT, 'dist'));

test('regionOf in embed.js agrees with the Rust resolution on every row', async () => {
  const { regionOf } = await import(pathToFileURL(join(DIST, 'embed.js')).href);
  assert.equal(typeof regionOf, 'function', 'embed.js exports regionOf');
  const table = readFileSync(join(ROOT, 'web', 'region-cases.tsv'), 'utf8');
  const value = (field) => (field === '-' ? null : field === "''" ? '' : field);
  const rows = table
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'));
  assert.ok(rows.length >= 20, `${rows.length} rows`);
  const known = Object.fromEntries(rows.filter((r) => r[6] !== '-').map((r) => [r[6], '1']));
  for (const [region, own, ancestor, page, browser, language, country] of rows) {
    const languages = browser === '-' ? [] : browser.split(',');
    const got = regionOf(value(region), [own, ancestor, page].map(value), languages, language, known);
    assert.equal(got ?? '-', country, JSON.stringify([region, own, ancestor, page, browser, language]));
  }
});
