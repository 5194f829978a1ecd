// Timing and memory measurement: warm-up, interleaved rounds, medians, heap and RSS peaks.
import { performance } from "node:perf_hooks";
import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/**
 * Full garbage collection; the bench runs with --expose-gc. The collection returns once its marking is done,
 * but the collector's helper threads go on sweeping the freed memory: with a heap of gigabytes that takes a
 * few hundred milliseconds, and a call timed during it shares the memory bus and the cores with them (in the
 * national bench the first build after a collection took 1.7 times as long as one started after the sweep).
 * So the main thread waits, blocked, for the sweep to end before anything is timed.
 */
export function collect() {
  globalThis.gc();
  Atomics.wait(PAUSE, 0, 0, 500);
}

/** Bytes of JavaScript heap in use (live objects plus garbage not yet collected). */
export function heapUsed() {
  return getHeapStatistics().used_heap_size;
}

/** Bytes of heap in use after a full collection: what is really held. */
export function heapHeld() {
  collect();
  return heapUsed();
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// The sampler thread reads the process's resident set size every millisecond and keeps the maximum, so
// the peak of a step is seen even while the main thread is busy inside one synchronous call.
const SAMPLER = `
const { workerData } = require("node:worker_threads");
const peak = new Int32Array(workerData);
setInterval(() => {
  const kib = Math.floor(process.memoryUsage.rss() / 1024);
  if (kib > Atomics.load(peak, 0)) Atomics.store(peak, 0, kib);
}, 1);
`;

/** The process's peak resident set size, sampled every millisecond from a worker thread. */
export class RssSampler {
  constructor() {
    this.buffer = new SharedArrayBuffer(4);
    this.peakKib = new Int32Array(this.buffer);
    this.worker = new Worker(SAMPLER, { eval: true, workerData: this.buffer });
    this.worker.unref();
  }

  /** Starts a new window: the peak so far is forgotten. */
  reset() {
    Atomics.store(this.peakKib, 0, Math.floor(process.memoryUsage.rss() / 1024));
  }

  /** The peak RSS in bytes since the last reset. */
  peak() {
    return Math.max(Atomics.load(this.peakKib, 0) * 1024, process.memoryUsage.rss());
  }

  async stop() {
    await this.worker.terminate();
  }
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Runs one or more functions in interleaved rounds (a1 b1 a2 b2 …) after warm-up, so a slow patch on a
 * noisy machine hits every contender alike. Each round starts from a full collection, outside the timed
 * part. For each function: every round's wall-clock time and its median; the process's CPU time (all
 * threads, so it includes the collector's helper threads) and its median, which other processes on a
 * busy machine disturb less; and the memory it used on top of what was held before it started:
 * `heapBytes` is the heap in use when the call returns, before any collection (its result plus the
 * garbage not yet collected; a lower bound on the heap's peak), `rssBytes` the peak resident set size
 * seen by the sampler during the call. `onResult` sees each call's value and round (negative in warm-up).
 *
 * @param {Record<string, () => unknown>} contenders
 * @param {{ warmup?: number, rounds?: number, rss?: RssSampler, log?: (line: string) => void, onResult?: (name: string, value: unknown, round: number) => void }} options
 */
export function interleave(contenders, { warmup = 1, rounds = 5, rss, log = () => {}, onResult } = {}) {
  const names = Object.keys(contenders);
  const results = Object.fromEntries(names.map((name) => [name, { samplesMs: [], cpuSamplesMs: [], heapBytes: 0, rssBytes: 0 }]));
  for (let round = -warmup; round < rounds; round += 1) {
    for (const name of names) {
      collect();
      const heapBefore = heapUsed();
      const rssBefore = process.memoryUsage.rss();
      rss?.reset();
      const cpuStart = cpuMs();
      const start = performance.now();
      let result = contenders[name]();
      const ms = performance.now() - start;
      const cpu = cpuMs() - cpuStart;
      const heapAfter = heapUsed();
      const rssPeak = rss === undefined ? rssBefore : rss.peak();
      if (result === undefined) throw new Error(`${name} returned nothing`);
      onResult?.(name, result, round);
      result = undefined;
      const entry = results[name];
      if (round >= 0) {
        entry.samplesMs.push(ms);
        entry.cpuSamplesMs.push(cpu);
        entry.heapBytes = Math.max(entry.heapBytes, heapAfter - heapBefore);
        entry.rssBytes = Math.max(entry.rssBytes, rssPeak - rssBefore);
      }
      log(`  ${round < 0 ? "warm-up" : `round ${round + 1}/${rounds}`} ${name}: ${ms.toFixed(1)} ms (CPU ${cpu.toFixed(1)} ms)`);
    }
  }
  for (const name of names) {
    const entry = results[name];
    entry.medianMs = median(entry.samplesMs);
    entry.cpuMedianMs = median(entry.cpuSamplesMs);
  }
  return results;
}
