/* Timing helpers for the benchmark: monotonic clock, medians. */
"use strict";

/** Milliseconds from a monotonic clock. */
function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs fn `runs` times after `warmup` untimed runs; returns the median time in ms and every sample. */
function timeMedian(fn, runs, warmup = 1) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    fn();
    samples.push(now() - t);
  }
  return { median: median(samples), samples };
}

module.exports = { now, median, timeMedian };
