/**
 * What the `@example` blocks of src/ take as given, as a reader of the API reference would: a parsed data set
 * and its index, a document's text. scripts/extract-examples.mjs compiles every example against these.
 */
import type { Citation, DatasetIndex, ParsedDataset } from "../src/index.js";

declare global {
  /** A data set `parseDataset` accepted. */
  const dataset: ParsedDataset;
  /** Its index. */
  const index: DatasetIndex;
  /** A document's text, as read from a file. */
  const text: string;
  /** The document a rule cites. */
  const source: Citation;
}
