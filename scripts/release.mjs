// `make release`: packs the built bundle in dist/ as the npm package
// `back-spasm-check`, version from Cargo.toml, into target/npm/.
//
// The package holds the bundle files a host serves (everything in dist/ but
// the demo page), a short host README, the two licences and a package.json
// with `files` and `exports`. It prints the tarball, its SHA-384 and the
// embed snippet with `integrity` for embed.js.
//
// Usage: node scripts/release.mjs [DIST] [OUT]   (defaults dist, target/npm)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(process.argv[2] ?? join(ROOT, 'dist'));
const OUT = resolve(process.argv[3] ?? join(ROOT, 'target', 'npm'));

/** dist/ files that belong to the demo page, not to the bundle a host serves. */
export const DEMO_FILES = ['index.html', 'demo.css'];
/** dist/ files about the build, not served: the SHA-384 of every file (`make dist`). */
export const BUILD_FILES = ['integrity.json'];
export const NAME = 'back-spasm-check';

const fail = (message) => {
  console.error(`release: ${message}`);
  process.exit(1);
};

/** The widget package's version, from Cargo.toml (the one version everywhere). */
export function cargoVersion() {
  const metadata = JSON.parse(
    execFileSync('cargo', ['metadata', '--no-deps', '--format-version', '1', '--offline'], { cwd: ROOT, encoding: 'utf8' }),
  );
  const pkg = metadata.packages.find((p) => p.name === NAME);
  if (!pkg) throw new Error(`no package ${NAME} in the workspace`);
  return pkg.version;
}

/** The bundle files of `dist`: every file but the demo page's, sorted. */
export function bundleFiles(dist) {
  return readdirSync(dist, { withFileTypes: true })
    .filter((e) => e.isFile() && !DEMO_FILES.includes(e.name) && !BUILD_FILES.includes(e.name) && !/^demo[-.]/.test(e.name))
    .map((e) => e.name)
    .sort();
}

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

function main() {
  if (!existsSync(join(DIST, 'embed.js'))) fail(`${DIST} has no embed.js: run \`make dist\` first`);
  const version = cargoVersion();
  const files = bundleFiles(DIST);
  const stage = join(OUT, 'package');
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  for (const f of files) cpSync(join(DIST, f), join(stage, f));
  for (const f of ['LICENSE-MIT', 'LICENSE-APACHE']) cpSync(join(ROOT, f), join(stage, f));
  // The build already hashed every file (crates/bundle writes integrity.json):
  // the package carries the hashes of the files it ships, and its README the
  // snippet with embed.js's.
  const hashes = JSON.parse(readFileSync(join(DIST, 'integrity.json'), 'utf8'));
  for (const f of ['embed.js', 'embed.css']) {
    if (!hashes[f]) fail(`${DIST}/integrity.json has no hash for ${f}: run \`make dist\` again`);
  }
  const shipped = Object.fromEntries(files.map((f) => [f, hashes[f]]));
  writeFileSync(join(stage, 'integrity.json'), `${JSON.stringify(shipped, null, 2)}\n`);
  const readme = readFileSync(join(ROOT, 'web', 'package', 'README.md'), 'utf8')
    .replaceAll('{{version}}', version)
    .replaceAll('{{integrity}}', hashes['embed.js'])
    .replaceAll('{{integrity-css}}', hashes['embed.css']);
  writeFileSync(join(stage, 'README.md'), readme);
  const manifest = {
    name: NAME,
    version,
    description: 'A small, private self-check for back spasms that any health article can embed (WebAssembly, no data sent).',
    license: 'MIT OR Apache-2.0',
    type: 'module',
    keywords: ['back pain', 'symptom checker', 'web component', 'webassembly', 'embed'],
    files: [...files, 'integrity.json', 'LICENSE-MIT', 'LICENSE-APACHE'],
    exports: { '.': './embed.js', './embed.js': './embed.js', './embed.css': './embed.css', './integrity.json': './integrity.json', './package.json': './package.json' },
  };
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', OUT, stage], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
  )[0];
  const tarball = join(OUT, packed.filename);
  console.log(
    [
      `release: ${NAME} ${version}: ${packed.entryCount} files, ${packed.size} B packed, ${packed.unpackedSize} B unpacked`,
      `  tarball   ${tarball}`,
      `  sha384    ${sri(readFileSync(tarball))}`,
      `  contents  ${packed.files.map((f) => f.path).sort().join(' ')}`,
      '',
      'Embed snippet (serve the package folder, e.g. as /back-spasm-check/):',
      `  <link rel="stylesheet" href="/back-spasm-check/embed.css" integrity="${hashes['embed.css']}" crossorigin="anonymous">`,
      `  <script type="module" src="/back-spasm-check/embed.js" integrity="${hashes['embed.js']}" crossorigin="anonymous"></script>`,
      '  <back-spasm-check></back-spasm-check>',
    ].join('\n'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
