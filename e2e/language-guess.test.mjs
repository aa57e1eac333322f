// The loader's guess of a widget's language (`languageOf` in embed.js: the
// texts it fetches first, the language of its fallback message) against the
// table the Rust resolution is tested with (web/language-cases.tsv, see
// src/config.rs), so the two stay in step. No browser: the built
// dist/embed.js is imported as a module, which outside a page only defines
// its functions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';

const ROOT = resolve(import.meta.dirname, '..');

test('languageOf in embed.js agrees with the Rust resolution on every row', async () => {
  const { languageOf } = await import(pathToFileURL(join(ROOT, 'dist', 'embed.js')).href);
  const table = readFileSync(join(ROOT, 'web', 'language-cases.tsv'), 'utf8');
  const value = (field) => (field === '-' ? null : field === "''" ? '' : field);
  const rows = table.split('\n').filter((line) => line && !line.startsWith('#'));
  assert.ok(rows.length >= 20, `${rows.length} rows`);
  for (const line of rows) {
    const [own, ancestor, page, shown] = line.split('\t');
    assert.equal(languageOf([own, ancestor, page].map(value)), shown, JSON.stringify(line));
  }
});

test('regionOf in embed.js agrees with the Rust resolution on every row', async () => {
  const { regionOf } = await import(pathToFileURL(join(ROOT, 'dist', 'embed.js')).href);
  const table = readFileSync(join(ROOT, 'web', 'region-cases.tsv'), 'utf8');
  const value = (field) => (field === '-' ? null : field === "''" ? '' : field);
  const rows = table.split('\n').filter((line) => line && !line.startsWith('#'));
  assert.ok(rows.length >= 30, `${rows.length} rows`);
  for (const line of rows) {
    const [region, own, ancestor, page, browser, language, country] = line.split('\t');
    const languages = browser === '-' ? [] : browser.split(',');
    const got = regionOf(value(region), [own, ancestor, page].map(value), languages, language);
    assert.equal(got, country === '-' ? null : country, JSON.stringify(line));
  }
});
