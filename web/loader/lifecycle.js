// Discovery and lifecycle: finding widget elements (in the page, in open
// shadow roots of host components, in same-origin iframes they are moved
// to), starting them when near, applying attribute changes, and freeing
// them when they leave.

import { guessLanguage, showFallback } from './fallback.js';
import { call, loadTexts, run } from './instances.js';
import { sheetFor, showFirstScreen } from './screen.js';
import { DATA_ATTR, HOSTS, MARGIN, RESERVE, TAG, WATCHED, isTrap, quote, reason, state, warn } from './state.js';

const DIVS = `[${DATA_ATTR}]:not(${TAG})`;
// What is watched in each root (the page, host components' shadow roots,
// iframes a widget was moved to). A null prototype: a page's
// Object.prototype cannot add options.
const WATCH = { __proto__: null, subtree: true, childList: true, attributes: true, attributeFilter: [DATA_ATTR, ...WATCHED, 'data-loading'] };

/** Still on a live page (an element of a removed iframe is still connected to its document). */
const present = (host) => host.isConnected && !!host.ownerDocument.defaultView;

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
  const view = host.ownerDocument.defaultView;
  return (r.width > 0 || r.height > 0) && r.bottom > -MARGIN && r.top < view.innerHeight + MARGIN && r.right > -MARGIN && r.left < view.innerWidth + MARGIN;
}

const wake = (event) => begin(event.currentTarget);

/** A new widget element: a shadow root at once, then a start now or when near. */
export function discover(host) {
  const known = state.entries.get(host);
  if (known) return moved(known);
  const entry = { host, doc: host.ownerDocument, started: false, instance: null, widget: null, gone: false, dirty: false, first: null, kept: undefined };
  state.entries.set(host, entry);
  watch(host.getRootNode());
  // The masking hints session-replay scripts honour (README, "Privacy"):
  // rrweb's (also PostHog's, Sentry's and Fullstory's classes),
  // LogRocket's and Microsoft Clarity's attributes. Before the shadow root,
  // which rrweb watches as soon as it is attached.
  host.classList.add('rr-block', 'ph-no-capture', 'sentry-block', 'fs-exclude');
  host.setAttribute('data-private', '');
  host.setAttribute('data-clarity-mask', 'true');
  if (!host.shadowRoot) {
    try {
      // Its <slot> keeps whatever the host put inside the element on show
      // until the widget (or the fallback message) replaces it.
      host.attachShadow({ __proto__: null, mode: 'open' }).append(host.ownerDocument.createElement('slot'));
    } catch {
      entry.started = true;
      warn(`<${host.localName}> cannot hold the widget (it takes no shadow root); use <div ${DATA_ATTR}> or <${TAG}>`);
      showFallback(host);
      return;
    }
  }
  if (eager(host) || !state.near || near(host)) return begin(host);
  state.near.observe(host);
  host.addEventListener('pointerdown', wake);
  host.addEventListener('focusin', wake);
}

export function begin(host) {
  const entry = state.entries.get(host);
  if (!entry || entry.started) return;
  entry.started = true;
  unwatch(host);
  // A change that came while it started (refresh cannot apply it yet).
  run(entry, guessLanguage(host)).then(() => entry.dirty && refresh(host));
}

function unwatch(host) {
  state.near?.unobserve(host);
  host.removeEventListener('pointerdown', wake);
  host.removeEventListener('focusin', wake);
}

/** The element left the page: its widget is freed, its instance kept for the next one. */
export function detach(host) {
  const entry = state.entries.get(host);
  if (!entry) return;
  state.entries.delete(host);
  entry.gone = true;
  unwatch(host);
  const { instance, widget } = entry;
  if (!widget) return;
  if (instance.dead) {
    state.stopped.push(widget);
    return;
  }
  try {
    call(instance, () => {
      widget.unmount();
      widget.free();
    });
    state.spare.push(instance);
  } catch (err) {
    if (!isTrap(err)) warn(`error while removing a widget (${reason(err)})`);
  }
}

/** An attribute (or an inherited `lang`) changed. */
export async function refresh(host) {
  const entry = state.entries.get(host);
  if (!entry) return;
  if (!entry.started) {
    if (eager(host)) begin(host);
    return;
  }
  const { instance, widget } = entry;
  if (!widget) {
    entry.dirty = true;
    // The first screen follows the change until the widget takes over.
    if (entry.first) showFirstScreen(entry);
    return;
  }
  entry.dirty = false;
  if (instance.dead) return;
  try {
    const code = call(instance, () => widget.refresh(false));
    if (!code) return;
    // A new language: load its texts, then apply the change once, with
    // whatever texts are here (English if these could not be had).
    const problem = await loadTexts(instance, code);
    if (problem) warn(`${problem}; keeping the language shown`);
    if (state.entries.get(host) === entry && !instance.dead) call(instance, () => widget.refresh(true));
  } catch (err) {
    if (!isTrap(err)) warn(`could not apply a change (${reason(err)})`);
  }
}

/** Every widget no longer on a live page is freed; one moved to another document follows. */
function sweep() {
  for (const [host, entry] of [...state.entries]) present(host) ? moved(entry) : detach(host);
}

/**
 * A widget moved into another document (a same-origin iframe, or back):
 * that document gets the loader's sheet and is watched, and the widget's
 * stylesheet is that document's (a constructed stylesheet applies only in
 * the document it was made in).
 */
function moved(entry) {
  const { host } = entry;
  const doc = host.ownerDocument;
  const root = host.shadowRoot;
  if (doc === entry.doc || !doc.defaultView) return;
  entry.doc = doc;
  watch(doc);
  // The move dropped the sheet made in the old document.
  if (root.querySelector('.bsc')) root.adoptedStyleSheets = [sheetFor(doc)];
}

/**
 * `<div data-back-spasm-check>` elements in `node` (an element or a shadow
 * root), also inside the open shadow roots of host components, now and
 * once a component not yet defined is.
 */
function scan(node) {
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
  if (node.matches?.(DIVS)) discover(node);
  node.querySelectorAll(DIVS).forEach(discover);
  const walker = (node.ownerDocument ?? node).createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
  for (let el = node.nodeType === Node.ELEMENT_NODE ? node : walker.nextNode(); el; el = walker.nextNode()) {
    if (el.shadowRoot && !state.entries.has(el)) watch(el.shadowRoot, true);
    else if (el.localName.includes('-') && !el.matches(':defined')) {
      customElements.whenDefined(el.localName).then(() => el.shadowRoot && watch(el.shadowRoot, true));
    }
  }
}

let watcher;

/** Watches a root (a document or a host component's shadow root) for widgets, once. */
function watch(root, andScan = false) {
  if (state.roots.has(root) || (root.nodeType !== Node.DOCUMENT_NODE && !andScan)) return;
  state.roots.add(root);
  if (root !== document && root.nodeType === Node.DOCUMENT_NODE) addDocumentSheet(root);
  watcher.observe(root, WATCH);
  if (andScan) scan(root);
}

function changed(record) {
  const { target, attributeName } = record;
  if (target.localName !== TAG && target.hasAttribute(DATA_ATTR)) {
    if (attributeName === DATA_ATTR) discover(target);
    else refresh(target);
  } else if (attributeName === 'lang') {
    // An ancestor's lang may be what a widget falls back to.
    for (const host of state.entries.keys()) if (target.contains(host)) refresh(host);
  }
}

/** Starts watching the page for widgets: the element, the `<div>` form, lazy starts. */
export function startWatching() {
  state.near =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((records) => records.forEach((r) => r.isIntersecting && begin(r.target)), {
          __proto__: null,
          rootMargin: `${MARGIN}px`,
        })
      : null;
  watcher = new MutationObserver((records) => {
    let removed = false;
    for (const record of records) {
      if (record.type === 'attributes') changed(record);
      else {
        record.addedNodes.forEach(scan);
        removed ||= record.removedNodes.length > 0;
      }
    }
    if (removed) queueMicrotask(sweep);
  });
  if (customElements.get(TAG)) {
    warn(`<${TAG}> is already defined by another script; only <div ${DATA_ATTR}> elements get the widget`);
  } else {
    customElements.define(TAG, element());
  }
  followPrinting();
  watch(document);
  scan(document.documentElement);
}

/** The `<back-spasm-check>` element (made here: HTMLElement exists only in a page). */
const element = () =>
  class extends HTMLElement {
    // Own values: a page's Object.prototype.disabledFeatures (or
    // formAssociated) must not reach the definition.
    static observedAttributes = WATCHED;
    static disabledFeatures = [];
    static formAssociated = false;
    connectedCallback() {
      discover(this);
    }
    disconnectedCallback() {
      // A move (remove then insert) keeps the widget and its answers.
      queueMicrotask(() => present(this) || detach(this));
    }
    attributeChangedCallback() {
      refresh(this);
    }
  };

const PRINTING = 'data-bsc-printing';
const PATH = 'data-bsc-print-path';

/**
 * One stylesheet per document, adopted once by this loader (a constructed
 * stylesheet is allowed by a strict CSP, unlike a <style> element or a
 * style attribute): the reserved box (web/embed.css, for pages without the
 * snippet's <link> to it), so the page does not jump when a widget
 * appears, and the print rules: while one widget prints (its host
 * and <html> marked PRINTING, its ancestors PATH), everything else on the
 * page is left out and the widget starts at the top of the first page.
 */
export function addDocumentSheet(doc) {
  try {
    const sheet = new doc.defaultView.CSSStyleSheet();
    const [p, q] = [`[${PRINTING}]`, `[${PATH}]`];
    sheet.replaceSync(
      RESERVE +
        `@media print{html${p} body *:not(${q}):not(${p}){display:none!important}` +
        `html${p} ${q},html${p} body{visibility:hidden!important;margin:0!important;padding:0!important;border:0!important;min-height:0!important;float:none!important}` +
        `html${p} ${p}{visibility:visible!important;display:block!important;margin:0!important}}`,
    );
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // Old browsers: no reserved space and the whole page prints.
  }
}

/**
 * Printing one widget: src/platform.rs marks the host whose Print button
 * was pressed; at the page's beforeprint its ancestors (across shadow
 * roots) and <html> are marked too, and at afterprint every mark goes, so
 * this holds where print() blocks and where it returns at once.
 */
export function followPrinting() {
  addEventListener('beforeprint', () => {
    const host = [...state.entries.keys()].find((h) => h.hasAttribute(PRINTING) && h.ownerDocument === document);
    if (!host) return;
    state.printed = [document.documentElement];
    for (let el = host; (el = el.parentElement ?? el.getRootNode().host); ) state.printed.push(el);
    state.printed.forEach((el, i) => el.setAttribute(i ? PATH : PRINTING, ''));
  });
  addEventListener('afterprint', () => {
    for (const el of [...state.printed, ...state.entries.keys()]) {
      el.removeAttribute(PRINTING);
      el.removeAttribute(PATH);
    }
    state.printed = [];
  });
}
