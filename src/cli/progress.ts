/**
 * Progress lines on stderr, only when stderr is a terminal, so pipes and logs stay clean.
 *
 * @module
 */

/** Shows a step on stderr if it is a terminal; returns the function that clears it. */
export function progress(step: string): () => void {
  if (!process.stderr.isTTY) return () => {};
  process.stderr.write(`kexie: ${step}…`);
  return () => {
    process.stderr.write("\r\x1b[K");
  };
}
