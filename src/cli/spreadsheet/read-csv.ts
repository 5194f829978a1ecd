/**
 * CSV files read into a grid of cells with papaparse, after the encoding is found.
 *
 * @module
 */
import Papa from "papaparse";
import { UsageError } from "../errors.js";
import { decodeText } from "./decode-text.js";

/**
 * The rows of a CSV file as text cells, row 1 first; the delimiter (comma, tab, semicolon) is detected.
 * Quotes that never close are a usage error naming the row.
 */
export function readCsv(bytes: Uint8Array, file: string): string[][] {
  const { text } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [",", "\t", ";", "|"] });
  const broken = parsed.errors.find((error) => error.type === "Quotes");
  if (broken !== undefined) {
    throw new UsageError("input.csv-quote", { file, row: (broken.row ?? 0) + 1, reason: broken.message });
  }
  return parsed.data;
}
