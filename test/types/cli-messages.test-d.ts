import { describe, expectTypeOf, it } from "vitest";
import { UsageError } from "../../src/cli/errors.js";
import { headerCells, say } from "../../src/cli/messages.js";

describe("the command's catalogue checks params as the library's does", () => {
  it("takes a message's placeholders, and nothing for a message without any", () => {
    expectTypeOf(say("usage.unknown-command", "en", { name: "frobnicate" })).toBeString();
    expectTypeOf(say("input.stdin", "zh-CN")).toBeString();
    headerCells("header.coverage-areas", "en", { township: "township level", village: "village level" });
    new UsageError("usage.locale", { value: "fr" });
  });

  it("rejects a missing, a misspelt or a surplus param", () => {
    // @ts-expect-error -- the message names {name}
    say("usage.unknown-command", "en");
    // @ts-expect-error -- {name}, not {command}
    say("usage.unknown-command", "en", { command: "frobnicate" });
    // @ts-expect-error -- this message has no placeholders
    say("input.stdin", "en", { file: "x" });
    // @ts-expect-error -- the header names the levels
    headerCells("header.coverage-areas", "en");
    // @ts-expect-error -- usage.locale names {value}
    new UsageError("usage.locale");
  });
});
