import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datasetFile, shell, tempFile, TONGCHENG } from "./kexie.js";

// 20,000 associations with two warnings each: megabytes of output, far more than a pipe holds, so the
// command is still writing when `head` has gone.
const MANY = datasetFile("many-findings.json", {
  associations: Array.from({ length: 20_000 }, (_, i) => ({
    id: `e${i}`,
    name: `企业科协${i}`,
    kind: "enterprise",
    parentId: "tc",
    establishedOn: "2019-09-01",
    charter: { adoptedOn: "2019-09-01" },
  })),
});

describe("kexie when its output cannot be written", () => {
  it.each([["text"], ["json"], ["jsonl"]])("a reader that stops early (| head -1, --format %s): quiet, exit 141, never 1", (format) => {
    const errors = tempFile(`head-${format}.err`, "");
    const run = shell(
      `$KEXIE validate "${MANY}" --as-of 2020-01-01 --format ${format} 2>"${errors}" | head -1; echo "exit \${PIPESTATUS[0]}"`,
    );
    const [first, exit] = run.stdout.split("\n");
    expect(first).toMatch(format === "text" ? /：错误 0 项，警告 40000 项$/ : /^\{/);
    expect(exit).toBe("exit 141");
    expect(readFileSync(errors, "utf8")).toBe("");
  });

  it("a full disk (> /dev/full): one line on stderr, exit 2, in the chosen locale", () => {
    const en = shell(`$KEXIE validate "${TONGCHENG}" --as-of 2020-09-07 --locale en > /dev/full`);
    expect(en.stderr).toBe("kexie: cannot write the output: no space left on device (ENOSPC)\n");
    expect(en.code).toBe(2);
    const zh = shell(`$KEXIE stats "${TONGCHENG}" --as-of 2020-09-07 --format json > /dev/full`);
    expect(zh.stderr).toBe("kexie: 无法写出结果：no space left on device (ENOSPC)\n");
    expect(zh.code).toBe(2);
  });

  it("help to a full disk is no different", () => {
    const run = shell("$KEXIE --help > /dev/full");
    expect(run.stderr).toBe("kexie: 无法写出结果：no space left on device (ENOSPC)\n");
    expect(run.code).toBe(2);
  });
});
