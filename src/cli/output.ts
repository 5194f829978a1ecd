/**
 * The command's standard output and standard error, written with backpressure: text goes out in batches,
 * each awaited until the operating system has taken it, so a gigabyte of findings never sits in memory
 * as one string, and a failed write (a closed pipe, a full disk) ends the command instead of crashing it.
 *
 * @module
 */
import { jsonChunks } from "./json-chunks.js";
import { visible } from "./visible.js";

/** How much text is gathered before one write: large enough to be fast, small enough to stay in memory. */
const BATCH = 64 * 1024;

/** Writing to standard output failed; `code` is the system's error code (EPIPE, ENOSPC, …). */
export class OutputError extends Error {
  override readonly name = "OutputError";
  readonly code: string | undefined;
  constructor(cause: Error) {
    super(cause.message, { cause });
    this.code = (cause as NodeJS.ErrnoException).code;
  }
}

/** One output stream, its writes kept in order, its first failure remembered. */
class Channel {
  private failure: OutputError | undefined;
  private last: Promise<void> = Promise.resolve();
  private watching = false;

  constructor(
    private readonly stream: () => NodeJS.WriteStream,
    // Nothing can be said when standard error itself is gone, so its failures are dropped.
    private readonly dropsFailures: boolean,
  ) {}

  send(text: string): Promise<void> {
    const stream = this.stream();
    if (!this.watching) {
      this.watching = true;
      // A stream that fails also emits 'error'; with no listener Node would crash with a stack.
      stream.on("error", (error: Error) => {
        this.failure ??= new OutputError(error);
      });
    }
    if (this.failure !== undefined) return this.dropsFailures ? Promise.resolve() : Promise.reject(this.failure);
    const sent = new Promise<void>((resolve, reject) => {
      stream.write(text, (error) => {
        if (error === undefined || error === null) {
          resolve();
          return;
        }
        this.failure ??= new OutputError(error);
        if (this.dropsFailures) resolve();
        else reject(this.failure);
      });
    });
    // A caller that does not await still leaves no unhandled rejection; finish() reports the failure.
    sent.catch(() => {});
    this.last = sent;
    return sent;
  }

  async chunks(chunks: Iterable<string>): Promise<void> {
    let batch = "";
    for (const chunk of chunks) {
      batch += chunk;
      if (batch.length >= BATCH) {
        await this.send(batch);
        batch = "";
      }
    }
    if (batch !== "") await this.send(batch);
  }

  async finish(): Promise<void> {
    await this.last.catch(() => {});
    if (this.failure !== undefined && !this.dropsFailures) throw this.failure;
  }
}

let stdout = new Channel(() => process.stdout, false);
let stderr = new Channel(() => process.stderr, true);

/** Starts afresh, forgetting earlier failures: for `main`, which a test may call more than once. */
export function startOutput(): void {
  stdout = new Channel(() => process.stdout, false);
  stderr = new Channel(() => process.stderr, true);
}

// Lines are for people at a terminal: whatever the data holds, no control character reaches it.
function* withNewlines(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${visible(line)}\n`;
}

/** Writes text to standard output; resolves once it is written, rejects with an {@link OutputError}. */
export function writeText(text: string): Promise<void> {
  return stdout.send(text);
}

/** Writes pieces of text to standard output in batches, each written before the next is made. */
export function writeChunks(chunks: Iterable<string>): Promise<void> {
  return stdout.chunks(chunks);
}

/** Writes lines to standard output, each ended by a newline, control characters shown as escapes. */
export function writeLines(lines: Iterable<string>): Promise<void> {
  return stdout.chunks(withNewlines(lines));
}

function* jsonDocument(value: unknown): Generator<string> {
  yield* jsonChunks(value);
  yield "\n";
}

/** Writes a value to standard output as indented JSON and a newline, piece by piece, however large. */
export function writeJson(value: unknown): Promise<void> {
  return stdout.chunks(jsonDocument(value));
}

/** Writes lines to standard error (messages, never results); never rejects. */
export function writeErrorLines(lines: Iterable<string>): Promise<void> {
  return stderr.chunks(withNewlines(lines));
}

/** Waits until everything written has left the process; rejects with standard output's first failure. */
export async function finishOutput(): Promise<void> {
  await stderr.finish();
  await stdout.finish();
}
