// The reader's own country: its emergency number and services, chosen on the
// device from the page's language tags and the browser's languages, shown on
// the result, changeable by the reader without losing answers, and named in
// the could-not-load message too. Pages are generated here: one widget each.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scan } from './lib/axe.mjs';
import { openPage, useHarness } from './lib/browser.mjs';
import { servedName } from './lib/files.mjs';
import { language, regionNumber } from './lib/content.mjs';
import { BUNDLE_PREFIX } from './lib/server.mjs';
import { assertClean, assertOnlyOwnRequests, walk } from './lib/widget.mjs';

const pageWith = (lang, attributes = '') => ({
  body: `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'" />
    <title>Region ${lang}</title>
    <script type="module" src="${BUNDLE_PREFIX}embed.js"></script>
  </head>
  <body>
    <h1>Back pain</h1>
    <back-spasm-check ${attributes}></back-spasm-check>
  </body>
</html>`,
});

// [page, its lang, the browser's language, widget language, country, number]
const CASES = [
  ['/en-US.html', 'en-US', 'en-US', 'en', 'US', '911'],
  ['/en-GB.html', 'en-GB', 'en-US', 'en', 'GB', '999'],
  ['/es-MX.html', 'es-MX', 'en-US', 'es', 'MX', '911'],
  ['/de-CH.html', 'de-CH', 'en-US', 'de', 'CH', '144'],
  ['/en.html', 'en', 'en-AU', 'en', 'AU', '000'],
];

const routes = Object.fromEntries(CASES.map(([path, lang]) => [path, pageWith(lang)]));
routes['/own-number.html'] = pageWith('en-GB', 'emergency-number="000"');
routes['/es-US.html'] = pageWith('es-US');
const h = useHarness({ routes });

for (const [path, lang, browserLanguage, code, country, number] of CASES) {
  test(`${lang} page, ${browserLanguage} browser: the emergency result names ${number} (${country})`, async () => {
    assert.equal(regionNumber(country), number, 'content/regions.toml');
    const l = language(code);
    const { page, context, log } = await openPage(h.browser, { locale: browserLanguage });
    const url = h.server.url(path);
    await page.goto(url);
    const host = page.locator('back-spasm-check');
    const urgency = await walk(host, l, { emergency_flags: ['chest'] });
    assert.equal(urgency, 'emergency');
    const action = await host.locator('.action').textContent();
    assert.ok(action.includes(number), `${action} names ${number}`);
    const shown = await host.locator('#bsc-region').textContent();
    assert.equal(shown, l.format(l.ui('region_shown'), { country: l.get(`region.${country}.name`) }));
    assert.deepEqual(await scan(page), [], 'axe on the result with the country picker');
    assertClean(log);
    assertOnlyOwnRequests(log, h.server, url);
    await context.close();
  });
}

test('the reader changes the country: new number and services, same answers, announced', async () => {
  const en = language('en');
  const { page, context, log } = await openPage(h.browser);
  await page.goto(h.server.url('/en-GB.html'));
  const host = page.locator('back-spasm-check');
  assert.equal(await walk(host, en, { emergency_flags: ['chest'] }), 'emergency');
  const picker = host.getByRole('combobox', { name: en.ui('region_change') });
  assert.equal(await picker.inputValue(), 'GB');
  await picker.selectOption('CA');
  const status = host.locator('#bsc-region');
  await status.filter({ hasText: en.get('region.CA.name') }).waitFor();
  assert.equal(await status.getAttribute('role'), 'status', 'a live region: the change is announced');
  const action = await host.locator('.action').textContent();
  assert.ok(action.includes(regionNumber('CA')) && !action.includes('999'), action);
  assert.ok(action.includes(en.get('region.CA.ed')), action);
  assert.equal(await host.locator('section[data-urgency]').getAttribute('data-urgency'), 'emergency');
  // The answers are kept: back on the safety question, chest pain is still ticked.
  await host.getByRole('button', { name: en.ui('back'), exact: true }).click();
  const chest = host.getByRole('checkbox', { name: en.get('step.emergency_flags.option.chest'), exact: true });
  assert.ok(await chest.isChecked());
  // The neutral choice lists the general numbers again.
  await host.getByRole('button', { name: en.ui('continue'), exact: true }).click();
  await picker.selectOption('');
  await status.filter({ hasText: en.get('region.neutral.name') }).waitFor();
  assert.ok((await host.locator('.action').textContent()).includes(en.get('meta.emergency_number_default')));
  // A change of the host's attributes keeps the reader's own choice.
  await picker.selectOption('NZ');
  await host.evaluate((el) => el.setAttribute('theme', 'dark'));
  await host.locator('.bsc[data-theme=dark]').waitFor();
  assert.ok((await host.locator('.action').textContent()).includes(regionNumber('NZ')));
  assertClean(log);
  await context.close();
});

test('a Spanish reader in the US gets Spanish texts with 911 and US services', async () => {
  const es = language('es');
  const { page, context, log } = await openPage(h.browser);
  await page.goto(h.server.url('/es-US.html'));
  const host = page.locator('back-spasm-check');
  assert.equal(await walk(host, es, { emergency_flags: ['chest'] }), 'emergency');
  const action = await host.locator('.action').textContent();
  assert.ok(action.startsWith(es.format(es.get('level.emergency.action'), { number: '911', ed: es.get('region.US.ed') }).slice(0, 20)), action);
  assert.ok(action.includes('911') && action.includes(es.get('region.US.ed')), action);
  assertClean(log);
  await context.close();
});

for (const [path, locale, number] of [
  ['/own-number.html', 'en-US', '000'],
  ['/en.html', 'en-AU', '000'],
  ['/en-GB.html', 'en-US', '999'],
]) {
  test(`the could-not-load message names ${number} (${path}, ${locale} browser)`, async () => {
    h.server.fault(`${BUNDLE_PREFIX}${servedName('back-spasm-check_bg.wasm')}`, () => ({ status: 404 }));
    try {
      const { page, context } = await openPage(h.browser, { locale });
      await page.goto(h.server.url(path));
      const status = page.locator('back-spasm-check').getByRole('status');
      await status.waitFor();
      assert.equal(await status.textContent(), language('en').fallback(number));
      await context.close();
    } finally {
      h.server.fault();
    }
  });
}
