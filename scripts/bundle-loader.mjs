// Bundles the loader's modules (web/loader/, entry main.js) into the one
// embed.js a host includes, with esbuild (pinned in package.json). Run by
// scripts/post-build.mjs before `bsc-bundle fill`, which fills in the
// build-time values: their placeholders (`/* @name */ value`, comments that
// esbuild would drop) are kept through the bundling as identifiers and put
// back after it, each exactly once.
//
// Usage: node scripts/bundle-loader.mjs OUT_FILE
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
export const ENTRY = join(ROOT, 'web', 'loader', 'main.js');
const SLOT = /\/\* @([a-z-]+) \*\/ ('[^'\n]*'|\{\}|null)/g;
const ident = (name) => `__bsc_slot_${name.replaceAll('-', '_')}__`;

/** The bundled loader, its placeholders intact. */
export async function bundleLoader() {
  const slots = new Map();
  const keepSlots = {
    name: 'keep-slots',
    setup(b) {
      b.onLoad({ filter: /\.js$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const contents = source.replace(SLOT, (text, name) => {
          if (slots.has(name)) throw new Error(`${path}: the placeholder @${name} is there twice`);
          slots.set(name, text);
          return ident(name);
        });
        return { contents, loader: 'js' };
      });
    },
  };
  const out = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [keepSlots],
  });
  let code = out.outputFiles[0].text;
  for (const [name, text] of slots) {
    const found = code.split(ident(name)).length - 1;
    if (found !== 1) throw new Error(`bundle-loader: the placeholder @${name} is in the bundle ${found} times, not once`);
    code = code.replace(ident(name), text);
  }
  return code;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: node scripts/bundle-loader.mjs OUT_FILE');
    process.exit(2);
  }
  await writeFile(target, await bundleLoader());
}
