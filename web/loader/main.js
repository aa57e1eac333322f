// back-spasm-check loader. A host page needs only:
//   <script type="module" src="https://YOUR-HOST/back-spasm-check/embed.js"
//           integrity="sha384-…" crossorigin="anonymous"></script>
//   <back-spasm-check></back-spasm-check>   (or <div data-back-spasm-check></div>)
// (`make dist` prints the snippet with this build's integrity value.)
//
// This is the source of embed.js, in modules of one concern each, bundled
// into the one embed.js by the bundle build (`bsc-bundle dist`, see
// crates/bundle), with the glue and the build's values as two generated
// modules (`bsc:glue`, `bsc:build`):
//   main.js       this entry: start once per page, the loader's global
//   state.js      the one state object, build-time values, warnings, marks
//   lifecycle.js  discovery (the page, host components' shadow roots,
//                 iframes), lazy start, attribute changes, removal
//   instances.js  wasm instances, their texts and mount, and traps
//   screen.js     the first screen (rendered at build time from the
//                 widget's components) until the wasm takes it over, and
//                 the widget's stylesheet
//   html.js       the Trusted Types policy for markup
//   files.js      fetching the bundle's files and checking every byte
//   fallback.js   the could-not-load message, its language and number
//
// Every other file is found relative to embed.js's own URL and checked
// against the SHA-384 it carries (filled in at build time) before it is
// used. The wasm-bindgen glue is inlined, so the one SRI hash on the script
// tag covers all the code and text the widget runs and shows (README,
// "Integrity"). Nothing is sent anywhere: the only requests are this
// bundle's own files, without cookies or referrer.
//
// The contract with the wasm (src/host/) is written in one place, the doc
// comment of src/host/mod.rs. In short, per widget element: a wasm instance
// of its own, `localeNeeded(host)`, `loadLocale(code, text)`,
// `mount(host, onStop, createHtml)`, `widget.refresh(false)` then at most one
// `widget.refresh(true)`, `widget.unmount()` and `free()`.
//
// First screen: a widget that starts shows its first screen at once, from
// this file, and the wasm takes it over when ready (screen.js); a click
// on Start before then is kept.
//
// Lazy start: nothing but this file is fetched until a widget comes within
// MARGIN pixels of the viewport or is touched or focused; `loading="eager"`
// (`data-loading="eager"`) starts it at once. Marks for each start-up phase
// (performance.mark, first widget only): bsc:loader, bsc:start,
// bsc:wasm-fetched (its response headers), bsc:wasm-compiled (and its hash
// checked), bsc:instantiated, bsc:locale-loaded, bsc:mounted.

import { languageOf, regionOf, showFallback } from './fallback.js';
import { swallowTraps } from './instances.js';
import { addDocumentSheet, startWatching } from './lifecycle.js';
import { HOSTS, KEY, VERSION, mark, quote, reason, state, warn } from './state.js';

export { languageOf, regionOf };

if (typeof document === 'object') {
  const running = globalThis[KEY];
  if (running) {
    // Loaded twice: the same version runs once; another version warns.
    if (running.version !== VERSION) {
      const first = running.version ? `embed.js ${quote(running.version)}` : 'an older embed.js';
      warn(`embed.js ${quote(VERSION)} is not used: ${first} already runs on this page (include one version only)`);
    }
  } else {
    boot();
  }
}

function boot() {
  mark('bsc:loader');
  defineGlobal();
  addDocumentSheet(document);
  const supported =
    typeof WebAssembly === 'object' &&
    typeof customElements === 'object' &&
    typeof Element.prototype.attachShadow === 'function' &&
    typeof fetch === 'function' &&
    typeof MutationObserver === 'function' &&
    typeof AbortController === 'function' &&
    typeof TextDecoder === 'function';
  if (!supported) {
    failAll(new Error('this browser lacks WebAssembly, custom elements or Shadow DOM'));
    return;
  }
  try {
    swallowTraps();
    startWatching();
  } catch (err) {
    failAll(err);
  }
}

/** Never a page half taken: on a failed start, every widget not started gets the message. */
function failAll(err) {
  warn(`could not start: ${reason(err)}`);
  const fail = () => document.querySelectorAll(HOSTS).forEach((el) => state.entries.get(el)?.started || showFallback(el));
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', fail);
  else fail();
}

/** This loader's global: its version and counts, read-only, for tests and tools. */
function defineGlobal() {
  const counts = Object.freeze({
    version: VERSION,
    /** Widget elements on the page (waiting, running or showing the fallback). */
    get widgets() {
      return state.entries.size;
    },
    /** Widgets mounted and working. */
    get mounted() {
      let n = 0;
      for (const e of state.entries.values()) if (e.widget && !e.instance.dead) n += 1;
      return n;
    },
    /** WebAssembly instances made so far. */
    get created() {
      return state.created;
    },
    /** Healthy instances waiting for a widget. */
    get spare() {
      return state.spare.length;
    },
  });
  // A null prototype: a page's Object.prototype.get (or set) cannot turn
  // this into an accessor.
  Object.defineProperty(globalThis, KEY, { __proto__: null, value: counts });
}
