// Every adapter over every bundled example and every conformance vector: each rule family the
// engine has reaches the calendar, the CSV, the Mermaid chart and the SVG picture, and each
// output reads back whole (ical.js and csv-parse are independent of the writers).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { DEADLINE_CSV_COLUMNS, deadlinesToCsv } from "../../src/adapters/csv";
import { deadlineUid, formatTimelineIcs } from "../../src/adapters/ical";
import { formatTimelineMermaid } from "../../src/adapters/mermaid";
import { formatTimelineSvg } from "../../src/adapters/svg";
import { parseCaseFileOrThrow } from "../../src/schema/parse";
import { timeline } from "../../src/timeline/compute";
import { ASSESSMENT_RULES } from "../../src/law/assessment";
import { CEASING_RULES } from "../../src/law/ceasing";
import { DIRECT_PAYMENT_RULES } from "../../src/law/direct-payments";
import { DISCLOSURE_RULES } from "../../src/law/disclosure";
import { DISPUTE_RULES } from "../../src/law/disputes";
import { REASSESSMENT_RULES } from "../../src/law/reassessment";
import { publicIdOf } from "../../src/law/catalogue";
import { REVIEW_RULES } from "../../src/law/reviews";
import { SUPPORT_RULES } from "../../src/law/support";
import { TRANSFER_RULES } from "../../src/law/transfers";
import { TRIBUNAL_RULES } from "../../src/law/tribunal";
import type { Vector } from "../../src/vectors/check";
import { xmlProblems } from "./xml";

const ROOT = join(import.meta.dirname, "../..");
const EXAMPLES = join(ROOT, "examples/cases");
const EXAMPLE_AS_OF = ["2024-10-01", "2025-03-01", "2026-06-01"];

type Event = Record<string, unknown> & { type: string; date: string };

/** A first plan, finalised on 30 June 2025. */
const planned: Event[] = [
  { type: "assessment-requested", date: "2025-02-10", by: "parent" },
  { type: "assessment-decision", date: "2025-03-17", outcome: "assess" },
  { type: "draft-plan-issued", date: "2025-06-02" },
  { type: "final-plan-issued", date: "2025-06-30" },
];
const refusedAssessment: Event[] = [
  { type: "assessment-requested", date: "2025-01-06", by: "parent" },
  { type: "assessment-decision", date: "2025-02-10", outcome: "not-assess" },
];
const refusedPlan: Event[] = [
  { type: "assessment-requested", date: "2024-11-04", by: "parent" },
  { type: "assessment-decision", date: "2024-12-09", outcome: "assess" },
  { type: "plan-decision", date: "2025-02-03", outcome: "not-issue" },
];
const ceasing: Event[] = [...planned, { type: "cease-decision", date: "2025-09-01" }, { type: "appeal-lodged", date: "2025-09-15" }];
const lodged = (date: string): Event => ({ type: "appeal-lodged", date });
const ordered = (date: string, order: string): Event => ({ type: "tribunal-order", date, order });
const unopposed = (date: string, appealAbout: string): Event => ({ type: "appeal-unopposed", date, appealAbout });

/** The rule families the examples and vectors do not reach: transfers, ceasing, the Tribunal's orders. */
const FAMILY_CASES: [string, Event[], string][] = [
  [
    "reassessment",
    [...planned, { type: "reassessment-requested", date: "2025-10-01" }, { type: "reassessment-decision", date: "2025-10-14", outcome: "reassess" }],
    "2025-11-01",
  ],
  ["transfer-in", [{ type: "plan-transferred-in", date: "2025-01-15", lastReviewedOn: "2024-03-10" }], "2025-03-01"],
  ["cease", [...planned, { type: "cease-decision", date: "2025-09-01" }], "2025-09-05"],
  [
    "mediation-agreement",
    [
      ...refusedAssessment,
      { type: "mediation-adviser-contacted", date: "2025-03-01", wantsMediation: true },
      { type: "mediation-held", date: "2025-03-20" },
      { type: "mediation-agreement", date: "2025-03-20", appealable: false },
    ],
    "2025-03-25",
  ],
  [
    "mediation-agreement-carried-out",
    [
      ...refusedAssessment,
      { type: "mediation-adviser-contacted", date: "2025-03-01", wantsMediation: true },
      { type: "mediation-held", date: "2025-03-20" },
      { type: "mediation-agreement", date: "2025-03-20", appealable: false },
      { type: "mediation-agreement-carried-out", date: "2025-03-28" },
    ],
    "2025-04-01",
  ],
  ["order-make-plan", [...refusedPlan, lodged("2025-02-20"), ordered("2025-03-17", "make-plan")], "2025-03-20"],
  ["order-refer-back", [...refusedPlan, lodged("2025-02-20"), ordered("2025-03-03", "refer-back")], "2025-03-05"],
  ["order-amend-content", [...planned, lodged("2025-07-10"), ordered("2025-11-03", "amend-content")], "2025-11-05"],
  ["order-amend-placement", [...planned, lodged("2025-07-10"), ordered("2025-11-03", "amend-placement")], "2025-11-05"],
  ["order-cease", [...ceasing, ordered("2025-12-01", "cease")], "2025-12-04"],
  ["order-continue-and-amend", [...ceasing, ordered("2025-12-01", "continue-and-amend")], "2025-12-04"],
  ["unopposed-assessment", [...refusedAssessment, lodged("2025-02-24"), unopposed("2025-03-10", "assessment")], "2025-03-12"],
  ["unopposed-refusal-to-issue", [...refusedPlan, lodged("2025-02-20"), unopposed("2025-03-10", "refusal-to-issue")], "2025-03-12"],
  ["unopposed-content", [...planned, lodged("2025-07-10"), unopposed("2025-09-01", "content")], "2025-09-03"],
  ["unopposed-placement", [...planned, lodged("2025-07-10"), unopposed("2025-09-01", "placement")], "2025-09-03"],
  ["unopposed-cease", [...ceasing, unopposed("2025-10-06", "cease")], "2025-10-07"],
  // The recommendations power covers appeals about a plan, not a refusal to assess (SI 2017/1306).
  ["recommendation", [...refusedPlan, lodged("2025-02-20"), { type: "tribunal-recommendation", date: "2025-06-02", area: "health" }], "2025-06-03"],
  ["recommendation-social-care", [...planned, lodged("2025-07-10"), { type: "tribunal-recommendation", date: "2025-10-06", area: "social-care" }], "2025-10-07"],
  // One expected transfer of each kind (Regs 18(1)(a), 18(1)(b), 18(2)).
  ...(["school", "secondary-to-post16", "post16-to-post16"] as const).map((kind): [string, Event[], string] => [
    `phase-transfer-${kind}`,
    [...planned, { type: "phase-transfer-expected", date: "2025-07-01", transferDate: "2026-09-01", kind }],
    "2025-07-02",
  ]),
];

const cases: { name: string; caseFile: unknown; asOf: string }[] = [
  ...readdirSync(EXAMPLES)
    .filter((file) => file.endsWith(".json"))
    .flatMap((file) => {
      const caseFile = JSON.parse(readFileSync(join(EXAMPLES, file), "utf8")) as unknown;
      // A timeline is the case as known on its as-of date: an example is drawn from its first event on.
      const first = (caseFile as { events: { date: string }[] }).events.map((e) => e.date).sort()[0] ?? "";
      return EXAMPLE_AS_OF.filter((asOf) => asOf >= first).map((asOf) => ({ name: `${file} at ${asOf}`, caseFile, asOf }));
    }),
  ...(JSON.parse(readFileSync(join(ROOT, "test/vectors/vectors.json"), "utf8")) as Vector[]).map((v) => ({
    name: `vector ${v.id}`,
    caseFile: v.caseFile,
    asOf: v.asOf,
  })),
  ...FAMILY_CASES.map(([caseId, events, asOf]) => ({
    name: `${caseId} at ${asOf}`,
    caseFile: { caseId, child: { dateOfBirth: "2012-06-15" }, events },
    asOf,
  })),
];

/** A Mermaid task line: indented text with no `:` of its own, then `:` and the tags and dates. */
const MERMAID_TASK = /^ {4}(?!section )([^:\n]+) :((?:[a-z]+, )*)(\d{4}-\d\d-\d\d), (\d{4}-\d\d-\d\d|0d)$/;
const MERMAID_HEADER = /^(gantt| {4}(title|accTitle:|dateFormat|axisFormat|tickInterval|inclusiveEndDates|todayMarker|section)( .*)?)$/;

/** Which rule of the catalogue made a deadline: its public id, citation and owner tell the rules of a group apart. */
const ruleOfDeadline = (d: { rule: string; citation: string; owner: string }): string => `${d.rule} | ${d.citation} | ${d.owner}`;
const seenRules = new Set<string>();

describe.each(cases)("every adapter over $name", ({ caseFile, asOf }) => {
  const result = timeline(parseCaseFileOrThrow(caseFile), { asOf });
  const dated = result.deadlines.filter((d) => d.due !== null);
  for (const d of result.deadlines) seenRules.add(ruleOfDeadline(d));

  it("has deadlines to draw", () => {
    expect(result.deadlines.length).toBeGreaterThan(0);
  });

  it("iCalendar: ical.js reads one all-day event per dated deadline, on its due date", () => {
    const calendar = new ICAL.Component(ICAL.parse(formatTimelineIcs(result)));
    const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.startDate.isDate])).toEqual(dated.map((d) => [deadlineUid(result.caseId, d.key), d.due, true]));
  });

  it("CSV: csv-parse reads one row per deadline, with its key, due date and status", () => {
    const rows = parseCsv<Record<string, string>>(deadlinesToCsv([result]), { columns: true });
    expect(rows).toHaveLength(result.deadlines.length);
    expect(Object.keys(rows[0] ?? {})).toEqual([...DEADLINE_CSV_COLUMNS]);
    expect(rows.map((r) => [r["caseId"], r["key"], r["due"], r["status"]])).toEqual(result.deadlines.map((d) => [result.caseId, d.key, d.due ?? "", d.status]));
  });

  it("Mermaid: one task per dated deadline, every other line a header or section", () => {
    const lines = formatTimelineMermaid(result).trimEnd().split("\n");
    const tasks = lines.filter((line) => MERMAID_TASK.test(line));
    expect(tasks).toHaveLength(dated.length);
    expect(lines.filter((line) => !MERMAID_TASK.test(line) && !MERMAID_HEADER.test(line))).toEqual([]);
    const dueDates = tasks.map((line) => {
      const [, , , start = "", end = ""] = MERMAID_TASK.exec(line) ?? [];
      return end === "0d" ? start : end;
    });
    expect(dueDates.sort()).toEqual(dated.map((d) => d.due).sort());
  });

  it("SVG: a well-formed document with one row per deadline", () => {
    const svg = formatTimelineSvg(result);
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.split("\n").filter((line) => line.startsWith("<g>"))).toHaveLength(result.deadlines.length);
  });
});

describe("the cases above", () => {
  it.each(
    Object.entries({
      SUPPORT_RULES,
      ASSESSMENT_RULES,
      REVIEW_RULES,
      DIRECT_PAYMENT_RULES,
      DISCLOSURE_RULES,
      REASSESSMENT_RULES,
      TRANSFER_RULES,
      CEASING_RULES,
      DISPUTE_RULES,
      TRIBUNAL_RULES,
    }),
  )("reach every rule of %s", (_, rules) => {
    // describe.each bodies ran at collection, so every case's rules are in seenRules.
    const unseen = rules.filter((rule) => !seenRules.has(ruleOfDeadline({ rule: publicIdOf(rule), citation: rule.citation, owner: rule.owner })));
    expect(unseen.map((rule) => rule.id)).toEqual([]);
  });
});

describe("xmlProblems (the SVG check)", () => {
  it("accepts a well-formed document", () => {
    expect(xmlProblems('<?xml version="1.0"?>\n<a x="1" y=\'&lt;&#x41;\'><b/>t &amp; &#65;<!-- c --></a>\n')).toEqual([]);
  });

  it.each([
    ["crossed tags", "<a><b></a></b>"],
    ["a stray ampersand", "<a>x & y</a>"],
    ["< in an attribute", '<a b="<"/>'],
    ["two roots", "<a/><b/>"],
    ["an unclosed element", "<a>"],
    ["an attribute given twice", "<a b='1' b='2'/>"],
    ["text before the root", "text<a/>"],
    ["a control character", "<a>\u0001</a>"],
    ["a lone surrogate", "<a>\ud800</a>"],
    ["-- in a comment", "<a><!-- x -- y --></a>"],
    ["an unquoted attribute", "<a b=1/>"],
    ["attributes run together", '<a b="1"c="2"/>'],
    ["< that starts no tag", "<a>< b</a>"],
    ["a DTD", "<!DOCTYPE a><a/>"],
  ])("rejects %s", (_, text) => {
    expect(xmlProblems(text)).not.toEqual([]);
  });
});
