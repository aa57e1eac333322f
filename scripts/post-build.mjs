// Trunk post-build hook, one script so the steps run in order on Trunk's
// staging folder:
// 0. esbuild bundles the loader's modules (web/loader/) into embed.js
//    (scripts/bundle-loader.mjs), its build-time placeholders intact;
//    in release builds, `bsc-bundle shrink` removes the glue's unused
//    classes and the wasm exports behind them, runs wasm-opt (Trunk's is
//    off) and renames every import and export short, in wasm and glue;
// 1. `bsc-bundle fill` (crates/bundle) writes locale-<code>.txt, inlines the
//    wasm-bindgen glue into embed.js and fills in embed.js's build-time
//    values (version, load-error messages from content/, the SHA-384 of
//    the wasm and of each pack);
// 2. in release builds, terser minifies embed.js (Trunk's own minifier is
//    not used on it);
// 3. `bsc-bundle seal` writes integrity.json (SHA-384 of every file), signs
//    the demo page's script tag and prints the embed snippet.
// The wasm build's RUSTFLAGS (path remapping, see the Makefile) are for the
// wasm only: the tool runs with the workspace's usual native flags, so its
// build is shared with `cargo test`.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { bundleLoader } from './bundle-loader.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
const env = { ...process.env };
delete env.RUSTFLAGS;

function bundle(pass) {
  const run = spawnSync('cargo', ['run', '--quiet', '--locked', '-p', 'bsc-bundle', '--', pass, dir], { stdio: 'inherit', env });
  if (run.status !== 0) {
    console.error(`post-build: bsc-bundle ${pass} failed`);
    process.exit(1);
  }
}

const release = process.env.TRUNK_PROFILE === 'release';
// BSC_LOADER_SOURCE: a loader file to use instead (say, an older
// web/embed.js, to see a new end-to-end test fail on it).
const loader = process.env.BSC_LOADER_SOURCE ? await readFile(process.env.BSC_LOADER_SOURCE, 'utf8') : await bundleLoader();
await writeFile(join(dir, 'embed.js'), loader);
if (release) bundle('shrink');
bundle('fill');
if (release) {
  const file = join(dir, 'embed.js');
  const source = await readFile(file, 'utf8');
  const out = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  await writeFile(file, out.code);
  console.log(`post-build: minified embed.js (loader and glue) ${source.length} -> ${out.code.length} bytes`);
}
bundle('seal');
