/**
 * A quick yes to "does this record fit its schema?", derived from the zod schema itself.
 *
 * zod's parse builds a result object and an output copy for every record; for a document of millions of
 * valid records that is most of what parsing costs. A shape check answers only "certainly fits" or "ask
 * zod": it is read off the schema's definition once (types, patterns, lengths, bounds, enum values, strict
 * keys), allocates nothing per record, and falls back to zod for every part of a definition it does not
 * know. So it can never accept a record that zod rejects, and zod still words every issue.
 *
 * @module
 */
import type * as z from "zod";

/** A predicate that is true only for values the schema certainly accepts unchanged. */
export type ShapeCheck = (value: unknown) => boolean;

const NEVER: ShapeCheck = () => false;

/** The parts of a zod definition the check reads; anything else makes the check say "ask zod". */
interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: Def } }[];
  readonly check?: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly catchall?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly discriminator?: string;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly values?: readonly unknown[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { readonly _zod: { readonly def: Def } })._zod.def;
}

/**
 * Derives a {@link ShapeCheck} from a zod schema: true means zod accepts the value and its output equals
 * it; false means "not known", and the caller asks zod.
 *
 * It understands strict objects, optional fields, arrays, unions, enums, literals, booleans, strings with
 * length and pattern checks, and integers and numbers with bounds: everything the entity schemas use. A
 * schema with anything else (a transform, a default, a refinement, an object that strips unknown keys) gets
 * a check that always says false, so the caller's answer is zod's.
 *
 * @example
 * ```ts
 * const fits = shapeCheck(Association);
 * fits({ id: "tc", name: "桐城市科协", kind: "county", establishedOn: "1980-01-01" }); // true
 * fits({ id: "tc" }); // false: zod is asked, and says why
 * ```
 */
export function shapeCheck(schema: z.ZodType): ShapeCheck {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return stringCheck(def);
    case "number":
      return numberCheck(def);
    case "boolean":
      return def.checks === undefined || def.checks.length === 0 ? (value) => typeof value === "boolean" : NEVER;
    case "enum":
      return enumCheck(def);
    case "literal":
      return def.values === undefined ? NEVER : memberOf(def.values);
    case "optional":
      return optionalCheck(def);
    case "array":
      return arrayCheck(def);
    case "object":
      return objectCheck(def);
    case "union":
      return unionCheck(def);
    default:
      return NEVER;
  }
}

/**
 * An enum of strings, as `z.enum([...])` makes it (each key its own value). Enums built from a TypeScript
 * enum map names and numbers both ways, and zod reads those differently: they are left to zod.
 */
function enumCheck(def: Def): ShapeCheck {
  const entries = def.entries === undefined ? [] : Object.entries(def.entries);
  if (entries.length === 0 || !entries.every(([key, value]) => key === value)) return NEVER;
  return memberOf(entries.map(([, value]) => value));
}

function memberOf(values: readonly unknown[]): ShapeCheck {
  const allowed = new Set(values);
  return (value) => allowed.has(value);
}

function optionalCheck(def: Def): ShapeCheck {
  if (def.innerType === undefined) return NEVER;
  const inner = shapeCheck(def.innerType);
  return (value) => value === undefined || inner(value);
}

/** Length bounds from `min_length` and `max_length` checks, or undefined when a check is not one of them. */
function lengthBounds(checks: readonly Def[]): { min: number; max: number } | undefined {
  let min = 0;
  let max = Infinity;
  for (const check of checks) {
    if (check.check === "min_length" && typeof check.minimum === "number") min = Math.max(min, check.minimum);
    else if (check.check === "max_length" && typeof check.maximum === "number") max = Math.min(max, check.maximum);
    else return undefined;
  }
  return { min, max };
}

function checkDefs(def: Def): Def[] {
  return (def.checks ?? []).map((check) => check._zod.def);
}

/**
 * Formats that zod checks by their pattern alone (`.regex()` and `z.iso.date()`); others, such as URLs,
 * are checked by more than a pattern and are left to zod.
 */
const PATTERN_FORMATS: ReadonlySet<unknown> = new Set(["regex", "date"]);

/** The pattern of a pattern-only format; a global or sticky one keeps state between tests, so not those. */
function usablePattern(check: Def): RegExp | undefined {
  const pattern = check.pattern;
  const testable = check.check === "string_format" && PATTERN_FORMATS.has(check.format) && pattern instanceof RegExp;
  return testable && !pattern.global && !pattern.sticky ? pattern : undefined;
}

function stringCheck(def: Def): ShapeCheck {
  const patterns: RegExp[] = [];
  // A string format (z.iso.date()) is a check on the schema itself, with its pattern in the definition.
  if (def.check !== undefined) {
    const own = usablePattern(def);
    if (own === undefined) return NEVER;
    patterns.push(own);
  }
  const lengthChecks: Def[] = [];
  for (const check of checkDefs(def)) {
    if (check.check === "string_format") {
      const pattern = usablePattern(check);
      if (pattern === undefined) return NEVER;
      patterns.push(pattern);
    } else lengthChecks.push(check);
  }
  const bounds = lengthBounds(lengthChecks);
  if (bounds === undefined) return NEVER;
  const { min, max } = bounds;
  const [only] = patterns;
  if (patterns.length === 0) return (value) => typeof value === "string" && value.length >= min && value.length <= max;
  if (patterns.length === 1 && only !== undefined) {
    return (value) => typeof value === "string" && value.length >= min && value.length <= max && only.test(value);
  }
  return (value) => typeof value === "string" && value.length >= min && value.length <= max && patterns.every((p) => p.test(value));
}

function numberCheck(def: Def): ShapeCheck {
  // z.int() is a number whose own check is the safe-integer format; a plain z.number() has no own check.
  let integer = false;
  if (def.check !== undefined) {
    if (def.check !== "number_format" || def.format !== "safeint") return NEVER;
    integer = true;
  }
  let low = -Infinity;
  let lowInclusive = true;
  let high = Infinity;
  let highInclusive = true;
  for (const check of checkDefs(def)) {
    const { value: bound, inclusive } = check;
    if (typeof bound !== "number" || typeof inclusive !== "boolean") return NEVER;
    // Several bounds on one side: the tightest holds.
    if (check.check === "greater_than") {
      if (bound > low || (bound === low && !inclusive)) {
        low = bound;
        lowInclusive = inclusive;
      }
    } else if (check.check === "less_than") {
      if (bound < high || (bound === high && !inclusive)) {
        high = bound;
        highInclusive = inclusive;
      }
    } else return NEVER;
  }
  return (value) =>
    typeof value === "number" &&
    Number.isFinite(value) &&
    (!integer || Number.isSafeInteger(value)) &&
    (lowInclusive ? value >= low : value > low) &&
    (highInclusive ? value <= high : value < high);
}

function arrayCheck(def: Def): ShapeCheck {
  const bounds = lengthBounds(checkDefs(def));
  if (def.element === undefined || bounds === undefined) return NEVER;
  const element = shapeCheck(def.element);
  const { min, max } = bounds;
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return false;
    for (let i = 0; i < value.length; i += 1) if (!element(value[i])) return false;
    return true;
  };
}

/**
 * A strict object: every declared field fits, and no other key is there. Keys are listed with `for…in`,
 * as zod lists them, so a key zod would see as unknown is seen here too.
 */
function objectCheck(def: Def): ShapeCheck {
  const { shape, catchall } = def;
  if (shape === undefined || catchall === undefined || defOf(catchall).type !== "never" || checkDefs(def).length > 0) return NEVER;
  const keys = Object.keys(shape);
  const fields = keys.map((key) => shapeCheck(shape[key] as z.ZodType));
  const declared = new Set(keys);
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    for (let k = 0; k < keys.length; k += 1) if (!(fields[k] as ShapeCheck)(record[keys[k] as string])) return false;
    for (const key in record) if (!declared.has(key)) return false;
    return true;
  };
}

/**
 * A union accepts what one of its options accepts. A discriminated one is dispatched on its discriminator,
 * as zod does, so a value is checked against one option rather than each in turn.
 */
function unionCheck(def: Def): ShapeCheck {
  if (def.options === undefined || checkDefs(def).length > 0) return NEVER;
  const options = def.options.map(shapeCheck);
  const byTag = discriminated(def.options, def.discriminator, options);
  if (byTag !== undefined) {
    const key = def.discriminator as string;
    return (value) => {
      if (typeof value !== "object" || value === null) return false;
      const option = byTag.get((value as Record<string, unknown>)[key]);
      return option !== undefined && option(value);
    };
  }
  return (value) => options.some((option) => option(value));
}

/**
 * Each option's check by its discriminator's value, when every option is an object whose discriminator
 * is one literal of its own; otherwise undefined. Only that option can accept a value with that tag.
 */
function discriminated(schemas: readonly z.ZodType[], key: string | undefined, checks: readonly ShapeCheck[]): Map<unknown, ShapeCheck> | undefined {
  if (key === undefined) return undefined;
  const byTag = new Map<unknown, ShapeCheck>();
  for (let k = 0; k < schemas.length; k += 1) {
    const field = defOf(schemas[k] as z.ZodType).shape?.[key];
    const fieldDef = field === undefined ? undefined : defOf(field);
    const values = fieldDef?.type === "literal" ? fieldDef.values : undefined;
    if (values === undefined || values.length !== 1 || byTag.has(values[0])) return undefined;
    byTag.set(values[0], checks[k] as ShapeCheck);
  }
  return byTag;
}
