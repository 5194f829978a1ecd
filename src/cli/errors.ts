/**
 * The command's own failure: a usage error or unreadable input, printed as one line in the chosen locale,
 * exit code 2.
 *
 * @module
 */
import type { IssueParam, Locale } from "../index.js";
import { sayUnchecked, type CliMessage, type CliParamsArg } from "./messages.js";

/**
 * A failure that ends the command with exit code 2 and a one-line message. It carries a catalogue key and
 * its values, not a sentence, so the message is written in the locale the command line asked for.
 */
export class UsageError<K extends CliMessage = CliMessage> extends Error {
  override readonly name = "UsageError";
  readonly key: K;
  readonly params: Readonly<Record<string, IssueParam>>;
  constructor(key: K, ...[params]: CliParamsArg<K>) {
    super(sayUnchecked(key, "en", params ?? {}));
    this.key = key;
    this.params = params ?? {};
  }

  /** The message in a locale. */
  messageIn(locale: Locale): string {
    return sayUnchecked(this.key, locale, this.params);
  }
}
