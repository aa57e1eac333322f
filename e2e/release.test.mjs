// The release package as a publisher gets it: `make release`'s script packs
// dist/ into a tarball, which is installed offline into an empty folder;
// that node_modules/back-spasm-check/ is served as a host would, and a page
// under the strict CSP mounts one widget per language from it. The package
// must hold every file the loader fetches and nothing else besides its
// manifest, README and licences.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, openPage } from './lib/browser.mjs';
import { language } from './lib/content.mjs';
import { BUNDLE_PREFIX, startServer } from './lib/server.mjs';
import { assertClean, assertOnlyOwnRequests, widget } from './lib/widget.mjs';
import { NAME, bundleFiles, cargoVersion } from '../scripts/release.mjs';

const ROOT = join(import.meta.dirname, '..');
const PACKAGE_ONLY = ['package.json', 'README.md', 'integrity.json', 'LICENSE-MIT', 'LICENSE-APACHE'];
const h = { dir: null, installed: null, server: null, browser: null, version: null };

before(async () => {
  h.dir = mkdtempSync(join(tmpdir(), 'bsc-release-'));
  const out = join(h.dir, 'out');
  execFileSync('node', [join(ROOT, 'scripts', 'release.mjs'), join(ROOT, 'dist'), out], { stdio: 'pipe' });
  h.version = cargoVersion();
  const tarball = join(out, `${NAME}-${h.version}.tgz`);
  const site = join(h.dir, 'site');
  execFileSync('mkdir', ['-p', site]);
  writeFileSync(join(site, 'package.json'), '{ "private": true }\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: site, stdio: 'pipe' });
  h.installed = join(site, 'node_modules', NAME);
  h.server = await startServer({ dist: h.installed });
  h.browser = await launch();
});

after(async () => {
  await h.browser?.close();
  await h.server?.close();
  if (h.dir) rmSync(h.dir, { recursive: true, force: true });
});

test('the package holds the bundle, its manifest, README and licences, nothing else', () => {
  const shipped = readdirSync(h.installed).sort();
  assert.deepEqual(shipped, [...bundleFiles(join(ROOT, 'dist')), ...PACKAGE_ONLY].sort());
  const manifest = JSON.parse(readFileSync(join(h.installed, 'package.json'), 'utf8'));
  assert.equal(manifest.name, NAME);
  assert.equal(manifest.version, h.version, 'the package version is Cargo.toml\'s');
  assert.equal(manifest.license, 'MIT OR Apache-2.0');
  assert.equal(manifest.exports['.'], './embed.js');
  const readme = readFileSync(join(h.installed, 'README.md'), 'utf8');
  assert.match(readme, new RegExp(`back-spasm-check ${h.version.replaceAll('.', '\\.')}`));
  // The integrity snippet, and the hash of every shipped file.
  const hashes = JSON.parse(readFileSync(join(h.installed, 'integrity.json'), 'utf8'));
  const sri = (f) => `sha384-${createHash('sha384').update(readFileSync(join(h.installed, f))).digest('base64')}`;
  for (const f of ['embed.js', 'embed.css']) {
    assert.ok(readme.includes(`integrity="${sri(f)}" crossorigin="anonymous"`), `the README has the snippet with ${f}'s integrity`);
  }
  assert.deepEqual(Object.keys(hashes).sort(), bundleFiles(join(ROOT, 'dist')));
  for (const [f, hash] of Object.entries(hashes)) assert.equal(hash, sri(f), f);
});

test('the installed package mounts under the strict CSP and fetches only files it ships', async () => {
  const { page, context, log } = await openPage(h.browser);
  const url = h.server.url('/release.html');
  await page.goto(url);
  const langs = ['en', 'es', 'de'];
  for (const [i, lang] of langs.entries()) {
    await widget(page, i).getByRole('button', { name: language(lang).ui('start'), exact: true }).waitFor();
  }
  assertClean(log);
  assertOnlyOwnRequests(log, h.server, url);
  const fetched = new Set(
    h.server.requests.filter((p) => p.startsWith(BUNDLE_PREFIX)).map((p) => p.slice(BUNDLE_PREFIX.length)),
  );
  const shipped = readdirSync(h.installed).filter((f) => !PACKAGE_ONLY.includes(f));
  for (const f of fetched) assert.ok(shipped.includes(f), `the loader fetched ${f}, which the package lacks`);
  for (const f of shipped) assert.ok(fetched.has(f), `the package ships ${f}, which the loader never fetched`);
  const version = await page.evaluate(() => globalThis[Symbol.for('back-spasm-check')].version);
  assert.equal(version, h.version, 'the loader reports the package version');
  await context.close();
});
