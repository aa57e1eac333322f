// Summary statistics for `make bench`: medians and percentiles, and a
// bootstrap interval that says whether a difference between two sets of
// page loads is one this run can measure at all (page-load timings on a
// busy machine spread over tens of milliseconds).

import { random } from '../lib/random.mjs';

const sorted = (xs) => [...xs].sort((a, b) => a - b);

export function median(xs) {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(0.95 * xs.length) - 1)];
export const max = (xs) => Math.max(...xs);

/** `xs` resampled with replacement, as many values as it has. */
const resample = (xs, next) => xs.map(() => xs[Math.floor(next() * xs.length)]);

export const RESAMPLES = 2000;

/**
 * The 95% percentile-bootstrap interval `[low, high]` of `stat(median(a),
 * median(b))`: each of `RESAMPLES` rounds draws both samples again with
 * replacement (they are independent page loads). Seeded, so the same
 * figures always give the same interval.
 */
export function interval(a, b, stat) {
  const next = random(0x5eed);
  const values = [];
  for (let i = 0; i < RESAMPLES; i += 1) values.push(stat(median(resample(a, next)), median(resample(b, next))));
  const s = sorted(values);
  return [s[Math.floor(0.025 * (s.length - 1))], s[Math.ceil(0.975 * (s.length - 1))]];
}

export const difference = (x, y) => x - y;
export const ratio = (x, y) => x / y;
