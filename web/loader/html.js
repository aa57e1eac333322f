// Trusted Types: the one policy the widget's markup goes through.

import { state } from './state.js';

/**
 * Trusted Types: the `createHTML` of the policy `back-spasm-check`, which
 * the widget makes its own escaped markup with (tips, the country list,
 * the printed answers) and the loader its first screen; undefined where
 * the browser has none. Throws on a page that enforces Trusted Types
 * without allowing that policy: the widget could not draw, so it shows
 * the fallback message instead.
 */
export function createHtml() {
  const types = globalThis.trustedTypes;
  if (!types) return undefined;
  if (state.policy === undefined) {
    try {
      state.policy = types.createPolicy('back-spasm-check', { __proto__: null, createHTML: (markup) => markup });
    } catch {
      state.policy = null;
    }
  }
  if (state.policy) return (markup) => state.policy.createHTML(markup);
  try {
    document.createElement('b').innerHTML = '';
  } catch {
    throw new Error('this page enforces Trusted Types and does not allow the policy "back-spasm-check" (add it to the trusted-types directive)');
  }
  return undefined;
}
