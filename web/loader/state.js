// The loader's one state object, its build-time values and the small helpers
// every module uses (warnings, marks, quoting). See main.js for the whole
// loader and src/host/mod.rs for the contract with the wasm. The build's
// values come from two modules the bundle build makes (scripts/js-steps.mjs):
// `bsc:build` (from content/ and the hashes of the files) and `bsc:glue`.

import { integrity, loadErrors, regions, reserve, screens, styles, version } from 'bsc:build';
import glue from 'bsc:glue';

export const KEY = Symbol.for('back-spasm-check');
export const VERSION = version;
export const TAG = 'back-spasm-check';
export const DATA_ATTR = 'data-back-spasm-check';
export const HOSTS = `${TAG},[${DATA_ATTR}]`;
export const WATCHED = ['lang', 'theme', 'emergency-number', 'region', 'loading'];
export const WASM = 'back-spasm-check_bg.wasm';
// How close to the viewport a widget starts: about two screens ahead of a
// reader scrolling down (or up).
export const MARGIN = 1250;
// Shown when a widget cannot start, by language: each locale's
// `ui.load_error` from content/ (with a `{number}` to fill in), so its keys
// are also the languages the bundle has.
export const FALLBACK = loadErrors;
// The emergency number of each country the build knows, and each
// language's neutral wording for a reader whose country is not known:
// `{ numbers: { GB: '999', … }, neutral: { en: '…', … } }`.
export const REGIONS = regions;
// `sha384-…` of each file fetched (the wasm, each locale-<code>.txt).
export const INTEGRITY = integrity;
// The wasm-bindgen glue (`--target no-modules`) as a function: each call
// makes a fresh copy, for one wasm instance (`initSync` and the exports).
export const makeGlue = glue;
// The reserved box's rules (web/embed.css), for pages without its <link>.
export const RESERVE = reserve;
// The widget's stylesheet (style/widget.css, minified), adopted in each
// widget's shadow root by the loader.
export const STYLES = styles;
// Each language's first screen, as HTML: the markup the wasm's mount
// builds for a widget with the default settings, rendered at build time
// from the same components (src/first_screen.rs), by language code.
export const SCREENS = screens;

/**
 * Everything the loader keeps, in one place. `entries`: host element ->
 * `{ host, started, instance, widget, gone, first, kept, … }`, where
 * `first` is the first screen on show until the wasm takes over and
 * `kept` the index of the button a reader clicked on it (screen.js).
 */
export const state = {
  entries: new Map(),
  // Instances whose widget was removed, kept for the next widget: a page
  // that adds and removes widgets holds at most as many instances (and wasm
  // memories) as it ever shows at once.
  spare: [],
  // Instances that called onStop and whose trap has not surfaced yet.
  trapping: new Set(),
  // Removed widgets of stopped instances, kept for good: nothing may call
  // into a stopped instance, and if such a widget were collected, the
  // glue's FinalizationRegistry would free it in there (running its drop,
  // which would empty a shadow root that another widget may now use).
  stopped: [],
  // WebAssembly instances made so far.
  created: 0,
  // The compiled and checked module (a promise), once asked for.
  compiled: null,
  // Each language's texts (locale-<code>.txt), fetched once when first
  // needed; one that failed or was refused is dropped once a widget has
  // tried it, so a later need fetches it again.
  packs: new Map(),
  // The IntersectionObserver of lazy widgets (null where there is none).
  near: null,
  // Shadow roots of host components that are watched for widgets.
  roots: new WeakSet(),
  // The Trusted Types policy (undefined: not made yet; null: refused).
  policy: undefined,
  // <html> and the ancestors of the widget being printed, marked.
  printed: [],
  warned: new Set(),
  marked: new Set(),
};

/** `object[key]` if it is the object's own property (never a prototype's). */
export const own = (object, key) => (Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined);

/** `value` quoted for a warning: escaped, cut to 60 characters (as bsc_core::quote). */
export function quote(value) {
  const chars = [...String(value)];
  const shown = chars
    .slice(0, 60)
    .map((c) => (c === '"' || c === '\\' ? `\\${c}` : /[\p{Cc}\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/u.test(c) ? `\\u{${c.codePointAt(0).toString(16)}}` : c))
    .join('');
  return `"${shown}${chars.length > 60 ? '…' : ''}"`;
}

/** An error's message for a warning (the engine's refusals are strings). */
export const reason = (err) => (!(err instanceof Error) ? String(err) : err.name === 'Error' ? err.message : `${err.name}: ${err.message}`);

export const isTrap = (err) => err instanceof WebAssembly.RuntimeError;

/** One console warning per message and page, however many widgets it concerns. */
export function warn(message) {
  if (state.warned.has(message)) return;
  state.warned.add(message);
  console.warn(`back-spasm-check: ${message}`);
}

/** A start-up phase, marked once (the first widget's). */
export function mark(name) {
  if (state.marked.has(name)) return;
  state.marked.add(name);
  globalThis.performance?.mark?.(name);
}
