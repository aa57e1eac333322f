// The bundle's file names. The build names the wasm and each language file
// by its hash (`stem.<10 characters>.ext`, crates/bundle `served_name`), so
// a test finds the file a plain name stands for in the built folder.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The built bundle the tests serve (BSC_DIST: another build). */
export const DIST = resolve(process.env.BSC_DIST ?? join(import.meta.dirname, '..', '..', 'dist'));

/** `locale-en.Xy3_-a9QkL.txt` -> `locale-en.txt` (a plain name stays as it is). */
export const plainName = (name) => name.replace(/\.[A-Za-z0-9_-]{10}(?=\.[a-z]+$)/, '');

/** The name `plain` (e.g. `locale-es.txt`) is served under in `dir`. */
export function servedName(plain, dir = DIST) {
  const found = readdirSync(dir).find((name) => plainName(name) === plain);
  if (!found) throw new Error(`${dir} has no file for ${plain}`);
  return found;
}
