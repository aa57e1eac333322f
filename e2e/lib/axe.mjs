// axe-core accessibility scans. The script is evaluated through the DevTools
// protocol, so a page's strict CSP does not block it; axe reads open shadow
// roots on its own.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Scans the page (or only `selector`) at WCAG 2.2 AA and returns the
 * violations as short strings: "rule-id: target (summary)".
 */
export async function scan(page, selector = 'back-spasm-check, [data-back-spasm-check]') {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await page.evaluate(AXE);
  const violations = await page.evaluate(
    async ([include, tags]) => {
      const result = await window.axe.run(
        { include: [include] },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      );
      return result.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} (${n.failureSummary?.split('\n').join(' ')})`),
      );
    },
    [selector, WCAG_TAGS],
  );
  return violations;
}
