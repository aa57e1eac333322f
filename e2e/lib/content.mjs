// Reads the texts of content/<lang>.toml, so the end-to-end tests find
// controls by the same accessible names a reader sees, without copying them.
// The content files use one-line strings in [table] sections with dotted
// keys; this reader handles exactly that (the Rust build validates the rest).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** `{ 'ui.start': 'Start the check', 'step.onset.title': ..., ... }` for `lang`. */
export function texts(lang = 'en') {
  const out = {};
  let table = '';
  const source = readFileSync(join(ROOT, 'content', `${lang}.toml`), 'utf8');
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const header = line.match(/^\[([^\]]+)\]$/);
    if (header) {
      table = header[1].trim();
      continue;
    }
    const pair = line.match(/^([A-Za-z0-9_.-]+)\s*=\s*("(?:[^"\\]|\\.)*")\s*(#.*)?$/);
    if (pair) out[`${table}.${pair[1]}`] = JSON.parse(pair[2]);
  }
  return out;
}

/** A reader's view of one language: lookups the tests need. */
export function language(lang = 'en') {
  const t = texts(lang);
  const get = (key) => {
    if (!(key in t)) throw new Error(`content/${lang}.toml has no ${key}`);
    return t[key];
  };
  const stepByTitle = {};
  const levelByTitle = {};
  for (const [key, value] of Object.entries(t)) {
    const step = key.match(/^step\.([^.]+)\.title$/);
    if (step) stepByTitle[value] = step[1];
    const level = key.match(/^level\.([^.]+)\.title$/);
    if (level) levelByTitle[value] = level[1];
  }
  const format = (template, args) => template.replace(/\{(\w+)\}/g, (m, k) => (k in args ? String(args[k]) : m));
  return { lang, t, get, ui: (key) => get(`ui.${key}`), stepByTitle, levelByTitle, format };
}
