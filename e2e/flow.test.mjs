// The whole check on the built demo page (dist/index.html), as a reader
// does it: by accessible role and name, by keyboard alone, on a phone-size
// screen; every step and every result level scanned by axe-core; the
// summary printed, saved and copied; screenshots for people to look at.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { cargoVersion } from '../scripts/release.mjs';
import { scan } from './lib/axe.mjs';
import { openPage, useHarness } from './lib/browser.mjs';
import { language } from './lib/content.mjs';
import { BUNDLE_PREFIX } from './lib/server.mjs';
import { answerStep, assertClean, assertOnlyOwnRequests, currentStep, walk, widget } from './lib/widget.mjs';

const SHOTS = resolve(import.meta.dirname, 'screenshots');
const en = language('en');
const DEMO = `${BUNDLE_PREFIX}index.html`;
const DEMO_FILES = [`${BUNDLE_PREFIX}demo.css`];

// One plan per result level, chosen by option id (content/flow.toml).
const PLANS = {
  emergency: { emergency_flags: ['legs'] },
  urgent: { urgent_flags: ['fever', 'weight_loss'] },
  soon: { severity: 9, recurrence: ['keeps_coming'] },
  'self-care': { severity: 3 },
};

const h = useHarness();
mkdirSync(SHOTS, { recursive: true });

async function demo(options) {
  const opened = await openPage(h.browser, options);
  await opened.page.goto(h.server.url(DEMO));
  const host = widget(opened.page);
  await host.getByRole('button', { name: en.ui('start') }).waitFor();
  return { ...opened, host };
}

describe('every result level, by role and name', () => {
  for (const [level, plan] of Object.entries(PLANS)) {
    test(`${level}: whole flow, axe-clean on every screen, light and dark`, async () => {
      for (const colorScheme of ['light', 'dark']) {
        const { page, context, log, host } = await demo({ colorScheme });
        const seen = [];
        const urgency = await walk(host, en, plan, async (screen) => {
          seen.push(screen);
          const violations = await scan(page);
          assert.deepEqual(violations, [], `axe on ${screen} (${colorScheme})`);
        });
        assert.equal(urgency, level);
        const heading = (await host.locator('#bsc-heading').textContent()).trim();
        assert.equal(heading, en.get(`level.${level}.title`));
        // Colour is never alone: the banner carries an icon and words.
        assert.equal(await host.locator('.banner svg').count(), 1);
        if (level === 'emergency') assert.deepEqual(seen, ['intro', 'emergency_flags', 'result']);
        if (level === 'urgent') {
          // The pregnancy warning signs are asked only of pregnant readers.
          assert.deepEqual(seen, ['intro', 'emergency_flags', 'age', 'pregnant', 'urgent_flags', 'result']);
        }
        // Every tip names its source.
        const tips = host.locator('[data-tip]');
        const count = await tips.count();
        assert.ok(count >= 2, 'tips and the safety net');
        for (let i = 0; i < count; i += 1) {
          assert.match(await tips.nth(i).locator('.source').textContent(), /\S/);
        }
        // Each source is a link to its public page, opened in a new tab
        // without the opener or a referrer; nothing loads until it is
        // clicked (assertOnlyOwnRequests below).
        const links = host.locator('[data-tip] .source a');
        assert.ok((await links.count()) >= count);
        for (const a of await links.all()) {
          assert.match(await a.getAttribute('href'), /^https:\/\//);
          assert.equal(await a.getAttribute('target'), '_blank');
          assert.equal(await a.getAttribute('rel'), 'noopener noreferrer');
        }
        assertClean(log);
        assertOnlyOwnRequests(log, h.server, h.server.url(DEMO), DEMO_FILES);
        await context.close();
      }
    });
  }
});

test('Back keeps answers and the result follows a changed answer', async () => {
  const { context, host } = await demo();
  assert.equal(await walk(host, en, PLANS['self-care']), 'self-care');
  // Back from the result to the severity step.
  for (let guard = 0; guard < 12 && (await currentStep(host, en)) !== 'severity'; guard += 1) {
    await host.getByRole('button', { name: en.ui('back'), exact: true }).click();
  }
  const scale = (n) => host.getByRole('radio', { name: en.format(en.ui('scale_selected'), { n }), exact: true });
  assert.ok(await scale(3).isChecked(), 'the earlier answer is still chosen');
  await scale(9).check();
  await host.getByRole('button', { name: en.ui('continue'), exact: true }).click();
  for (let guard = 0; guard < 12 && !(await host.locator('section[data-urgency]').count()); guard += 1) {
    const step = await currentStep(host, en);
    const continueButton = host.getByRole('button', { name: en.ui('continue'), exact: true });
    if ((await continueButton.getAttribute('aria-disabled')) === 'true') {
      await answerStep(host, en, step, undefined);
    }
    await continueButton.click();
  }
  assert.equal(await host.locator('section[data-urgency]').getAttribute('data-urgency'), 'soon');
  await host.getByRole('button', { name: en.ui('restart'), exact: true }).click();
  await host.getByRole('button', { name: en.ui('start'), exact: true }).waitFor();
  await context.close();
});

test('keyboard alone completes the check, with focus on each new heading', async () => {
  const { page, context, log, host } = await demo();
  const active = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el ? { tag: el.localName, id: el.id, type: el.type ?? '', text: el.textContent.trim(), label: el.closest('label')?.textContent.trim() ?? el.getAttribute('aria-label') ?? '' } : null;
    });
  const tabTo = async (wanted, what) => {
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if (wanted(await active())) return;
    }
    throw new Error(`Tab never reached ${what}`);
  };
  await tabTo((el) => el?.text === en.ui('start'), 'Start');
  await page.keyboard.press('Enter');
  for (let guard = 0; guard < 20; guard += 1) {
    const step = await currentStep(host, en);
    if (!step) break;
    assert.equal((await active())?.id, 'bsc-heading', `focus on the heading of ${step}`);
    const none = en.t[`step.${step}.option.none`];
    if (none) {
      await tabTo((el) => el?.label === none, `"${none}"`);
      await page.keyboard.press('Space');
    } else {
      // A radio group: Tab enters it, Space picks the focused choice.
      await tabTo((el) => el?.type === 'radio', 'a radio button');
      // Arrow keys move to the next choice and pick it: pain 0 -> 1, age
      // "Under 16" -> "16 to 49".
      if (step === 'severity' || step === 'age') await page.keyboard.press('ArrowRight');
      else await page.keyboard.press('Space');
    }
    await tabTo((el) => el?.text === en.ui('continue'), 'Continue');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (title) => {
        const h = document.querySelector('back-spasm-check').shadowRoot.querySelector('#bsc-heading');
        return h && h.textContent.trim() !== title;
      },
      en.get(`step.${step}.title`),
    );
  }
  assert.equal(await host.locator('section[data-urgency]').getAttribute('data-urgency'), 'self-care');
  assert.equal((await active())?.id, 'bsc-heading', 'focus on the result heading');
  assertClean(log);
  await context.close();
});

test('save, copy and print the summary, all locally', async () => {
  const { page, context, log, host } = await demo();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.origin });
  await walk(host, en, PLANS.soon);
  const levelTitle = en.get('level.soon.title');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    host.getByRole('button', { name: en.ui('save'), exact: true }).click(),
  ]);
  assert.equal(download.suggestedFilename(), en.ui('save_filename'));
  const saved = readFileSync(await download.path(), 'utf8');
  assert.ok(saved.includes(levelTitle), 'the saved summary names the result');
  assert.ok(saved.includes(en.get('step.severity.title')), 'and the questions');
  assert.ok(saved.includes(en.get('tip.net_emergency.title')), 'and the safety net');
  assert.ok(saved.includes('(https://www.nhs.uk/conditions/back-pain/)'), 'and each source with its address');
  assert.ok(saved.includes(en.ui('disclaimer')), 'and the disclaimer');
  assert.ok(saved.endsWith(`\n\nback-spasm-check ${cargoVersion()}\n`), 'and ends with the version (Cargo.toml\'s)');

  await host.getByRole('button', { name: en.ui('copy'), exact: true }).click();
  await host.getByRole('status').filter({ hasText: en.ui('copied') }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, saved, 'copy gives the same text as save');
  // "Copied" clears itself after a few seconds (the status line empties).
  const status = host.getByRole('status').filter({ hasText: en.ui('copied') });
  await status.waitFor({ state: 'detached', timeout: 10_000 });

  // Print: the page's other content is hidden, the widget's buttons too.
  await page.evaluate(() => {
    window.__printState = null;
    // The print happens here: beforeprint now, afterprint once checked below.
    window.print = () => {
      dispatchEvent(new Event('beforeprint'));
      const host = document.querySelector('back-spasm-check');
      window.__printState = {
        html: document.documentElement.hasAttribute('data-bsc-printing'),
        host: host.hasAttribute('data-bsc-printing'),
      };
    };
  });
  await host.getByRole('button', { name: en.ui('print'), exact: true }).click();
  await page.waitForFunction(() => window.__printState);
  assert.deepEqual(await page.evaluate(() => window.__printState), { html: true, host: true });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('h1').evaluate((el) => getComputedStyle(el).display), 'none');
  assert.equal(await host.locator('.banner').evaluate((el) => getComputedStyle(el).visibility), 'visible');
  assert.equal(await host.locator('button').first().evaluate((el) => getComputedStyle(el).display), 'none');
  // Folded tips print open, and each source prints its address.
  assert.ok(await host.locator('details[data-tip] p').first().isVisible(), 'a folded tip prints its words');
  const after = await host
    .locator('.source a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  assert.match(after, /https:\/\//, 'a source prints its address');
  // The printed page holds the answers too.
  const answers = host.locator('.answers');
  assert.equal(await answers.evaluate((el) => getComputedStyle(el).display), 'block');
  assert.match(await answers.textContent(), new RegExp(en.format(en.ui('scale_selected'), { n: 9 })));
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await answers.evaluate((el) => getComputedStyle(el).display), 'none', 'on screen only when printing');
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  assert.equal(await page.locator('[data-bsc-printing]').count(), 0, 'the marks go after printing');
  assertClean(log);
  // A download is a blob: URL made in the page; nothing goes to the network.
  const network = log.requests.filter((url) => !url.startsWith('blob:'));
  assertOnlyOwnRequests({ requests: network }, h.server, h.server.url(DEMO), DEMO_FILES);
  await context.close();
});

describe('layout', () => {
  // 640 px is a 1280 px screen at 200% zoom.
  for (const width of [320, 375, 640, 1280]) {
    test(`${width} px wide: no horizontal scrolling, targets at least 24 px; screenshots`, async () => {
      const { page, context, host } = await demo({ viewport: { width, height: 800 } });
      let n = 0;
      await walk(host, en, PLANS.soon, async (screen) => {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${screen} at ${width}px scrolls sideways by ${overflow}px`);
        const small = await host.locator('button, label.choice, .scale-point').evaluateAll((els) =>
          els
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.width > 0 && (r.width < 24 || r.height < 24))
            .map((r) => `${Math.round(r.width)}x${Math.round(r.height)}`),
        );
        assert.deepEqual(small, [], `${screen}: targets under 24x24 px`);
        if (width === 375 || width === 1280) {
          n += 1;
          await host.screenshot({ path: join(SHOTS, `${width}-${String(n).padStart(2, '0')}-${screen}.png`) });
        }
      });
      await context.close();
    });
  }
});

test('theming by custom properties, dark theme by attribute, reduced motion honoured', async () => {
  const { page, context, log, host } = await demo({ reducedMotion: 'reduce' });
  await host.evaluate((el) => {
    el.style.setProperty('--bsc-accent', 'rgb(122, 31, 92)');
    el.style.setProperty('--bsc-font', 'Georgia, serif');
    el.style.setProperty('--bsc-radius', '3px');
  });
  const start = host.getByRole('button', { name: en.ui('start') });
  const look = () =>
    start.evaluate((b) => {
      const s = getComputedStyle(b);
      return { background: s.backgroundColor, font: s.fontFamily, radius: s.borderTopLeftRadius };
    });
  const light = await look();
  assert.equal(light.background, 'rgb(122, 31, 92)');
  assert.match(light.font, /Georgia/);
  assert.equal(light.radius, '2.25px', 'buttons use 3/4 of --bsc-radius');
  await host.evaluate((el) => el.setAttribute('theme', 'dark'));
  await host.locator('.bsc[data-theme="dark"]').waitFor();
  const dark = await look();
  assert.notEqual(dark.background, light.background, 'dark mode uses --bsc-accent-dark or its default');
  assert.deepEqual(await scan(page), [], 'dark theme by attribute is axe-clean');
  await start.click();
  const transition = await host.locator('.progress-fill').evaluate((el) => getComputedStyle(el).transitionDuration);
  assert.equal(transition, '0s', 'no animation when the reader asks for reduced motion');
  assertClean(log);
  await context.close();
});
