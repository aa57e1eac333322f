// Helpers that drive a widget the way a reader does: by accessible role and
// name. Playwright's role locators pierce open shadow roots.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { servedName } from './files.mjs';
import { BUNDLE_PREFIX } from './server.mjs';

/** The package version: `[workspace.package] version` of the root Cargo.toml. */
export const VERSION = (() => {
  const manifest = readFileSync(join(import.meta.dirname, '..', '..', 'Cargo.toml'), 'utf8');
  const section = manifest.split(/^\[/m).find((s) => s.startsWith('workspace.package]'));
  return section.match(/^version\s*=\s*"([^"]+)"/m)[1];
})();

/** Files the widget may load, relative to the bundle folder (embed.css from the snippet's link; the JS glue is inlined into embed.js; the others are named by their hash). */
export const ownFiles = (dir) => ['embed.css', 'embed.js', ...['back-spasm-check_bg.wasm', 'locale-en.txt', 'locale-es.txt', 'locale-de.txt'].map((f) => servedName(f, dir))];

/**
 * Fails unless every request the page made is the page itself (or another
 * host page file listed in `hostFiles`) or one of the widget's own files.
 */
export function assertOnlyOwnRequests(log, server, pageUrl, hostFiles = []) {
  const allowed = new Set([
    pageUrl,
    ...hostFiles.map((f) => server.url(f)),
    ...ownFiles(server.dist).map((f) => server.url(BUNDLE_PREFIX + f)),
  ]);
  const strange = log.requests.filter((raw) => !allowed.has(raw));
  assert.deepEqual(strange, [], `unexpected requests: ${strange.join(', ')}`);
}

/** Fails on any console error, uncaught exception or CSP violation. */
export function assertClean(log) {
  assert.deepEqual(log.errors, [], 'console errors or uncaught exceptions');
  assert.deepEqual(log.csp, [], 'CSP violations');
}

/**
 * Waits until `n` widgets on the page are mounted (the loader's count; the
 * loader shows each first screen before that). `options`: Playwright's.
 */
export function whenMounted(page, n = 1, options = {}) {
  return page.waitForFunction((n) => globalThis[Symbol.for('back-spasm-check')]?.mounted === n, n, options);
}

/** The n-th widget host on the page (0-based). */
export function widget(page, n = 0) {
  return page.locator('back-spasm-check, [data-back-spasm-check]').nth(n);
}

/** The accessible name of the scale point `n` in language `l`. */
const scaleName = (l, n) => l.format(l.ui('scale_selected'), { n });

/** Single-choice steps whose plain default is not the first option. */
const CALM = { age: ['16_to_49'] };

/**
 * Answers the current step of `host` by role and name, as a reader would.
 * `want` is a list of option ids, a scale number, or undefined for the
 * plain default (multi: "none of these", single: the first option, or the
 * one in CALM, scale: 2).
 */
export async function answerStep(host, l, stepId, want = CALM[stepId]) {
  const checkboxes = host.getByRole('checkbox');
  const radios = host.getByRole('radio');
  if ((await checkboxes.count()) > 0) {
    for (const id of want ?? ['none']) {
      await host.getByRole('checkbox', { name: l.get(`step.${stepId}.option.${id}`), exact: true }).check();
    }
  } else if (`step.${stepId}.low` in l.t) {
    await host.getByRole('radio', { name: scaleName(l, want ?? 2), exact: true }).check();
  } else if ((await radios.count()) > 0) {
    const option = want?.[0];
    const target = option
      ? host.getByRole('radio', { name: l.get(`step.${stepId}.option.${option}`), exact: true })
      : radios.first();
    await target.check();
  } else {
    throw new Error(`step ${stepId} shows no answer controls`);
  }
}

/** The id of the step on screen, or null when the screen is not a question. */
export async function currentStep(host, l) {
  const heading = (await host.locator('#bsc-heading').textContent()).trim();
  return l.stepByTitle[heading] ?? null;
}

/**
 * Walks a whole check from the intro: `plan` maps step ids to answers (see
 * `answerStep`). Calls `onScreen(stepId | 'intro' | 'result')` on each
 * screen. Returns the result's `data-urgency`.
 */
export async function walk(host, l, plan = {}, onScreen = async () => {}) {
  await onScreen('intro');
  await host.getByRole('button', { name: l.ui('start'), exact: true }).click();
  for (let guard = 0; guard < 30; guard += 1) {
    const step = await currentStep(host, l);
    if (!step) break;
    await onScreen(step);
    await answerStep(host, l, step, plan[step]);
    await host.getByRole('button', { name: l.ui('continue'), exact: true }).click();
    await host.locator('#bsc-heading').filter({ hasNotText: l.get(`step.${step}.title`) }).waitFor();
  }
  const result = host.locator('section[data-urgency]');
  await result.waitFor();
  await onScreen('result');
  return result.getAttribute('data-urgency');
}
