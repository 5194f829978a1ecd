/**
 * A quick yes to "does this record fit its schema?", derived from the zod schema itself.
 *
 * zod's parse builds a result object and an output copy for every record; for a document of millions of
 * valid records that is most of what parsing costs. A shape check answers only "certainly fits" or "ask
 * zod": it is read off the schema's definition once (types, patterns, lengths, bounds, enum values, strict
 * keys), allocates nothing per record, and is built only from parts it knows exactly. A schema with any
 * other part, at any depth, gets a check that always asks zod. So it can never accept a record that zod
 * rejects, and zod still words every issue.
 *
 * @module
 */
import type * as z from "zod";

/** A predicate that is true only for values the schema certainly accepts unchanged. */
export type ShapeCheck = (value: unknown) => boolean;

const NEVER: ShapeCheck = () => false;

/** Deeper schemas are left to zod (a schema that refers to itself through a getter has no bottom). */
const MAX_DEPTH = 32;

/** What the check reads of a zod schema or check: its definition and its traits (the classes it is). */
interface Internals {
  readonly def: Def;
  readonly traits: ReadonlySet<string>;
}

interface Def {
  readonly checks?: readonly { readonly _zod: Internals }[];
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly shape?: Readonly<Record<PropertyKey, z.ZodType>>;
  readonly catchall?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly discriminator?: string;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly values?: readonly unknown[];
  readonly keyType?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly mode?: string;
  readonly partial?: boolean;
}

function internalsOf(schema: unknown): Internals {
  return (schema as { readonly _zod: Internals })._zod;
}

/**
 * Derives a {@link ShapeCheck} from a zod schema: true means zod accepts the value and its output equals
 * it; false means "not known", and the caller asks zod.
 *
 * It knows strict objects, records with string keys, optional fields, arrays, unions (plain and
 * discriminated), string enums, literals, booleans, null, strings with length checks and `.regex()` or `z.iso.date()` patterns, and numbers
 * and integers with bounds: everything the entity schemas use. A schema with anything else anywhere in
 * it (a transform, a default, a refinement, an object that strips or passes unknown keys, another string
 * format) gets a check that always says false, so the caller's answer is zod's.
 *
 * @example
 * ```ts
 * const fits = shapeCheck(Association);
 * fits({ id: "tc", name: "桐城市科协", kind: "county", establishedOn: "1980-01-01" }); // true
 * fits({ id: "tc" }); // false: zod is asked, and says why
 * ```
 */
export function shapeCheck(schema: z.ZodType): ShapeCheck {
  return compile(schema, 0) ?? NEVER;
}

/** The check of a schema made only of known parts, or undefined. */
function compile(schema: unknown, depth: number): ShapeCheck | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const zod = internalsOf(schema);
  const { traits } = zod;
  if (traits.has("$ZodString")) return stringCheck(zod);
  if (traits.has("$ZodNumber")) return numberCheck(zod);
  if (traits.has("$ZodBoolean")) return noChecks(zod.def) ? (value) => typeof value === "boolean" : undefined;
  if (traits.has("$ZodNull")) return noChecks(zod.def) ? (value) => value === null : undefined;
  if (traits.has("$ZodEnum")) return enumCheck(zod.def);
  if (traits.has("$ZodLiteral")) return noChecks(zod.def) && zod.def.values !== undefined ? memberOf(zod.def.values) : undefined;
  // An exact optional rejects a present undefined, which a plain one accepts.
  if (traits.has("$ZodOptional") && !traits.has("$ZodExactOptional")) return optionalCheck(zod.def, depth);
  if (traits.has("$ZodArray")) return arrayCheck(zod.def, depth);
  if (traits.has("$ZodObject")) return objectCheck(zod.def, depth);
  if (traits.has("$ZodRecord")) return recordCheck(zod.def, depth);
  if (traits.has("$ZodUnion")) return unionCheck(zod, depth);
  return undefined;
}

function noChecks(def: Def): boolean {
  return def.checks === undefined || def.checks.length === 0;
}

/**
 * An enum of strings, as `z.enum([...])` makes it (each key its own value). Enums built from a TypeScript
 * enum map names and numbers both ways, and zod reads those differently: they are left to zod.
 */
function enumCheck(def: Def): ShapeCheck | undefined {
  const entries = def.entries === undefined ? [] : Object.entries(def.entries);
  if (!noChecks(def) || entries.length === 0 || !entries.every(([key, value]) => key === value)) return undefined;
  return memberOf(entries.map(([, value]) => value));
}

function memberOf(values: readonly unknown[]): ShapeCheck {
  const allowed = new Set(values);
  return (value) => allowed.has(value);
}

function optionalCheck(def: Def, depth: number): ShapeCheck | undefined {
  // An inner default would turn undefined into a value; it is an unknown part, so the whole is unknown.
  const inner = compile(def.innerType, depth + 1);
  return inner === undefined ? undefined : (value) => value === undefined || inner(value);
}

/**
 * Whether a string has at least `min` characters as zod counts them: by code point, so a rare character
 * written as two UTF-16 units (𠀀) counts once. Every code point is one or two units, so only strings
 * shorter than `2 × min` units need counting.
 */
function hasCodePoints(value: string, min: number): boolean {
  if (value.length >= 2 * min) return true;
  let count = 0;
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    count += 1;
  }
  return count >= min;
}

/**
 * A string's checks: `.min()`, `.max()` and `.regex()`, and the pattern of `z.iso.date()`, which zod
 * tests and nothing more. Other formats (an e-mail, a URL, a custom one) are checked by more than their
 * pattern, and are left to zod.
 */
function stringCheck(zod: Internals): ShapeCheck | undefined {
  const patterns: RegExp[] = [];
  if (zod.traits.has("$ZodStringFormat")) {
    if (!zod.traits.has("$ZodISODate") || zod.traits.has("$ZodCustomStringFormat")) return undefined;
    const own = testablePattern(zod.def.pattern);
    if (own === undefined) return undefined;
    patterns.push(own);
  }
  const length = { min: 0, max: Infinity };
  for (const { _zod: check } of zod.def.checks ?? []) {
    if (check.traits.has("$ZodCheckRegex")) {
      const pattern = testablePattern(check.def.pattern);
      if (pattern === undefined) return undefined;
      patterns.push(pattern);
    } else if (!narrowLength(length, check)) return undefined;
  }
  const { min, max } = length;
  // A UTF-16 length within `max` is a code-point count within it too; a longer one is left to zod.
  const fitsLength = (value: string): boolean => value.length <= max && hasCodePoints(value, min);
  const [only] = patterns;
  if (patterns.length === 0) return (value) => typeof value === "string" && fitsLength(value);
  if (patterns.length === 1 && only !== undefined) return (value) => typeof value === "string" && fitsLength(value) && only.test(value);
  return (value) => typeof value === "string" && fitsLength(value) && patterns.every((p) => p.test(value));
}

/** Narrows `length` by a `.min()` or `.max()` check; false for any other check. */
function narrowLength(length: { min: number; max: number }, check: Internals): boolean {
  const { def, traits } = check;
  if (traits.has("$ZodCheckMinLength") && typeof def.minimum === "number") length.min = Math.max(length.min, def.minimum);
  else if (traits.has("$ZodCheckMaxLength") && typeof def.maximum === "number") length.max = Math.min(length.max, def.maximum);
  else return false;
  return true;
}

/** A pattern that gives the same answer on every test: a global or sticky one keeps state between tests. */
function testablePattern(pattern: unknown): RegExp | undefined {
  return pattern instanceof RegExp && !pattern.global && !pattern.sticky ? pattern : undefined;
}

/** A number, finite; an integer within the safe range for `z.int()`; within every bound. */
function numberCheck(zod: Internals): ShapeCheck | undefined {
  let integer = false;
  if (zod.traits.has("$ZodNumberFormat")) {
    if ((zod.def as { format?: unknown }).format !== "safeint") return undefined;
    integer = true;
  }
  let low = -Infinity;
  let lowInclusive = true;
  let high = Infinity;
  let highInclusive = true;
  for (const { _zod: check } of zod.def.checks ?? []) {
    const { value: bound, inclusive } = check.def;
    if (typeof bound !== "number" || Number.isNaN(bound) || typeof inclusive !== "boolean") return undefined;
    // Several bounds on one side: the tightest holds.
    if (check.traits.has("$ZodCheckGreaterThan")) {
      if (bound > low || (bound === low && !inclusive)) {
        low = bound;
        lowInclusive = inclusive;
      }
    } else if (check.traits.has("$ZodCheckLessThan")) {
      if (bound < high || (bound === high && !inclusive)) {
        high = bound;
        highInclusive = inclusive;
      }
    } else return undefined;
  }
  return (value) =>
    typeof value === "number" &&
    Number.isFinite(value) &&
    (!integer || Number.isSafeInteger(value)) &&
    (lowInclusive ? value >= low : value > low) &&
    (highInclusive ? value <= high : value < high);
}

function arrayCheck(def: Def, depth: number): ShapeCheck | undefined {
  const element = compile(def.element, depth + 1);
  // An element that may be undefined would let a hole through, which zod's output fills in.
  if (element === undefined || element(undefined)) return undefined;
  const length = { min: 0, max: Infinity };
  for (const { _zod: check } of def.checks ?? []) if (!narrowLength(length, check)) return undefined;
  const { min, max } = length;
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return false;
    for (let i = 0; i < value.length; i += 1) if (!element(value[i])) return false;
    return true;
  };
}

/**
 * A strict object (unknown keys rejected) whose fields are all known. The value must be a plain object,
 * so every field is its own and zod's copy of it has the same keys; keys are listed with `for…in`, as zod
 * lists them. A required field must be there: zod rejects a missing one even if its schema takes undefined.
 */
function objectCheck(def: Def, depth: number): ShapeCheck | undefined {
  const { shape, catchall } = def;
  if (shape === undefined || catchall === undefined || !noChecks(def)) return undefined;
  if (!internalsOf(catchall).traits.has("$ZodNever")) return undefined;
  const ownKeys = Reflect.ownKeys(shape);
  // zod leaves a `__proto__` field out of its output, and symbol keys are not listed by `for…in`.
  if (ownKeys.some((key) => typeof key !== "string" || key === "__proto__")) return undefined;
  const keys = ownKeys as string[];
  const fields: ShapeCheck[] = [];
  const optional: boolean[] = [];
  for (const key of keys) {
    const field = compile(shape[key], depth + 1);
    if (field === undefined) return undefined;
    fields.push(field);
    optional.push(internalsOf(shape[key]).traits.has("$ZodOptional"));
  }
  const declared = new Set(keys);
  return (value) => {
    if (typeof value !== "object" || value === null) return false;
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) return false;
    const record = value as Record<string, unknown>;
    for (let k = 0; k < keys.length; k += 1) {
      const field = record[keys[k] as string];
      // An absent optional field fits without asking its check; an absent required one never does.
      if (field === undefined ? optional[k] !== true : !(fields[k] as ShapeCheck)(field)) return false;
    }
    for (const key in record) if (!declared.has(key)) return false;
    return true;
  };
}

/**
 * A record keyed by strings (`z.record(z.string()…, value)`), as zod reads it: a plain object whose own
 * keys are all enumerable strings that fit the key's checks, each value fitting the value's check. zod
 * leaves a `__proto__` key and non-enumerable keys out of its output, and rejects symbol keys, so any
 * of those makes the answer "ask zod". Records with enum keys, partial and loose records are left to zod.
 */
function recordCheck(def: Def, depth: number): ShapeCheck | undefined {
  if (!noChecks(def) || def.mode !== undefined || def.partial !== undefined) return undefined;
  const keyType = def.keyType === undefined ? undefined : internalsOf(def.keyType);
  if (keyType?.traits.has("$ZodString") !== true || (keyType as { values?: unknown }).values !== undefined) return undefined;
  const key = compile(def.keyType, depth + 1);
  const element = compile(def.valueType, depth + 1);
  if (key === undefined || element === undefined) return undefined;
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) return false;
    const record = value as Record<string, unknown>;
    for (const name of Reflect.ownKeys(record)) {
      if (typeof name !== "string" || name === "__proto__" || !Object.prototype.propertyIsEnumerable.call(record, name)) return false;
      if (!key(name) || !element(record[name])) return false;
    }
    return true;
  };
}

/**
 * A union accepts what one of its options accepts; every option is known, so whichever zod takes gives
 * the value back unchanged. A discriminated union is dispatched on its tag, as zod does; an exclusive
 * union (`z.xor`, which fails when two options fit) is left to zod.
 */
function unionCheck(zod: Internals, depth: number): ShapeCheck | undefined {
  const { def, traits } = zod;
  if (def.options === undefined || !noChecks(def) || traits.has("$ZodXor")) return undefined;
  const options: ShapeCheck[] = [];
  for (const option of def.options) {
    const check = compile(option, depth + 1);
    if (check === undefined) return undefined;
    options.push(check);
  }
  if (!traits.has("$ZodDiscriminatedUnion")) return (value) => options.some((option) => option(value));
  const key = def.discriminator;
  if (key === undefined) return undefined;
  const byTag = tagged(def.options, key, options);
  if (byTag === undefined) return undefined;
  return (value) => {
    if (typeof value !== "object" || value === null) return false;
    const option = byTag.get((value as Record<string, unknown>)[key]);
    return option !== undefined && option(value);
  };
}

/**
 * Each option's check by its tag, when every option is an object whose tag field is one literal of its
 * own (required, so a missing tag matches none); otherwise undefined.
 */
function tagged(schemas: readonly z.ZodType[], key: string, checks: readonly ShapeCheck[]): Map<unknown, ShapeCheck> | undefined {
  const byTag = new Map<unknown, ShapeCheck>();
  for (let k = 0; k < schemas.length; k += 1) {
    const field = internalsOf(schemas[k]).def.shape?.[key];
    const tag = field === undefined ? undefined : internalsOf(field);
    const values = tag?.traits.has("$ZodLiteral") === true ? tag.def.values : undefined;
    if (values?.length !== 1 || values[0] === undefined || byTag.has(values[0])) return undefined;
    byTag.set(values[0], checks[k] as ShapeCheck);
  }
  return byTag;
}
