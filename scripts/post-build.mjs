// Trunk post-build hook, one script so the steps run in order:
// 1. `locale-packs` (crates/core/src/bin) writes locale-<code>.txt and fills
//    in embed.js's load-error messages from content/;
// 2. in release builds, terser minifies the JS that readers download (the
//    wasm-bindgen glue and embed.js): Trunk's own minifier fails on the
//    glue's `export { ... as default }` and leaves it unminified.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const packs = spawnSync('cargo', ['run', '--quiet', '--locked', '-p', 'bsc-core', '--bin', 'locale-packs'], {
  stdio: 'inherit',
});
if (packs.status !== 0) {
  console.error('post-build: locale-packs failed');
  process.exit(1);
}

if (process.env.TRUNK_PROFILE === 'release') {
  for (const name of ['back-spasm-check.js', 'embed.js']) {
    const file = join(process.env.TRUNK_STAGING_DIR, name);
    const source = await readFile(file, 'utf8');
    const out = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
    await writeFile(file, out.code);
    console.log(`post-build: minified ${name} ${source.length} -> ${out.code.length} bytes`);
  }
}
