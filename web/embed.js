// back-spasm-check loader. A host page needs only:
//   <script type="module" src="https://YOUR-HOST/back-spasm-check/embed.js"
//           integrity="sha384-…" crossorigin="anonymous"></script>
//   <back-spasm-check></back-spasm-check>   (or <div data-back-spasm-check></div>)
// (`make dist` prints the snippet with this build's integrity value.)
//
// Every other file is found relative to this script's own URL, and each is
// checked against the SHA-384 this file carries (filled in at build time)
// before it is used: the WebAssembly (before it is instantiated) and the
// locale packs. The wasm-bindgen glue is inlined below, so the one SRI hash
// on the script tag covers all the code and text the widget runs and shows
// (README, "Integrity", says why it is not a module of its own). Nothing is
// sent anywhere: the only requests are this bundle's own files.
//
// The contract with the wasm (src/host/) is written in one place, the doc
// comment of src/host/mod.rs. In short, per widget element: a wasm instance
// of its own (one compiled module, a fresh copy of the glue, so an extra
// widget costs no request), `localeNeeded(host)`, `loadLocale(code, text)`,
// `mount(host, onStop)`, `widget.refresh(false)` then at most one
// `widget.refresh(true)`, `widget.unmount()` and `free()`. A panic shows the
// fallback message in its widget and calls that widget's `onStop`; this
// loader then retires the instance and keeps exactly that one trap out of
// the page's console. Nothing is put on host elements; the global object
// below is this loader's, read-only, with counts for tests and tools.
//
// Lazy start: nothing but this file is fetched until a widget comes within
// MARGIN pixels of the viewport or is touched or focused; `loading="eager"`
// (`data-loading="eager"`) starts it at once. Marks for each start-up phase
// (performance.mark, first widget only): bsc:loader, bsc:start,
// bsc:wasm-fetched (its response headers),
// bsc:wasm-compiled (and its hash checked), bsc:instantiated,
// bsc:locale-loaded, bsc:mounted.

const KEY = Symbol.for('back-spasm-check');
const VERSION = /* @version */ '';
const TAG = 'back-spasm-check';
const DATA_ATTR = 'data-back-spasm-check';
const HOSTS = `${TAG},[${DATA_ATTR}]`;
const WATCHED = ['lang', 'theme', 'emergency-number', 'region', 'loading'];
const WASM = 'back-spasm-check_bg.wasm';
// How close to the viewport a widget starts: about two screens ahead of a
// reader scrolling down (or up).
const MARGIN = 1250;
// Shown when a widget cannot start, by language: each locale's
// `ui.load_error` from content/, so its keys are also the languages the
// bundle has.
const FALLBACK = /* @load-errors */ {};
// Each country's emergency number ({"numbers": {"GB": "999", …}}) and each
// language's wording for no known country ({"neutral": {"en": …}}), from
// content/, for the number in the fallback message.
const REGIONS = /* @regions */ {};
// `sha384-…` of each file fetched (the wasm, each locale-<code>.txt).
const INTEGRITY = /* @integrity */ {};
// The wasm-bindgen glue (`--target no-modules`) as a function: each call
// makes a fresh copy, for one wasm instance (`initSync` and the exports).
const makeGlue = /* @glue */ null;

/** `object[key]` if it is the object's own property (never a prototype's). */
const own = (object, key) => (Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined);

/**
 * The language a widget shows, as the widget decides it (src/config.rs):
 * the first of its own `lang`, its nearest ancestor's and the page's that
 * names a language the bundle has, else English. `tags` lists those three
 * (null when absent). Exported for a table test that keeps it in step with
 * the Rust side (web/language-cases.tsv); hosts need not use it.
 */
export function languageOf(tags) {
  for (const tag of tags) {
    const code = (tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
    if (code && own(FALLBACK, code) !== undefined) return code;
  }
  return 'en';
}

const langTags = (host) => [host.getAttribute('lang'), host.parentElement?.closest('[lang]')?.getAttribute('lang'), document.documentElement.getAttribute('lang')];
const guessLanguage = (host) => languageOf(langTags(host));

/** The country subtag of a language tag (a script subtag is skipped), or null. */
function countryOf(tag) {
  for (const part of (tag ?? '').trim().split(/[-_]/).slice(1)) {
    if (/^[a-z]{2}$/i.test(part)) return part.toUpperCase();
    if (!/^[a-z]{4}$/i.test(part)) return null;
  }
  return null;
}

/**
 * The country whose emergency number the widget names, as the widget
 * decides it (src/config.rs, web/region-cases.tsv): the `region` attribute,
 * else the country of the first of `tags` (own, ancestor's and page's
 * `lang`), then of `browser` (navigator.languages), whose language is
 * `language`. Null for no country, or one the bundle does not know.
 * Exported for the table test; hosts need not use it.
 */
export function regionOf(region, tags, browser, language) {
  const known = (code) => (own(REGIONS.numbers ?? {}, code) !== undefined ? code : null);
  const chosen = (region ?? '').trim().toUpperCase();
  if (chosen) return known(chosen === 'UK' ? 'GB' : chosen);
  for (const tag of [...tags, ...browser]) {
    if ((tag ?? '').trim().split(/[-_]/)[0].toLowerCase() !== language) continue;
    const country = countryOf(tag);
    if (country) return known(country);
  }
  return null;
}

/** The emergency number a widget names: the host's, else its country's, else the language's neutral wording. */
function numberFor(host, language) {
  const given = (host.getAttribute('emergency-number') ?? '').trim();
  const digits = given.replace(/\D/g, '').length;
  if (/^[0-9 +-]{1,24}$/.test(given) && digits >= 2 && digits <= 15) return given;
  const country = regionOf(host.getAttribute('region'), langTags(host), globalThis.navigator?.languages ?? [], language);
  return (country && own(REGIONS.numbers, country)) ?? own(REGIONS.neutral ?? {}, language) ?? '112';
}

/** `value` quoted for a warning: escaped, cut to 60 characters (as bsc_core::quote). */
function quote(value) {
  const chars = [...String(value)];
  const shown = chars
    .slice(0, 60)
    .map((c) => (c === '"' || c === '\\' ? `\\${c}` : /[\p{Cc}\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/u.test(c) ? `\\u{${c.codePointAt(0).toString(16)}}` : c))
    .join('');
  return `"${shown}${chars.length > 60 ? '…' : ''}"`;
}

/** An error's message for a warning (the engine's refusals are strings). */
const reason = (err) => (!(err instanceof Error) ? String(err) : err.name === 'Error' ? err.message : `${err.name}: ${err.message}`);

const isTrap = (err) => err instanceof WebAssembly.RuntimeError;

// Each warning once per page, however many widgets it concerns.
const warned = new Set();
function warn(message) {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`back-spasm-check: ${message}`);
}

const marked = new Set();
function mark(name) {
  if (marked.has(name)) return;
  marked.add(name);
  globalThis.performance?.mark?.(name);
}

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
  // host element -> { host, started, instance, widget, gone }
  const entries = new Map();
  // Instances whose widget was removed, kept for the next widget: a page
  // that adds and removes widgets holds at most as many instances (and wasm
  // memories) as it ever shows at once.
  const spare = [];
  // Instances that called onStop and whose trap has not surfaced yet.
  const trapping = new Set();
  // Removed widgets of stopped instances, kept for good: nothing may call
  // into a stopped instance, and if such a widget were collected, the
  // glue's FinalizationRegistry would free it in there (running its drop,
  // which would empty a shadow root that another widget may now use).
  const stopped = [];
  let created = 0;
  let compiled = null;
  // Each language's texts (locale-<code>.txt), fetched once when first
  // needed; one that failed or was refused is dropped once a widget has
  // tried it (loadPack), so a later need fetches it again.
  const packs = new Map();

  Object.defineProperty(globalThis, KEY, {
    value: Object.freeze({
      version: VERSION,
      /** Widget elements on the page (waiting, running or showing the fallback). */
      get widgets() {
        return entries.size;
      },
      /** Widgets mounted and working. */
      get mounted() {
        let n = 0;
        for (const e of entries.values()) if (e.widget && !e.instance.dead) n += 1;
        return n;
      },
      /** WebAssembly instances made so far. */
      get created() {
        return created;
      },
      /** Healthy instances waiting for a widget. */
      get spare() {
        return spare.length;
      },
    }),
  });

  addDocumentSheet();

  const supported =
    typeof WebAssembly === 'object' &&
    typeof customElements === 'object' &&
    typeof Element.prototype.attachShadow === 'function' &&
    typeof fetch === 'function';
  if (!supported) {
    const fail = () => document.querySelectorAll(HOSTS).forEach((el) => showFallback(el));
    warn('could not start: this browser lacks WebAssembly, custom elements or Shadow DOM');
    if (document.readyState === 'loading') addEventListener('DOMContentLoaded', fail);
    else fail();
    return;
  }

  // The trap that follows a panic reaches the page as an error (or a
  // rejection) only when no call of ours caught it: keep exactly one per
  // instance that said it stopped out of the console, and nothing else.
  const swallow = (event, error) => {
    if (!isTrap(error) || trapping.size === 0) return;
    const [first] = trapping;
    trapping.delete(first);
    event.preventDefault();
  };
  addEventListener('error', (event) => swallow(event, event.error));
  addEventListener('unhandledrejection', (event) => swallow(event, event.reason));

  /** Calls into `instance`; a trap retires it (and is its onStop's trap). */
  function call(instance, fn) {
    try {
      return fn();
    } catch (err) {
      if (isTrap(err)) {
        instance.dead = true;
        trapping.delete(instance);
      }
      throw err;
    }
  }

  // A file of this bundle, checked against its SHA-384 unless `check` is
  // false. The browser's own console message says why a fetch failed.
  const fetchFile = (name, check = true) =>
    fetch(new URL(`./${name}`, import.meta.url), { integrity: (check && own(INTEGRITY, name)) || '' }).catch(() => {
      throw new Error(`${name}: failed to fetch, or not the file this embed.js was built for`);
    });

  // The wasm is compiled (which runs none of it) while its SHA-384 is
  // checked, both from the downloaded bytes, and is instantiated only after
  // the hash matched. Where crypto.subtle is missing (a page not served over
  // https), fetch checks the hash first. (Compiling while downloading, with
  // a second copy of the stream to hash, started the widget about 10 ms
  // later in the bench: the copy's hash came last.)
  function compile() {
    compiled ??= (async () => {
      const subtle = globalThis.crypto?.subtle;
      const response = await fetchFile(WASM, !subtle);
      if (!response.ok) throw new Error(`${WASM}: HTTP ${response.status}`);
      mark('bsc:wasm-fetched');
      // From the bytes, so a server's MIME type for .wasm does not matter.
      const bytes = await response.arrayBuffer();
      const [module, same] = await Promise.all([
        WebAssembly.compile(bytes),
        !subtle ||
          subtle
            .digest('SHA-384', bytes)
            .then((hash) => `sha384-${btoa(String.fromCharCode(...new Uint8Array(hash)))}` === own(INTEGRITY, WASM)),
      ]);
      if (!same) throw new Error(`${WASM}: not the file this embed.js was built for (its SHA-384 differs)`);
      mark('bsc:wasm-compiled');
      return module;
    })();
    compiled.catch(() => (compiled = null));
    return compiled;
  }

  async function instantiate() {
    const module = await compile();
    const glue = makeGlue();
    created += 1;
    // At once: the module is compiled and checked, so nothing is fetched.
    glue.initSync({ module });
    mark('bsc:instantiated');
    return { glue, dead: false };
  }

  function packText(code) {
    let text = packs.get(code);
    if (!text) {
      const name = `locale-${code}.txt`;
      text = fetchFile(name).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${name}: HTTP ${r.status}`))));
      packs.set(code, text);
    }
    return text;
  }

  async function loadPack(instance, code) {
    const pending = packText(code);
    try {
      const text = await pending;
      call(instance, () => instance.glue.loadLocale(code, text));
    } catch (err) {
      // Unfetchable or refused by the engine: fetch it afresh next time.
      if (!isTrap(err) && packs.get(code) === pending) packs.delete(code);
      throw err;
    }
    mark('bsc:locale-loaded');
  }

  /**
   * Loads the texts of `code` into `instance`, else English (with a
   * warning). Returns null when one of them loaded, else what went wrong.
   */
  async function loadTexts(instance, code) {
    let why;
    try {
      await loadPack(instance, code);
      return null;
    } catch (err) {
      if (isTrap(err)) throw err;
      why = `could not load the ${quote(code)} texts (${reason(err)})`;
    }
    if (code === 'en') return why;
    try {
      await loadPack(instance, 'en');
    } catch (err) {
      if (isTrap(err)) throw err;
      return `${why}, nor the English ones (${reason(err)})`;
    }
    warn(`${why}; showing English`);
    return null;
  }

  // The fallback message instead of the widget, with a warning (none for a
  // trap: the panic hook has already said why).
  function fail(entry, err) {
    if (!isTrap(err)) warn(`could not start: ${reason(err)}`);
    showFallback(entry.host);
  }

  // The widget's whole start: an instance, its texts, then mount.
  async function run(entry) {
    mark('bsc:start');
    const { host } = entry;
    // The wasm first (the longest wait; none with a spare instance), then
    // the texts of the likely language, fetched while the wasm compiles.
    if (!spare.length) compile().catch(() => {});
    packText(guessLanguage(host)).catch(() => {});
    let instance;
    try {
      instance = spare.pop() ?? (await instantiate());
    } catch (err) {
      return fail(entry, err);
    }
    entry.instance = instance;
    try {
      // Load the language the widget needs (again if <html lang> changed
      // meanwhile), each at most once: no pack can make this loop.
      const asked = new Set();
      for (;;) {
        if (entry.gone) return release(instance);
        const code = call(instance, () => instance.glue.localeNeeded(host));
        if (!code || asked.has(code)) break;
        asked.add(code);
        const problem = await loadTexts(instance, code);
        if (problem) {
          if (!entry.gone) fail(entry, problem);
          return release(instance);
        }
      }
      // The first render in a task of its own, so that no one task holds
      // the whole start (instantiate, texts and render).
      await new Promise((next) => setTimeout(next));
      if (entry.gone) return release(instance);
      entry.widget = call(instance, () =>
        instance.glue.mount(host, () => {
          instance.dead = true;
          trapping.add(instance);
        }),
      );
      mark('bsc:mounted');
    } catch (err) {
      if (!isTrap(err)) release(instance);
      if (!entry.gone) fail(entry, err);
    }
  }

  const release = (instance) => instance.dead || spare.push(instance);

  // ------------------------------------------------------------ lifecycle ---

  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((records) => records.forEach((r) => r.isIntersecting && begin(r.target)), {
          rootMargin: `${MARGIN}px`,
        })
      : null;
  const wake = (event) => begin(event.currentTarget);

  function eager(host) {
    const value = host.getAttribute('loading') ?? host.getAttribute('data-loading');
    const mode = (value ?? '').trim().toLowerCase();
    if (mode !== '' && mode !== 'lazy' && mode !== 'eager') {
      warn(`loading=${quote(value)} is not supported; using "lazy" (expected lazy or eager)`);
    }
    return mode === 'eager';
  }

  // In (or near) the viewport now: start without waiting for the observer's
  // first report, so a widget in view starts as early as it can.
  function near(host) {
    const r = host.getBoundingClientRect();
    return (r.width > 0 || r.height > 0) && r.bottom > -MARGIN && r.top < innerHeight + MARGIN && r.right > -MARGIN && r.left < innerWidth + MARGIN;
  }

  function discover(host) {
    if (entries.has(host)) return;
    const entry = { host, started: false, instance: null, widget: null, gone: false };
    entries.set(host, entry);
    if (!host.shadowRoot) {
      try {
        // At once: the box stays empty (and any fallback content the host
        // put inside it hidden) until the widget is there.
        host.attachShadow({ mode: 'open' });
      } catch {
        entry.started = true;
        warn(`<${host.localName}> cannot hold the widget (it takes no shadow root); use <div ${DATA_ATTR}> or <${TAG}>`);
        showFallback(host);
        return;
      }
    }
    if (eager(host) || !observer || near(host)) return begin(host);
    observer.observe(host);
    host.addEventListener('pointerdown', wake);
    host.addEventListener('focusin', wake);
  }

  function begin(host) {
    const entry = entries.get(host);
    if (!entry || entry.started) return;
    entry.started = true;
    unwatch(host);
    run(entry);
  }

  function unwatch(host) {
    observer?.unobserve(host);
    host.removeEventListener('pointerdown', wake);
    host.removeEventListener('focusin', wake);
  }

  function detach(host) {
    const entry = entries.get(host);
    if (!entry) return;
    entries.delete(host);
    entry.gone = true;
    unwatch(host);
    const { instance, widget } = entry;
    if (!widget) return;
    if (instance.dead) {
      stopped.push(widget);
      return;
    }
    try {
      call(instance, () => {
        widget.unmount();
        widget.free();
      });
      spare.push(instance);
    } catch (err) {
      if (!isTrap(err)) warn(`error while removing a widget (${reason(err)})`);
    }
  }

  async function refresh(host) {
    const entry = entries.get(host);
    if (!entry) return;
    if (!entry.started) {
      if (eager(host)) begin(host);
      return;
    }
    const { instance, widget } = entry;
    if (!widget || instance.dead) return;
    try {
      const code = call(instance, () => widget.refresh(false));
      if (!code) return;
      // A new language: load its texts, then apply the change once, with
      // whatever texts are here (English if these could not be had).
      const problem = await loadTexts(instance, code);
      if (problem) warn(`${problem}; keeping the language shown`);
      if (entries.get(host) === entry && !instance.dead) call(instance, () => widget.refresh(true));
    } catch (err) {
      if (!isTrap(err)) warn(`could not apply a change (${reason(err)})`);
    }
  }

  if (customElements.get(TAG)) {
    warn(`<${TAG}> is already defined by another script; only <div ${DATA_ATTR}> elements get the widget`);
  } else {
    customElements.define(
      TAG,
      class extends HTMLElement {
        static observedAttributes = WATCHED;
        connectedCallback() {
          discover(this);
        }
        disconnectedCallback() {
          // A move (remove then insert) keeps the widget and its answers.
          queueMicrotask(() => this.isConnected || detach(this));
        }
        attributeChangedCallback() {
          refresh(this);
        }
      },
    );
  }

  // <div data-back-spasm-check> for CMSes that strip unknown tags, added
  // now or later; and removal of any widget's subtree.
  const DIVS = `[${DATA_ATTR}]:not(${TAG})`;
  const scan = (root) => {
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    if (root.matches(DIVS)) discover(root);
    root.querySelectorAll(DIVS).forEach(discover);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        const { target, attributeName } = record;
        if (target.localName !== TAG && target.hasAttribute(DATA_ATTR)) {
          if (attributeName === DATA_ATTR) discover(target);
          else refresh(target);
        } else if (attributeName === 'lang') {
          // An ancestor's lang may be what a widget falls back to.
          for (const host of entries.keys()) if (target.contains(host)) refresh(host);
        }
        continue;
      }
      record.addedNodes.forEach(scan);
      if (record.removedNodes.length) {
        queueMicrotask(() => {
          for (const host of [...entries.keys()]) if (!host.isConnected && host.localName !== TAG) detach(host);
        });
      }
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: [DATA_ATTR, ...WATCHED, 'data-loading'],
  });
  scan(document.documentElement);
}

// One stylesheet per document, adopted once by this loader (a constructed
// stylesheet is allowed by a strict CSP, unlike a <style> element or a
// style attribute): the reserved box, so the page does not jump when a
// widget appears, and the print rules (src/platform.rs marks the printing
// widget's host and <html> with data-bsc-printing, so only it is printed).
function addDocumentSheet() {
  try {
    const sheet = new CSSStyleSheet();
    const p = '[data-bsc-printing]';
    sheet.replaceSync(
      `${HOSTS}{display:block;margin-block:1.5em;min-height:var(--bsc-min-height,360px)}` +
        `@media(max-width:480px){${HOSTS}{min-height:var(--bsc-min-height,480px)}}` +
        `@media print{html${p} body *{visibility:hidden!important}` +
        `html${p} ${p},html${p} ${p} *{visibility:visible!important}` +
        `html${p} ${p}{position:absolute!important;inset:0 auto auto 0!important;width:100%!important}}`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Old browsers: no reserved space and the whole page prints.
  }
}

// The load-error message, in the widget's language: in its shadow root, or
// as plain text in an element that cannot have one.
function showFallback(host) {
  const language = own(FALLBACK, guessLanguage(host)) === undefined ? 'en' : guessLanguage(host);
  const message = (own(FALLBACK, language) ?? '').replaceAll('{number}', numberFor(host, language));
  const root = host.shadowRoot;
  if (!root) {
    host.textContent = message;
    return;
  }
  const p = document.createElement('p');
  p.setAttribute('role', 'status');
  p.style.whiteSpace = 'pre-line';
  p.textContent = message;
  root.replaceChildren(p);
}
