/**
 * The command's own failure: a usage error or unreadable input, printed as one line in the chosen locale,
 * exit code 2.
 *
 * @module
 */
import type { IssueParam, Locale } from "../index.js";
import { say, type CliMessage } from "./messages.js";

/**
 * A failure that ends the command with exit code 2 and a one-line message. It carries a catalogue key and
 * its values, not a sentence, so the message is written in the locale the command line asked for.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly key: CliMessage;
  readonly params: Readonly<Record<string, IssueParam>>;
  constructor(key: CliMessage, params: Readonly<Record<string, IssueParam>> = {}) {
    super(say(key, "en", params));
    this.key = key;
    this.params = params;
  }

  /** The message in a locale. */
  messageIn(locale: Locale): string {
    return say(this.key, locale, this.params);
  }
}
