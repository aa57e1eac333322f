// The texts of content/<lang>.toml as the content compiler reads them, so the
// end-to-end tests find controls by the same accessible names a reader sees,
// without copying them. `make test-e2e` (and `make bench`) first write
// target/content.json with the compiler's `content-json` tool:
//   cargo run -p bsc-content --bin content-json -- target/content.json
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** Where the Makefile writes the content as JSON; CONTENT_JSON points elsewhere. */
export const CONTENT_JSON = resolve(process.env.CONTENT_JSON ?? join(ROOT, 'target', 'content.json'));

let content;
/** `{ locales: ['en', ...], texts: { en: { 'ui.start': ... } }, steps: [{ id, kind, options }], regions: [{ code, emergency }] }`. */
export function load() {
  if (!content) {
    try {
      content = JSON.parse(readFileSync(CONTENT_JSON, 'utf8'));
    } catch (err) {
      throw new Error(
        `cannot read ${CONTENT_JSON} (${err.code ?? err.message}); write it first with ` +
          '`cargo run -p bsc-content --bin content-json -- target/content.json` (make test-e2e does)',
      );
    }
  }
  return content;
}

/** The steps in flow order: `[{ id, kind, options: [option ids] }]`. */
export const steps = () => load().steps;

/** `{ 'ui.start': 'Start the check', 'step.onset.title': ..., ... }` for `lang`. */
export function texts(lang = 'en') {
  const t = load().texts[lang];
  if (!t) throw new Error(`content has no language ${lang} (it has ${load().locales.join(', ')})`);
  return t;
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
  /**
   * The could-not-load message naming `number`; by default the number a
   * reader sees on a page that names no country, in the test browser (its
   * languages are en-US, see lib/browser.mjs): 911 for English, the
   * language's neutral wording for the others.
   */
  const fallback = (number = lang === 'en' ? regionNumber('US') : get('meta.emergency_number_default')) =>
    format(get('ui.load_error'), { number });
  return { lang, t, get, ui: (key) => get(`ui.${key}`), stepByTitle, levelByTitle, format, fallback };
}

/** The emergency number of a country of content/regions.toml, e.g. regionNumber('AU') is '000'. */
export function regionNumber(code) {
  const region = load().regions.find((r) => r.code === code);
  if (!region) throw new Error(`content/regions.toml has no region ${code}`);
  return region.emergency;
}
