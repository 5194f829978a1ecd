/**
 * The `--rules` option: built-in rule sets by id, composed in the order given.
 *
 * @module
 */
import { BUILT_IN_RULE_SETS } from "../charter/index.js";
import { DEFAULT_RULES, type RuleSet } from "../charter/index.js";
import { UsageError } from "./errors.js";

// Every set `--rules` knows: the built-in ones, and `default` (all of them), the id docs/charter.md gives
// DEFAULT_RULES.
const KNOWN: readonly RuleSet[] = [DEFAULT_RULES, ...BUILT_IN_RULE_SETS];

/** The rule sets `--rules a,b` names; every built-in rule when absent. */
export function ruleSetsOption(value: string | undefined): RuleSet[] {
  if (value === undefined) return [DEFAULT_RULES];
  return value.split(",").map((id) => {
    const set = KNOWN.find((candidate) => candidate.id === id.trim());
    if (set === undefined) throw new UsageError("usage.rules", { id: JSON.stringify(id), known: KNOWN.map((s) => s.id).join(", ") });
    return set;
  });
}
