// Synthetic association trees of a given size: a chain (each association the parent of the next) and a
// bushy tree shaped like the national one (31 provinces, then about 11, 9, 14 and 23 children a level).

const EST = "2000-01-01";

function record(i, parentIndex) {
  return parentIndex < 0
    ? { id: `n${i.toString(36)}`, name: "科协", kind: "society", establishedOn: EST }
    : { id: `n${i.toString(36)}`, name: "科协", kind: "society", parentId: `n${parentIndex.toString(36)}`, establishedOn: EST };
}

/** n0 ← n1 ← … ← n(size-1): the record at index i has the one at i − 1 as its parent. */
export function chain(size) {
  const records = [];
  for (let i = 0; i < size; i += 1) records.push(record(i, i - 1));
  return records;
}

/** The national tree's branching factors below the root, the last one stretched to reach a million. */
export const NATIONAL_FANOUT = [31, 11, 9, 14, 23];

/** A tree in breadth-first order: one root, then each level's nodes share out the next level's. */
export function bushy(size, fanout = NATIONAL_FANOUT) {
  const records = [record(0, -1)];
  let levelStart = 0;
  let levelEnd = 1;
  for (const children of fanout) {
    for (let parent = levelStart; parent < levelEnd && records.length < size; parent += 1) {
      for (let c = 0; c < children && records.length < size; c += 1) records.push(record(records.length, parent));
    }
    levelStart = levelEnd;
    levelEnd = records.length;
  }
  // Anything still missing hangs under the last level, round robin.
  for (let parent = levelStart; records.length < size; parent = parent + 1 < levelEnd ? parent + 1 : levelStart) {
    records.push(record(records.length, parent));
  }
  return records;
}

/** The depth of the deepest record, for the report (records in parent-first order). */
export function heightOf(records) {
  const depth = new Map();
  let height = 0;
  for (const r of records) {
    const d = r.parentId === undefined ? 0 : depth.get(r.parentId) + 1;
    depth.set(r.id, d);
    if (d > height) height = d;
  }
  return height;
}
