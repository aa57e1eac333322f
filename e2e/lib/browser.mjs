// Debian's Chromium driven by playwright-core, with a watch on everything a
// page does that a test must notice: console errors and warnings, uncaught
// errors, CSP violations and every network request.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium tries to reach Google's
// servers, which this (and any careful) test machine refuses. Exported for
// the bench's Lighthouse runs, which start Chromium themselves.
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

/** Launches Chromium (Playwright gives it a fresh, temporary profile). */
export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/**
 * Opens a page in a fresh browser context (close it with `context.close()`) and records what it does.
 * Options: `viewport`, `colorScheme`, `reducedMotion`, `locale` (the
 * browser's language, en-US by default).
 * Returns `{ page, context, log }` where `log` has `errors` (console errors
 * and uncaught exceptions), `warnings` (console warnings), `csp` (CSP
 * violation reports) and `requests` (every URL the page asked for).
 */
export async function openPage(browser, { viewport, colorScheme, reducedMotion, locale } = {}) {
  const context = await browser.newContext({
    // The reader's browser languages (navigator.languages), which choose
    // the country of a widget on a page that names none: en-US unless a
    // test sets another.
    locale: locale ?? 'en-US',
    viewport: viewport ?? { width: 1280, height: 900 },
    colorScheme: colorScheme ?? 'light',
    reducedMotion: reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  const log = { errors: [], warnings: [], csp: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.errors.push(msg.text());
    if (msg.type() === 'warning') log.warnings.push(msg.text());
  });
  page.on('pageerror', (err) => log.errors.push(`uncaught: ${err.message}`));
  page.on('request', (req) => log.requests.push(req.url()));
  await page.exposeBinding('__bscCspViolation', (_source, report) => log.csp.push(report));
  // Init scripts run through the DevTools protocol, so the page's CSP does
  // not block this listener.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__bscCspViolation(`${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  return { page, context, log };
}

/**
 * For a test file: starts the static server and Chromium before its tests
 * and stops both after them. Returns `{ server, browser }`, filled in once
 * the `before` hook has run.
 */
export function useHarness(serverOptions) {
  const harness = { server: null, browser: null };
  before(async () => {
    harness.server = await startServer(serverOptions);
    harness.browser = await launch();
  });
  after(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}
