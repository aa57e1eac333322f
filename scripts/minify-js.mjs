// Trunk post_build hook: minify the JS that readers download (the wasm-bindgen
// glue and the embed.js loader) with terser, in Trunk's staging folder, on
// release builds only. Trunk's own minifier fails on the glue's
// `export { ... as default }` and leaves it unminified.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

if (process.env.TRUNK_PROFILE === 'release') {
  for (const name of ['back-spasm-check.js', 'embed.js']) {
    const file = join(process.env.TRUNK_STAGING_DIR, name);
    const source = await readFile(file, 'utf8');
    const out = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
    await writeFile(file, out.code);
    console.log(`minify-js: ${name} ${source.length} -> ${out.code.length} bytes`);
  }
}
