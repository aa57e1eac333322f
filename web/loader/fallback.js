// The fallback: the could-not-load message, in the widget's language and
// with the emergency number for the reader's country, chosen as the
// widget chooses them (web/language-cases.tsv, web/region-cases.tsv).

import { FALLBACK, REGIONS, own } from './state.js';

const subtags = (tag) => (tag ?? '').trim().split(/[-_]/);

/**
 * The language a widget shows, as the widget decides it (src/config.rs):
 * the first of its own `lang`, its nearest ancestor's and the page's that
 * names a language the bundle has, else English. `tags` lists those three
 * (null when absent). Exported for a table test that keeps it in step with
 * the Rust side (web/language-cases.tsv); hosts need not use it.
 */
export function languageOf(tags) {
  for (const tag of tags) {
    const code = subtags(tag)[0].toLowerCase();
    if (code && own(FALLBACK, code) !== undefined) return code;
  }
  return 'en';
}

/** The `lang` of `host`, of its nearest ancestor with one and of its page. */
const langTags = (host) => [
  host.getAttribute('lang'),
  host.parentElement?.closest('[lang]')?.getAttribute('lang'),
  host.ownerDocument.documentElement.getAttribute('lang'),
];

export const guessLanguage = (host) => languageOf(langTags(host));

/** The country a language tag names (ISO 3166-1 alpha-2), if it is in `language`. */
function countryOf(tag, language) {
  const [code, ...rest] = subtags(tag);
  if (code.toLowerCase() !== language) return null;
  const region = rest[0]?.length === 4 ? rest[1] : rest[0];
  return /^[a-z]{2}$/i.test(region ?? '') ? region.toUpperCase() : null;
}

/**
 * The reader's country, as the widget chooses it (web/region-cases.tsv):
 * the `region` attribute, else the first region of the `lang` tags (own,
 * ancestor, page) in the widget's `language`, else of the browser's
 * languages in it. The first that names a country decides; one not in
 * `numbers` (the countries the build knows) gives null, as does none.
 * Exported for the table test (e2e/language-guess.test.mjs); hosts need
 * not use it.
 */
export function regionOf(region, tags, browser, language, numbers = own(REGIONS, 'numbers') ?? {}) {
  const given = (region ?? '').trim().toUpperCase();
  let country = given ? (given === 'UK' ? 'GB' : given) : null;
  for (const tag of [...tags, ...browser]) country ??= countryOf(tag, language);
  return country && own(numbers, country) !== undefined ? country : null;
}

/** The phone number a host gave, if it is one (as src/config.rs `is_phone_number`). */
function givenNumber(host) {
  const value = (host.getAttribute('emergency-number') ?? '').trim();
  const digits = value.replace(/\D/g, '').length;
  return digits >= 2 && digits <= 15 && value.length <= 24 && /^[\d +-]*$/.test(value) ? value : null;
}

/** The emergency number (or the neutral wording) for a widget in `language`. */
export function numberFor(host, language) {
  const numbers = own(REGIONS, 'numbers') ?? {};
  const browser = globalThis.navigator?.languages ?? [];
  const country = regionOf(host.getAttribute('region'), langTags(host), browser, language, numbers);
  return givenNumber(host) ?? (country && own(numbers, country)) ?? own(own(REGIONS, 'neutral') ?? {}, language) ?? '112';
}

/**
 * The load-error message instead of the widget, in its language: in its
 * shadow root, or as plain text in an element that cannot have one.
 */
export function showFallback(host) {
  const language = guessLanguage(host);
  const message = (own(FALLBACK, language) ?? '').replaceAll('{number}', numberFor(host, language));
  let root = host.shadowRoot;
  try {
    root ??= host.attachShadow({ __proto__: null, mode: 'open' });
  } catch {
    // An element that takes no shadow root: plain text.
  }
  if (!root) {
    host.textContent = message;
    return;
  }
  const p = host.ownerDocument.createElement('p');
  p.setAttribute('role', 'status');
  p.style.whiteSpace = 'pre-line';
  p.textContent = message;
  // Without the widget's stylesheet (the first screen's): the message is
  // plain text in the reserved box.
  root.adoptedStyleSheets = [];
  root.replaceChildren(p);
}
