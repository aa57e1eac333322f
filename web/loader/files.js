// Fetching and checking the bundle's files. Every byte is checked here,
// against the SHA-384 embed.js carries, before it is used: nothing depends
// on the page's `fetch` honouring `integrity` (a wrapper may drop it).

import { INTEGRITY, own } from './state.js';

/** How long a file may take, from the request to its last byte. */
export const DEADLINE_MS = 20000;

// The page's fetch as it was when this loader ran: a wrapper added later
// never sees the bundle's requests.
const pageFetch = globalThis.fetch;

/**
 * The name a file is served under: its name with the first 10 characters
 * of its SHA-384 (base64, URL-safe) before the extension, as the build
 * writes it (crates/bundle, served_name): a CDN may cache it for good.
 */
const served = (name, hash) => name.replace(/(?=\.[^.]+$)/, `.${hash.slice(7, 17).replace(/\+/g, '-').replace(/\//g, '_')}`);

const sri = async (subtle, bytes) => `sha384-${btoa(String.fromCharCode(...new Uint8Array(await subtle.digest('SHA-384', bytes))))}`;

/**
 * The bytes of the bundle file `name` (next to this script), within
 * DEADLINE_MS, and a promise that resolves once they are known to be the
 * file this embed.js was built for (it rejects otherwise). `onHeaders` is
 * called when the response's headers are in. A file without a known hash
 * is refused before it is asked for.
 */
export async function fetchFile(name, onHeaders) {
  const expected = own(INTEGRITY, name);
  if (!expected) throw new Error(`${name}: not a file this embed.js knows`);
  // Where crypto.subtle is missing (a page not served over https), the
  // browser checks the hash (SRI) instead.
  const subtle = globalThis.crypto?.subtle;
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), DEADLINE_MS);
  let bytes;
  try {
    // A null prototype: a page's Object.prototype.credentials (or mode,
    // method, cache…) cannot change the request. No cookies, no referrer.
    const response = await pageFetch(new URL(`./${served(name, expected)}`, import.meta.url), {
      __proto__: null,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      integrity: subtle ? '' : expected,
      signal: stop.signal,
    });
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    onHeaders?.();
    bytes = await response.arrayBuffer();
  } catch (err) {
    if (stop.signal.aborted) throw new Error(`${name}: no answer within ${DEADLINE_MS / 1000} s`);
    if (err instanceof TypeError) throw new Error(`${name}: failed to fetch${subtle ? '' : ', or not the file this embed.js was built for'}`);
    throw err;
  } finally {
    clearTimeout(timer);
  }
  const checked = (async () => {
    if (subtle && (await sri(subtle, bytes)) !== expected) {
      throw new Error(`${name}: not the file this embed.js was built for (its SHA-384 differs)`);
    }
  })();
  return { bytes, checked };
}

/** The text of a checked bundle file. */
export async function fetchText(name) {
  const { bytes, checked } = await fetchFile(name);
  await checked;
  return new TextDecoder().decode(bytes);
}
