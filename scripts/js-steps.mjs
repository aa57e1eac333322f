// The JavaScript steps of the bundle build, each done by a tool made for it.
// The build's one driver, `bsc-bundle dist` (crates/bundle/src/lib.rs),
// runs them in its order: `node scripts/js-steps.mjs STEP` reads one JSON
// object on stdin and writes one on stdout.
//
//   glue-names  {glue}                -> {classes, imports, reads}   acorn (scripts/glue.mjs)
//   glue-edit   {glue, edit}          -> {glue}                       acorn (scripts/glue.mjs)
//   loader      {glue, build}         -> {code}                       esbuild
//   minify      {code}                -> {code}                       terser
//   css         {css}                 -> {css}                        esbuild (minify)
//
// `loader` bundles web/loader/ (entry main.js) into the one embed.js, with
// two modules made here: `bsc:build` exports `build`'s values (version,
// loadErrors, regions, integrity, reserve: web/embed.css minified) and `bsc:glue` the glue as a function
// that makes a fresh copy of it per wasm instance.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, transform } from 'esbuild';
import { minify } from 'terser';
import { GlueError, editGlue, glueNames, wrapGlue } from './glue.mjs';

const ROOT = resolve(import.meta.dirname, '..');
export const ENTRY = join(ROOT, 'web', 'loader', 'main.js');

/** embed.js, unminified: the loader's modules, the build's values and the glue. */
export async function bundleLoader({ glue, build: values }) {
  const generated = {
    'bsc:build': Object.entries(values).map(([k, v]) => `export const ${k} = ${JSON.stringify(v)};`).join('\n'),
    'bsc:glue': wrapGlue(glue),
  };
  const virtual = {
    name: 'bsc-generated',
    setup(b) {
      b.onResolve({ filter: /^bsc:/ }, ({ path }) => ({ path, namespace: 'bsc' }));
      b.onLoad({ filter: /.*/, namespace: 'bsc' }, ({ path }) => {
        if (!(path in generated)) return { errors: [{ text: `no generated module ${path}` }] };
        return { contents: generated[path], loader: 'js' };
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
    plugins: [virtual],
  });
  return out.outputFiles[0].text;
}

/** Options for terser: one module, two compress passes, names mangled. */
export const TERSER = { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true };

const STEPS = {
  'glue-names': ({ glue }) => glueNames(glue),
  'glue-edit': ({ glue, edit }) => ({ glue: editGlue(glue, edit) }),
  loader: async (input) => ({ code: await bundleLoader(input) }),
  minify: async ({ code }) => ({ code: (await minify(code, TERSER)).code }),
  css: async ({ css }) => ({ css: (await transform(css, { loader: 'css', minify: true, legalComments: 'none' })).code.trim() }),
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const step = STEPS[process.argv[2]];
  if (!step) {
    console.error(`usage: node scripts/js-steps.mjs ${Object.keys(STEPS).join('|')} < input.json`);
    process.exit(2);
  }
  try {
    const output = await step(JSON.parse(readFileSync(0, 'utf8')));
    process.stdout.write(JSON.stringify(output));
  } catch (err) {
    console.error(err instanceof GlueError ? `the glue: ${err.message}` : err.stack ?? String(err));
    process.exit(1);
  }
}
