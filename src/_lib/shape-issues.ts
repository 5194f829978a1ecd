/**
 * Turns zod's issues into kexie issues: one code per zod code, the path from the dataset's root, and
 * zod's own localised message as the detail.
 *
 * @module
 */
import * as z from "zod";
import { en, zhCN } from "zod/locales";
import { createIssue, formatPath, type IssuePath, type Locale } from "../issue/issue.js";
import { DATE_RANGE, DATE_RANGE_PATTERN } from "../model/primitives.js";
import { requireLocale } from "./misuse.js";
import { ID_PATTERN } from "../model/primitives.js";
import { DATASET_MESSAGES, type DatasetIssueCode } from "../dataset/messages.js";
import { type ShapeIssue } from "../dataset/messages.js";

// zod's locale error maps are plain functions with no state; we pass them per call and never touch
// zod's global config, which belongs to the application.
const ERROR_MAPS: Readonly<Record<Locale, z.core.$ZodErrorMap>> = {
  "zh-CN": /* @__PURE__ */ zhCN().localeError,
  en: /* @__PURE__ */ en().localeError,
};

/**
 * zod's error map for a locale, passed per call so the library never changes zod's global config.
 *
 * @example
 * ```ts
 * const result = Association.safeParse({ id: "a1" }, { error: zodErrorMap("en") });
 * result.success; // → false
 * ```
 */
export function zodErrorMap(locale: Locale): z.core.$ZodErrorMap {
  return ERROR_MAPS[requireLocale("zodErrorMap", locale, "locale")];
}

// zod words a failed pattern by quoting it, which for the id rule is forty characters of `\p{L}`: the
// rule in words instead.
const ID_RULE: Readonly<Record<Locale, string>> = {
  "zh-CN": "编号须以任一文字的字母或数字开头，其后只能是字母、组合符号、数字或 . _ : -，至多 128 个字符",
  en: "an id starts with a letter or digit of any script, then only letters, combining marks, digits or . _ : -, at most 128 characters",
};

/** The dataset codes that mirror zod's issue codes. */
type ZodShapeCode = Exclude<Extract<DatasetIssueCode, `shape.${string}`>, "shape.unknown-key" | "shape.unreadable">;

function codeOf(zodCode: string | undefined): ZodShapeCode {
  const code = `shape.${(zodCode ?? "custom").replaceAll("_", "-")}`;
  return Object.hasOwn(DATASET_MESSAGES, code) && code !== "shape.unknown-key" && code !== "shape.unreadable"
    ? (code as ZodShapeCode)
    : "shape.custom";
}

// zod reports a failed `.regex()` with the pattern as text; the date range is the one we know by name.
const DATE_RANGE_SOURCE = String(DATE_RANGE_PATTERN);

function isOutOfRange(zodIssue: z.core.$ZodIssue): boolean {
  return zodIssue.code === "invalid_format" && zodIssue.format === "regex" && zodIssue.pattern === DATE_RANGE_SOURCE;
}

function keyOf(part: PropertyKey): string | number {
  return typeof part === "number" ? part : String(part);
}

/**
 * Converts the issues of a failed zod parse, found at `prefix` in the dataset, into kexie issues.
 * An unknown-keys issue becomes one issue per key, so every key has its own path; a real day outside
 * {@link DATE_RANGE} is `date.out-of-range`.
 *
 * @example
 * ```ts
 * const result = Association.safeParse({ id: "a1" }, { error: zodErrorMap("en") });
 * const issues = result.success ? [] : shapeIssues(result.error.issues, ["associations", 3], "en");
 * issues[0]?.path.slice(0, 2); // → ["associations", 3]
 * ```
 */
export function shapeIssues(issues: readonly z.core.$ZodIssue[], prefix: IssuePath, locale: Locale): ShapeIssue[] {
  const out: ShapeIssue[] = [];
  for (const zodIssue of issues) {
    const path = [...prefix, ...zodIssue.path.map(keyOf)];
    if (zodIssue.code === "unrecognized_keys") {
      for (const key of zodIssue.keys) {
        const keyPath = [...path, key];
        out.push(
          createIssue({
            catalog: DATASET_MESSAGES,
            code: "shape.unknown-key",
            params: { where: formatPath(path) || "$", key },
            path: keyPath,
            locale,
          }),
        );
      }
      continue;
    }
    if (isOutOfRange(zodIssue)) {
      const params = { where: formatPath(path) || "$", from: DATE_RANGE.from, to: DATE_RANGE.to };
      out.push(createIssue({ catalog: DATASET_MESSAGES, code: "date.out-of-range", params, path, locale }));
      continue;
    }
    const isIdRule = zodIssue.code === "invalid_format" && zodIssue.format === "regex" && zodIssue.pattern === ID_PATTERN.toString();
    const where = formatPath(path) || "$";
    const detail = isIdRule ? ID_RULE[locale] : zodIssue.message;
    const params =
      zodIssue.code === "invalid_type"
        ? { where, detail, expected: zodIssue.expected }
        : zodIssue.code === "invalid_format"
          ? { where, detail, format: zodIssue.format }
          : { where, detail };
    out.push(createIssue({ catalog: DATASET_MESSAGES, code: codeOf(zodIssue.code), params, path, locale }));
  }
  return out;
}
