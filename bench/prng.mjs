// A small seeded pseudo-random generator, so every run builds exactly the same data.

/**
 * mulberry32: a 32-bit generator, fast and good enough for synthetic data.
 * Returns a function giving floats in [0, 1).
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one generator: integers in a range, picks from a list, weighted choices. */
export function randomTools(seed) {
  const next = mulberry32(seed);
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

const DAY_MS = 86_400_000;

/**
 * Every calendar date from `fromYear`-01-01 to `toYear`-12-31 as a `YYYY-MM-DD` string, so a date is an
 * index into this table and date arithmetic is integer arithmetic.
 */
export function dateTable(fromYear, toYear) {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 11, 31);
  const dates = [];
  for (let t = start; t <= end; t += DAY_MS) dates.push(new Date(t).toISOString().slice(0, 10));
  return dates;
}
