// Every language in the built bundle: a whole check by role and name in
// that language, axe-clean on every screen, with `lang` set on the shadow
// content so screen readers switch voice. Spanish comes from an ancestor's
// region tag (es-MX), German from the element's own (de-AT).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scan } from './lib/axe.mjs';
import { openPage, useHarness } from './lib/browser.mjs';
import { language } from './lib/content.mjs';
import { assertClean, assertOnlyOwnRequests, walk } from './lib/widget.mjs';

const h = useHarness();

const CASES = [
  ['en', { severity: 2 }, 'self-care'],
  ['es', { severity: 9 }, 'soon'],
  ['de', { urgent_flags: ['fever'] }, 'urgent'],
];

for (const [lang, plan, level] of CASES) {
  test(`${lang}: a whole check in that language, axe-clean`, async () => {
    const l = language(lang);
    const { page, context, log } = await openPage(h.browser);
    const url = h.server.url('/languages.html');
    await page.goto(url);
    const host = page.locator(`#${lang}`);
    await host.getByRole('button', { name: l.ui('start'), exact: true }).waitFor();
    assert.equal(await host.locator('.bsc').getAttribute('lang'), lang);
    const urgency = await walk(host, l, plan, async (screen) => {
      assert.deepEqual(await scan(page, `#${lang}`), [], `axe on ${lang} ${screen}`);
      if (screen !== 'intro' && screen !== 'result') {
        const progress = (await host.locator('.progress-text').textContent()).trim();
        assert.match(progress, new RegExp(`^${l.format(l.ui('step_of'), { n: '\\d+', total: '\\d+' })}$`));
      }
    });
    assert.equal(urgency, level);
    assert.equal((await host.locator('#bsc-heading').textContent()).trim(), l.get(`level.${level}.title`));
    assert.equal(await host.locator('[aria-live]').textContent(), l.format(l.ui('result_announce'), { level: l.get(`level.${level}.title`) }));
    // No warning: each language was found, from the element or its ancestor.
    assert.deepEqual(log.warnings.filter((w) => w.startsWith('back-spasm-check')), []);
    assertClean(log);
    assertOnlyOwnRequests(log, h.server, url);
    await context.close();
  });
}

test('changing lang on a live widget switches language and keeps answers', async () => {
  const en = language('en');
  const de = language('de');
  const { page, context, log } = await openPage(h.browser);
  await page.goto(h.server.url('/languages.html'));
  const host = page.locator('#en');
  await host.getByRole('button', { name: en.ui('start'), exact: true }).click();
  await host.getByRole('checkbox', { name: en.get('step.emergency_flags.option.none'), exact: true }).check();
  await host.evaluate((el) => el.setAttribute('lang', 'de'));
  const none = host.getByRole('checkbox', { name: de.get('step.emergency_flags.option.none'), exact: true });
  await none.waitFor();
  assert.ok(await none.isChecked(), 'the answer survives the switch');
  assert.equal(await host.locator('.bsc').getAttribute('lang'), 'de');
  assertClean(log);
  await context.close();
});
