// The size budget: everything the widget loads (embed.css, embed.js with
// the JS glue, the wasm and the largest language pack), brotli
// -q 11, at most BUDGET (e2e/bench/sizes.mjs); the goal is 60 KB. Bytes are
// deterministic, so this is a test, not a benchmark. Run after `make dist`.
// Where the bytes go and what shrank them: e2e/bench/SIZE.md.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { BUDGET, GOAL, ROOT, kb, widgetSizes } from './bench/sizes.mjs';

test(`the widget transfers at most ${kb(BUDGET)} brotli`, () => {
  const { files, total } = widgetSizes(join(ROOT, 'dist'));
  const pad = (s, n) => String(s).padStart(n);
  const lines = [...files, total].map(
    (f) => `  ${f.name.padEnd(26)} ${pad(f.raw, 8)} raw ${pad(f.gzip, 8)} gzip -9 ${pad(f.brotli, 8)} brotli -q 11`,
  );
  const gap = total.brotli - GOAL;
  lines.push(
    `  budget ${BUDGET} B (${kb(BUDGET)}): ${total.brotli <= BUDGET ? 'within' : 'OVER'} by ${Math.abs(BUDGET - total.brotli)} B`,
    gap > 0
      ? `  goal ${GOAL} B (${kb(GOAL)}): ${gap} B (${kb(gap)}) still to cut`
      : `  goal ${GOAL} B (${kb(GOAL)}): met, ${-gap} B to spare`,
  );
  console.log(`widget bytes (dist/):\n${lines.join('\n')}`);
  assert.ok(
    total.brotli <= BUDGET,
    `brotli total ${total.brotli} B (${kb(total.brotli)}) exceeds the ${BUDGET} B budget`,
  );
});
