// Instances and traps: one wasm instance per widget (a fresh copy of the
// inlined glue on the shared compiled module, or a spare one), its texts,
// its mount, and the one trap a stopped instance may leave.

import { fetchFile, fetchText } from './files.js';
import { showFallback } from './fallback.js';
import { createHtml } from './html.js';
import { showFirstScreenSoon, takeOver } from './screen.js';
import { WASM, isTrap, makeGlue, mark, quote, reason, state, warn } from './state.js';

/**
 * The trap that follows a panic reaches the page as an error (or a
 * rejection) only when no call of ours caught it: keeps exactly one per
 * instance that said it stopped out of the console, and nothing else.
 */
export function swallowTraps() {
  const swallow = (event, error) => {
    if (!isTrap(error) || state.trapping.size === 0) return;
    const [first] = state.trapping;
    state.trapping.delete(first);
    event.preventDefault();
  };
  addEventListener('error', (event) => swallow(event, event.error));
  addEventListener('unhandledrejection', (event) => swallow(event, event.reason));
}

/** Calls into `instance`; a trap retires it (and is its onStop's trap). */
export function call(instance, fn) {
  try {
    return fn();
  } catch (err) {
    if (isTrap(err)) {
      instance.dead = true;
      state.trapping.delete(instance);
    }
    throw err;
  }
}

/**
 * The compiled module, once. It is compiled (which runs none of it) while
 * its SHA-384 is checked, both from the downloaded bytes, and is
 * instantiated only after the hash matched.
 */
export function compile() {
  if (!state.compiled) {
    state.compiled = (async () => {
      const { bytes, checked } = await fetchFile(WASM, () => mark('bsc:wasm-fetched'));
      // From the bytes, so a server's MIME type for .wasm does not matter.
      const [module] = await Promise.all([WebAssembly.compile(bytes), checked]);
      mark('bsc:wasm-compiled');
      return module;
    })();
    state.compiled.catch(() => (state.compiled = null));
  }
  return state.compiled;
}

async function instantiate() {
  const module = await compile();
  const glue = makeGlue();
  state.created += 1;
  // At once: the module is compiled and checked, so nothing is fetched.
  // (A plain object: the glue tells its options from a bare module by
  // their prototype; `module` is an own property.)
  glue.initSync({ module });
  mark('bsc:instantiated');
  return { glue, dead: false };
}

/** The text of `locale-<code>.txt`, fetched once while it is good. */
export function packText(code) {
  let text = state.packs.get(code);
  if (!text) {
    text = fetchText(`locale-${code}.txt`);
    state.packs.set(code, text);
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
    if (!isTrap(err) && state.packs.get(code) === pending) state.packs.delete(code);
    throw err;
  }
  mark('bsc:locale-loaded');
}

/**
 * Loads the texts of `code` into `instance`, else English (with a
 * warning). Returns null when one of them loaded, else what went wrong.
 */
export async function loadTexts(instance, code) {
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

export const release = (instance) => instance.dead || state.spare.push(instance);

/**
 * Loads every language `host` needs into `instance`, each at most once (no
 * pack can make this loop), then waits a task. Returns what went wrong, or
 * null once nothing more is needed: the caller mounts in the same task, so
 * a language change cannot slip in between.
 */
async function texts(entry, instance, asked) {
  for (;;) {
    const code = call(instance, () => instance.glue.localeNeeded(entry.host));
    if (!code || asked.has(code)) return null;
    asked.add(code);
    const problem = await loadTexts(instance, code);
    if (problem || entry.gone) return problem;
    // The first render in a task of its own, so that no one task holds
    // the whole start (instantiate, texts and render).
    await new Promise((next) => setTimeout(next));
    if (entry.gone) return null;
  }
}

/** A widget's whole start: an instance, its texts, then mount. */
export async function run(entry, likelyLanguage) {
  mark('bsc:start');
  showFirstScreenSoon(entry);
  // The wasm first (the longest wait; none with a spare instance), then
  // the texts of the likely language, fetched while the wasm compiles.
  if (!state.spare.length) compile().catch(() => {});
  packText(likelyLanguage).catch(() => {});
  let instance;
  try {
    instance = state.spare.pop() ?? (await instantiate());
  } catch (err) {
    return fail(entry, err);
  }
  entry.instance = instance;
  try {
    const problem = await texts(entry, instance, new Set());
    if (entry.gone) return release(instance);
    if (problem) {
      fail(entry, problem);
      return release(instance);
    }
    const html = createHtml();
    const onStop = () => {
      instance.dead = true;
      state.trapping.add(instance);
    };
    entry.widget = takeOver(entry, () => call(instance, () => instance.glue.mount(entry.host, onStop, html)));
    mark('bsc:mounted');
  } catch (err) {
    if (!isTrap(err)) release(instance);
    if (!entry.gone) fail(entry, err);
  }
}
