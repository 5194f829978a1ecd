import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TONGCHENG } from "./kexie.js";

// The library refuses misuse with a TypeError; what it refuses may grow (dates outside its range, say),
// so whatever it throws is made to happen here, and main() must turn it into one line and exit 2.
const thrown = vi.hoisted(() => ({ error: undefined as unknown }));
vi.mock("../../src/charter/index.js", async (importOriginal) => {
  const library = await importOriginal<typeof import("../../src/charter/index.js")>();
  return {
    ...library,
    validateDataset: (...args: Parameters<typeof library.validateDataset>) => {
      if (thrown.error !== undefined) throw thrown.error;
      return library.validateDataset(...args);
    },
  };
});

const { main } = await import("../../src/cli/main.js");

let stdout = "";
let stderr = "";
beforeEach(() => {
  stdout = "";
  stderr = "";
  const capture =
    (into: (text: string) => void) =>
    (chunk: string | Uint8Array, ...rest: unknown[]) => {
      into(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
      callback?.();
      return true;
    };
  vi.spyOn(process.stdout, "write").mockImplementation(capture((text) => (stdout += text)) as typeof process.stdout.write);
  vi.spyOn(process.stderr, "write").mockImplementation(capture((text) => (stderr += text)) as typeof process.stderr.write);
});
afterEach(() => {
  vi.restoreAllMocks();
  thrown.error = undefined;
});

describe("main(): whatever stops the command is one line and exit 2, never a stack", () => {
  it("a TypeError from the library, even one with line breaks in it", async () => {
    thrown.error = new TypeError("validateDataset: options.asOf must be between 1900-01-01 and 2099-12-31\n    at validateDataset");
    const code = await main(["validate", TONGCHENG, "--as-of", "2020-09-07", "--locale", "en"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "kexie: cannot go on: validateDataset: options.asOf must be between 1900-01-01 and 2099-12-31\\n    at validateDataset\n",
    );
  });

  it("any other error, in Chinese by default", async () => {
    thrown.error = new RangeError("Invalid string length");
    const code = await main(["validate", TONGCHENG, "--as-of", "2020-09-07"]);
    expect(code).toBe(2);
    expect(stderr).toBe("kexie: 内部错误：Invalid string length（请报告此问题）\n");
  });

  it("and on the way through, a run that works gives its verdict", async () => {
    const code = await main(["validate", TONGCHENG, "--as-of", "2020-09-07", "--quiet", "--locale", "en"]);
    expect(code).toBe(1);
    expect(stdout).toBe(`${TONGCHENG}: 3 errors, 535 warnings\n`);
    expect(stderr).toBe("");
  });
});
