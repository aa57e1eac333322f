// The first screen before the wasm. Each language's is rendered at build
// time from the widget's own components (src/first_screen.rs), so the
// loader shows it, with the widget's stylesheet, as soon as a widget
// starts. The wasm's mount then builds the same markup in its place: the
// reader sees no change, a click on a button before that is not lost (it
// is made again on the widget's own button) and the focus stays where it
// was. An element the host put content of its own in (say, "Loading the
// back pain check") keeps that on show instead, until the widget mounts.

import { guessLanguage, numberFor } from './fallback.js';
import { createHtml } from './html.js';
import { SCREENS, STYLES, own } from './state.js';

// The widget's stylesheet in each document: one constructed sheet, shared
// by every widget there. (Constructed stylesheets are not blocked by a
// strict `style-src 'self'` CSP, unlike <style> elements.)
const sheets = new WeakMap();
/** The widget's stylesheet made in `doc` (once). */
export function sheetFor(doc) {
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(STYLES);
    sheets.set(doc, sheet);
  }
  return sheet;
}

const THEMES = ['auto', 'light', 'dark'];

/** The theme a widget shows for its `theme` attribute, as src/config.rs reads it. */
export function themeOf(value) {
  const theme = (value ?? '').trim().toLowerCase();
  return THEMES.includes(theme) ? theme : 'auto';
}

// Every element of a screen, in document order: the two copies of the
// same markup match element for element.
const elements = (screen) => [screen, ...screen.querySelectorAll('*')];

/** The widget's stylesheet in `entry`'s shadow root. */
const adopt = ({ host }) => (host.shadowRoot.adoptedStyleSheets = [sheetFor(host.ownerDocument)]);

/** Whether the host put content of its own in the element (more than white space). */
const hostContent = (host) => [...host.childNodes].some((n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.data.trim()));

/**
 * Shows the first screen in `entry`'s shadow root, with the widget's
 * stylesheet, in the language, theme and emergency number the widget will
 * have. Not where the host put content of its own in the element, nor
 * where it cannot be shown (a page that enforces Trusted Types without
 * allowing the widget's policy): what the element holds stays until mount.
 */
export function showFirstScreen(entry) {
  const { host } = entry;
  if (hostContent(host)) return;
  const doc = host.ownerDocument;
  const language = guessLanguage(host);
  const markup = own(SCREENS, language) ?? own(SCREENS, 'en');
  let html;
  try {
    html = createHtml();
  } catch {
    return;
  }
  const template = doc.createElement('template');
  template.innerHTML = html ? html(markup) : markup;
  const screen = template.content.firstElementChild;
  screen.setAttribute('data-theme', themeOf(host.getAttribute('theme')));
  screen.setAttribute('data-number', numberFor(host, language));
  screen.addEventListener('click', (event) => {
    const button = event.target.closest?.('button');
    if (!button || entry.kept !== undefined) return;
    entry.kept = [...screen.querySelectorAll('button')].indexOf(button);
    // Until the widget's own button takes the click.
    button.setAttribute('aria-busy', 'true');
  });
  adopt(entry);
  host.shadowRoot.replaceChildren(template.content);
  entry.first = screen;
}

/**
 * Shows the first screen (as `showFirstScreen`) now if the page has been
 * painted, else just after its first paint, so that the page's first paint
 * does not wait for the widget's stylesheet and markup; not if the widget
 * has meanwhile mounted, failed or left.
 */
export function showFirstScreenSoon(entry) {
  const root = entry.host.shadowRoot;
  // Only a head start: nothing here (on a page that broke a browser API,
  // say) may stop the widget's start or reach the console.
  const show = () => {
    try {
      const waiting = root.childNodes.length === 1 && root.firstChild.localName === 'slot';
      if (waiting && !entry.gone && !entry.widget) showFirstScreen(entry);
    } catch {
      // The widget mounts in the element as it is.
    }
  };
  try {
    if (globalThis.performance.getEntriesByType('paint').length) return show();
    requestAnimationFrame(() => setTimeout(show));
  } catch {
    show();
  }
}

/**
 * Mounts the widget with `mount()` in place of the first screen on show,
 * then puts the focus where it was on it and makes again the click a
 * reader made on it. Returns what `mount()` returned.
 */
export function takeOver(entry, mount) {
  const { first, kept } = entry;
  const root = entry.host.shadowRoot;
  const focused = first ? elements(first).indexOf(root.activeElement) : -1;
  adopt(entry);
  const widget = mount();
  entry.first = null;
  entry.kept = undefined;
  const screen = first && root.querySelector('.bsc');
  if (screen) {
    if (focused >= 0) elements(screen)[focused]?.focus({ preventScroll: true });
    if (kept >= 0) screen.querySelectorAll('button')[kept]?.click();
  }
  return widget;
}
