/**
 * Turns zod's issues into kexie issues: one code per zod code, the path from the dataset's root, and
 * zod's own localised message as the detail.
 *
 * @module
 */
import * as z from "zod";
import { en, zhCN } from "zod/locales";
import { createIssue, formatPath, type Issue, type IssuePath, type Locale } from "../issue/issue.js";
import { DATE_RANGE, DATE_RANGE_PATTERN } from "../model/primitives.js";
import { requireLocale } from "./misuse.js";
import { ID_PATTERN } from "../model/primitives.js";
import { DATASET_MESSAGES, type DatasetIssueCode } from "../dataset/messages.js";

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
 * Association.safeParse(value, { error: zodErrorMap("en") });
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

function codeOf(zodCode: string | undefined): DatasetIssueCode {
  const code = `shape.${(zodCode ?? "custom").replaceAll("_", "-")}`;
  return Object.hasOwn(DATASET_MESSAGES, code) ? (code as DatasetIssueCode) : "shape.custom";
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
 * const result = Association.safeParse(value, { error: zodErrorMap("en") });
 * if (!result.success) shapeIssues(result.error.issues, ["associations", 3], "en");
 * ```
 */
export function shapeIssues(issues: readonly z.core.$ZodIssue[], prefix: IssuePath, locale: Locale): Issue[] {
  const out: Issue[] = [];
  for (const zodIssue of issues) {
    const path = [...prefix, ...zodIssue.path.map(keyOf)];
    if (zodIssue.code === "unrecognized_keys") {
      for (const key of zodIssue.keys) {
        const keyPath = [...path, key];
        out.push(
          createIssue(DATASET_MESSAGES, "shape.unknown-key", "error", keyPath, { where: formatPath(path) || "$", key }, locale),
        );
      }
      continue;
    }
    if (isOutOfRange(zodIssue)) {
      const params = { where: formatPath(path) || "$", from: DATE_RANGE.from, to: DATE_RANGE.to };
      out.push(createIssue(DATASET_MESSAGES, "date.out-of-range", "error", path, params, locale));
      continue;
    }
    const isIdRule = zodIssue.code === "invalid_format" && zodIssue.format === "regex" && zodIssue.pattern === ID_PATTERN.toString();
    const params: Record<string, string | number> = { where: formatPath(path) || "$", detail: isIdRule ? ID_RULE[locale] : zodIssue.message };
    if (zodIssue.code === "invalid_type") params["expected"] = zodIssue.expected;
    if (zodIssue.code === "invalid_format") params["format"] = zodIssue.format;
    out.push(createIssue(DATASET_MESSAGES, codeOf(zodIssue.code), "error", path, params, locale));
  }
  return out;
}
