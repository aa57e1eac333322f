// back-spasm-check loader. A host page needs only:
//   <script type="module" src="https://YOUR-HOST/back-spasm-check/embed.js"></script>
//   <back-spasm-check></back-spasm-check>   (or <div data-back-spasm-check></div>)
//
// Every other file is found relative to this script's own URL. Nothing is
// sent anywhere: the only requests are this bundle's own files.
//
// Each widget on the page runs in its own WebAssembly instance (the module is
// compiled once and shared). Rust panics abort, so this isolation is what
// keeps one broken widget from taking the others down.

const KEY = Symbol.for('back-spasm-check');
const TAG = 'back-spasm-check';
const DATA_ATTR = 'data-back-spasm-check';
const SELECTOR = `${TAG}, [${DATA_ATTR}]`;
const WATCHED = ['lang', 'theme', 'emergency-number'];
// Shown when the widget cannot start (WebAssembly blocked, very old
// browser), by language: each locale's `ui.load_error`, filled in by the
// build (crates/core/src/bin/locale-packs.rs), so its keys are also the
// languages the bundle has.
const FALLBACK = /* @load-errors */ {};

if (!globalThis[KEY]) {
  const state = { pendingPanics: 0, instances: new Map(), created: 0 };
  globalThis[KEY] = state;
  boot(state);
}

function boot(state) {
  const glueUrl = new URL('./back-spasm-check.js', import.meta.url).href;
  const wasmUrl = new URL('./back-spasm-check_bg.wasm', import.meta.url);
  let compiled = null;
  // Each language's texts (locale-<code>.txt), fetched once when first needed.
  const packs = new Map();
  const pack = (code) => {
    if (!packs.has(code)) {
      const url = new URL(`./locale-${code}.txt`, import.meta.url);
      packs.set(code, fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${url}: ${r.status}`)))));
    }
    return packs.get(code);
  };
  // Loads the pack `code` into an instance; if it cannot be had, loads
  // English instead (the texts any language falls back to), with a warning.
  async function loadPack(glue, code) {
    try {
      glue.loadLocale(await pack(code));
      return true;
    } catch (err) {
      console.warn(`back-spasm-check: could not load the "${code}" texts; showing English`, err);
      if (code !== 'en') await loadPack(glue, 'en');
      return false;
    }
  }

  reserveSpace();

  // A panic traps its own instance only; the Rust panic hook has already put
  // the fallback message into that widget and counted the panic here. Keep
  // the trap out of the host page's console as an uncaught error.
  addEventListener('error', (event) => {
    if (state.pendingPanics > 0 && event.error instanceof WebAssembly.RuntimeError) {
      state.pendingPanics -= 1;
      event.preventDefault();
    }
  });

  function compile() {
    compiled ??= WebAssembly.compileStreaming(fetch(wasmUrl)).catch(async (err) => {
      // Some servers send .wasm with the wrong MIME type: retry without streaming.
      if (!(err instanceof TypeError)) throw err;
      const response = await fetch(wasmUrl);
      return WebAssembly.compile(await response.arrayBuffer());
    });
    return compiled;
  }

  // Instances whose widget was removed, kept for the next widget: a page
  // that adds and removes widgets holds at most as many instances (and wasm
  // memories) as it ever shows at once.
  const spare = [];

  // A separate glue module per instance gives it its own wasm instance; it
  // loads while the wasm compiles.
  async function instantiate() {
    state.created += 1;
    const [module, glue] = await Promise.all([compile(), import(`${glueUrl}?instance=${state.created}`)]);
    await glue.default({ module_or_path: module });
    return glue;
  }

  async function attach(host) {
    if (state.instances.has(host)) return;
    const entry = { widget: null, glue: null, stopped: false, broken: false };
    state.instances.set(host, entry);
    try {
      // Start fetching the texts of the language the widget will most likely
      // show (the Rust side decides; this only saves a round trip).
      const guess = guessLanguage(host);
      if (guess) pack(guess).catch(() => {});
      const glue = spare.pop() ?? (await instantiate());
      entry.glue = glue;
      const code = glue.localeNeeded(host);
      if (code) await loadPack(glue, code);
      if (entry.stopped) {
        spare.push(glue);
        return;
      }
      entry.widget = glue.mount(host);
    } catch (err) {
      state.instances.delete(host);
      showFallback(host, err);
    }
  }

  function detach(host) {
    const entry = state.instances.get(host);
    if (!entry) return;
    state.instances.delete(host);
    entry.stopped = true;
    // A panic marks its widget's host (see panic.rs): that instance is done.
    if (host.bscStopped) entry.broken = true;
    if (entry.widget && !entry.broken) {
      try {
        entry.widget.unmount();
        entry.widget.free();
        spare.push(entry.glue);
      } catch (err) {
        console.warn('back-spasm-check: error while removing a widget', err);
      }
      entry.widget = null;
    }
  }

  function refresh(host, anyway = false) {
    const entry = state.instances.get(host);
    if (!entry || !entry.widget || entry.broken) return;
    try {
      const code = entry.widget.refresh(anyway);
      // A new language: load its texts, then apply the change (in English
      // if the texts cannot be had).
      if (code) loadPack(entry.glue, code).then((ok) => refresh(host, !ok));
    } catch {
      // Its instance stopped (a panic already showed the fallback message).
      entry.broken = true;
    }
  }

  const supported =
    typeof WebAssembly === 'object' &&
    typeof customElements === 'object' &&
    typeof Element.prototype.attachShadow === 'function';
  if (!supported) {
    const fail = () =>
      document.querySelectorAll(SELECTOR).forEach((el) => showFallback(el, 'browser not supported'));
    if (document.readyState === 'loading') addEventListener('DOMContentLoaded', fail);
    else fail();
    return;
  }

  if (!customElements.get(TAG)) {
    customElements.define(
      TAG,
      class extends HTMLElement {
        static observedAttributes = WATCHED;
        connectedCallback() {
          attach(this);
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
  const scan = (root) => {
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    if (root.matches(`[${DATA_ATTR}]`) && root.localName !== TAG) attach(root);
    root.querySelectorAll(`[${DATA_ATTR}]:not(${TAG})`).forEach(attach);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target.localName !== TAG && record.target.hasAttribute(DATA_ATTR)) {
          if (record.attributeName === DATA_ATTR) attach(record.target);
          else refresh(record.target);
        } else if (record.attributeName === 'lang') {
          // An ancestor's lang may be what a widget falls back to.
          for (const host of state.instances.keys()) {
            if (record.target.contains(host)) refresh(host);
          }
        }
        continue;
      }
      record.addedNodes.forEach(scan);
      if (record.removedNodes.length) {
        queueMicrotask(() => {
          for (const host of [...state.instances.keys()]) {
            if (!host.isConnected && host.localName !== TAG) detach(host);
          }
        });
      }
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: [DATA_ATTR, ...WATCHED],
  });
  scan(document.documentElement);
}

// Keep the page from jumping when the widget appears: reserve its box before
// the WebAssembly arrives. A constructed stylesheet is allowed by a strict
// CSP (style-src 'self'), unlike a <style> element or a style attribute.
function reserveSpace() {
  try {
    const sheet = new CSSStyleSheet();
    // About the height of the intro screen, wide and narrow.
    const hosts = `${TAG}, [${DATA_ATTR}]`;
    sheet.replaceSync(
      `${hosts} { display: block; margin-block: 1.5em; min-height: var(--bsc-min-height, 360px); }
       @media (max-width: 480px) { ${hosts} { min-height: var(--bsc-min-height, 480px); } }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Old browsers: no reserved space, nothing else lost.
  }
}

// The language a widget will show, as the widget decides it (own lang, the
// nearest ancestor's, the document's, English), if it is one the bundle has.
function guessLanguage(host) {
  const tags = [host.getAttribute('lang'), host.parentElement?.closest('[lang]')?.getAttribute('lang'), document.documentElement.lang];
  const codes = tags.map((tag) => (tag || '').trim().split(/[-_]/)[0].toLowerCase()).filter(Boolean);
  return [...codes, 'en'].find((code) => code in FALLBACK) ?? null;
}

function showFallback(host, err) {
  console.warn('back-spasm-check: could not start:', err);
  const message = document.createElement('p');
  message.setAttribute('role', 'status');
  message.textContent = FALLBACK[guessLanguage(host) ?? 'en'];
  const root = host.shadowRoot || (host.attachShadow ? host.attachShadow({ mode: 'open' }) : host);
  root.replaceChildren(message);
}
