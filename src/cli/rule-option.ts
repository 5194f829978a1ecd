/**
 * The `--rules` option: built-in rule sets by id, composed in the order given.
 *
 * @module
 */
import { BUILT_IN_RULE_SETS, DEFAULT_RULES, type RuleSet } from "../index.js";
import { UsageError } from "./errors.js";

/** The rule sets `--rules a,b` names; the default rules (every built-in set but the opt-in pilot) when absent. */
export function ruleSetsOption(value: string | undefined): RuleSet[] {
  if (value === undefined) return [DEFAULT_RULES];
  return value.split(",").map((id) => {
    const set = BUILT_IN_RULE_SETS.find((candidate) => candidate.id === id.trim());
    if (set === undefined) {
      throw new UsageError(
        `--rules: unknown rule set ${JSON.stringify(id)}; known: ${BUILT_IN_RULE_SETS.map((s) => s.id).join(", ")}`,
      );
    }
    return set;
  });
}
