/**
 * The command's own failure: a usage error or unreadable input, printed as one line, exit code 2.
 *
 * @module
 */

/** A failure that ends the command with exit code 2 and a one-line message. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
