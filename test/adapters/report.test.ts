import { describe, expect, it } from "vitest";
import { timelinessReportToCsv } from "../../src/adapters/csv";
import { parse } from "csv-parse/sync";
import { type CaseTimelinessFacts, type PlanFact, aggregateTimeliness, caseTimelinessFacts, timelinessReport, timelinessRows } from "../../src/report/index";
import type { CaseFile } from "../../src/schema/case-file";
import { parseCaseFileOrThrow } from "../../src/schema/parse";
import { timeline } from "../../src/timeline/compute";
import { exceptionClaim, planCase } from "./report-cases";
import lifecycle from "../../examples/cases/plan-lifecycle.json";

const YEAR_2024 = { from: "2024-01-01", to: "2024-12-31", asOf: "2025-06-01" } as const;

const noActs = { requests: [], assessmentDecisions: [], reviewDecisions: [], phaseTransferReviews: [], hasErrors: false } as const;

/** `count` synthetic plans issued in 2019, each one case. */
function* plans(count: number, plan: Omit<PlanFact, "doneOn">): Generator<CaseTimelinessFacts> {
  for (let i = 0; i < count; i += 1) yield { ...noActs, plans: [{ doneOn: "2019-06-01", ...plan }] };
}

describe("SEN2 aggregation (rules.md § 10)", () => {
  it("reproduces the 2019 national figures: 58.7% including exceptions, 60.4% excluding", () => {
    // 53,327 plans, 31,313 within 20 weeks; 3,808 exception cases, 1,418 of them within 20 weeks.
    const facts = (function* () {
      yield* plans(29_895, { inTime: true, daysToIssue: 133, exceptionCase: false });
      yield* plans(49_519 - 29_895, { inTime: false, daysToIssue: 200, exceptionCase: false });
      yield* plans(31_313 - 29_895, { inTime: true, daysToIssue: 133, exceptionCase: true });
      yield* plans(53_327 - 49_519 - (31_313 - 29_895), { inTime: false, daysToIssue: 200, exceptionCase: true });
    })();
    const { measures } = aggregateTimeliness(facts, { from: "2019-01-01", to: "2019-12-31", asOf: "2020-06-01" });
    expect(measures.plansIssued).toBe(53_327);
    expect(measures.planExceptionCases).toBe(3_808);
    expect(measures.plansWithin20WeeksIncludingExceptions).toEqual({ numerator: 31_313, denominator: 53_327, percent: 58.7 });
    expect(measures.plansWithin20WeeksExcludingExceptions).toEqual({ numerator: 29_895, denominator: 49_519, percent: 60.4 });
  });

  it("counts only acts in the period, and gives null percentages for empty denominators", () => {
    const facts: CaseTimelinessFacts[] = [
      { ...noActs, requests: ["2018-12-31", "2019-01-01"], plans: [{ doneOn: "2020-01-01", inTime: true, daysToIssue: 100, exceptionCase: false }] },
    ];
    const report = aggregateTimeliness(facts, { from: "2019-01-01", to: "2019-12-31", asOf: "2020-06-01" });
    expect(report.measures.requestsReceived).toBe(1);
    expect(report.measures.plansIssued).toBe(0);
    expect(report.measures.meanWeeksToIssue).toBeNull();
    expect(report.measures.plansWithin20WeeksIncludingExceptions.percent).toBeNull();
  });

  it("rejects a period that ends before it starts", () => {
    expect(() => aggregateTimeliness([], { from: "2019-02-01", to: "2019-01-01", asOf: "2020-01-01" })).toThrow(RangeError);
  });
});

describe("timelinessReport through timeline()", () => {
  const cases = [
    planCase("c1", "2024-01-08", "2024-05-20", {
      extra: [
        { type: "review-meeting-held", date: "2024-11-04" },
        { type: "review-decision", date: "2024-11-25", outcome: "maintain" },
      ],
    }),
    // Late, but an exception applies: an exception case, not within 20 weeks.
    planCase("c2", "2024-01-08", "2024-07-01", { extra: [exceptionClaim("personal-circumstances", "2024-03-01", "2024-03-31")] }),
    // In time with a claim the engine would accept: still an exception case (SEN2's flag).
    planCase("c3", "2024-01-08", "2024-05-20", { extra: [exceptionClaim("personal-circumstances", "2024-03-01", "2024-03-31")] }),
    // In time with a claim the engine would reject (absence under 4 weeks): not an exception case.
    planCase("c4", "2024-01-08", "2024-05-20", { extra: [exceptionClaim("absence-from-area", "2024-03-01", "2024-03-10")] }),
    // Requested in 2023, issued after 56 weeks.
    planCase("c5", "2023-01-09", "2024-02-05"),
    // Decision after 8 weeks; plan after 30 weeks.
    planCase("c6", "2024-01-08", "2024-08-05", { decided: "2024-03-04" }),
    planCase("c7", "2024-01-08", "2024-05-20", {
      extra: [
        { type: "review-meeting-held", date: "2024-11-04" },
        { type: "review-decision", date: "2024-12-16", outcome: "maintain" },
      ],
    }),
  ];

  it("gives every measure", () => {
    const report = timelinessReport(cases, YEAR_2024);
    expect(report).toMatchObject({ period: { from: "2024-01-01", to: "2024-12-31" }, asOf: "2025-06-01", cases: 7, casesWithErrors: 0, invalidInputs: 0 });
    expect(report.measures).toEqual({
      requestsReceived: 6,
      assessmentDecisionsWithin6Weeks: { numerator: 5, denominator: 6, percent: 83.3 },
      plansIssued: 7,
      planExceptionCases: 2,
      plansWithin20WeeksIncludingExceptions: { numerator: 4, denominator: 7, percent: 57.1 },
      plansWithin20WeeksExcludingExceptions: { numerator: 3, denominator: 5, percent: 60 },
      plansAfter20WeeksWithin52: { numerator: 2, denominator: 7, percent: 28.6 },
      plansAfter52Weeks: { numerator: 1, denominator: 7, percent: 14.3 },
      // (133 × 4 + 175 + 392 + 210) days / 7 plans / 7 = 26.71…
      meanWeeksToIssue: 26.7,
      reviewDecisionsWithin4Weeks: { numerator: 1, denominator: 2, percent: 50 },
      phaseTransferReviewsByDeadline: { numerator: 0, denominator: 0, percent: null },
    });
  });

  it("measures against the statutory 20 weeks under the pause reading", () => {
    // Paused by 31 days, the plan is "met" against the moved date but is not within 20 weeks.
    const paused = parseCaseFileOrThrow({
      ...planCase("p1", "2024-01-08", "2024-06-10", { extra: [exceptionClaim("personal-circumstances", "2024-03-01", "2024-03-31")] }),
      options: { exceptions: "pause" },
    });
    const { measures } = timelinessReport([paused], YEAR_2024);
    expect(measures.planExceptionCases).toBe(1);
    expect(measures.plansWithin20WeeksIncludingExceptions.numerator).toBe(0);
  });

  it("counts phase-transfer reviews due in the period, met or not", () => {
    const overdue = planCase("t1", "2023-01-09", "2023-05-22", {
      extra: [{ type: "phase-transfer-expected", date: "2023-06-01", transferDate: "2024-09-01", kind: "school" }],
    });
    expect(timelinessReport([overdue], YEAR_2024).measures.phaseTransferReviewsByDeadline).toEqual({ numerator: 0, denominator: 1, percent: 0 });
    const met = timelinessReport([parseCaseFileOrThrow(lifecycle)], { from: "2025-01-01", to: "2025-03-31", asOf: "2025-06-01" });
    expect(met.measures.phaseTransferReviewsByDeadline).toEqual({ numerator: 1, denominator: 1, percent: 100 });
  });

  it("names no case: the report holds counts only", () => {
    const text = JSON.stringify(timelinessReport(cases, YEAR_2024));
    for (const c of cases) expect(text).not.toContain(`"${c.caseId}"`);
  });

  it("writes one CSV table: what the report covers, then one row per measure", () => {
    const report = { ...timelinessReport(cases, YEAR_2024), casesWithErrors: 2, invalidInputs: 3 };
    const rows = parse<Record<string, string>>(timelinessReportToCsv(report), { columns: true });
    expect(Object.keys(rows[0] ?? {})).toEqual(["measure", "value", "numerator", "denominator", "percent"]);
    expect(rows.map((r) => r["measure"])).toEqual(timelinessRows(report).map((r) => r.measure));
    expect(new Set(rows.map((r) => r["measure"])).size).toBe(rows.length);
    const byMeasure = new Map(rows.map((r) => [r["measure"], r]));
    const single = (measure: string, value: string) => ({ measure, value, numerator: "", denominator: "", percent: "" });
    expect(rows.slice(0, 6)).toEqual([
      single("period-from", "2024-01-01"),
      single("period-to", "2024-12-31"),
      single("as-of", "2025-06-01"),
      single("cases", "7"),
      single("cases-with-errors", "2"),
      single("invalid-inputs", "3"),
    ]);
    expect(byMeasure.get("plans-issued")).toEqual(single("plans-issued", "7"));
    expect(byMeasure.get("plans-within-20-weeks-excluding-exceptions")).toEqual({
      measure: "plans-within-20-weeks-excluding-exceptions",
      value: "",
      numerator: "3",
      denominator: "5",
      percent: "60",
    });
    expect(byMeasure.get("mean-weeks-to-issue")).toEqual(single("mean-weeks-to-issue", "26.7"));
    expect(byMeasure.get("phase-transfer-reviews-by-deadline")).toEqual({
      measure: "phase-transfer-reviews-by-deadline",
      value: "",
      numerator: "0",
      denominator: "0",
      percent: "",
    });
    // Every measure of the JSON report has its row, after the six that say what it covers.
    expect(rows).toHaveLength(6 + Object.keys(report.measures).length);
  });
});

describe("first plans made after the Tribunal or a concession (rules.md § 10)", () => {
  const requested = { id: "req", type: "assessment-requested", date: "2024-01-08", by: "parent" };
  const assessing = { type: "assessment-decision", date: "2024-01-29", outcome: "assess" };
  const refusedPlan = { id: "refused", type: "plan-decision", date: "2024-03-04", outcome: "not-issue" };
  const appealed = { type: "appeal-lodged", date: "2024-03-11" };

  /** Refused a plan; the Tribunal orders one; the plan is finalised on `finalPlan`. */
  const ordered = (caseId: string, finalPlan: string) =>
    parseCaseFileOrThrow({
      caseId,
      events: [
        requested,
        assessing,
        refusedPlan,
        appealed,
        { type: "tribunal-order", date: "2024-06-03", order: "make-plan" },
        { type: "draft-plan-issued", date: "2024-07-01" },
        { type: "final-plan-issued", date: finalPlan },
      ],
    });
  const unopposed = parseCaseFileOrThrow({
    caseId: "u",
    events: [
      requested,
      assessing,
      refusedPlan,
      appealed,
      { type: "appeal-unopposed", date: "2024-03-18", appealAbout: "refusal-to-issue" },
      { type: "draft-plan-issued", date: "2024-04-15" },
      { type: "final-plan-issued", date: "2024-05-13" },
    ],
  });
  const refusedAssessment = parseCaseFileOrThrow({
    caseId: "a",
    events: [
      requested,
      { type: "assessment-decision", date: "2024-01-29", outcome: "not-assess" },
      appealed,
      { type: "tribunal-order", date: "2024-06-03", order: "assess" },
      { type: "assessment-decision", date: "2024-06-10", outcome: "assess" },
      { type: "plan-decision", date: "2024-08-05", outcome: "issue" },
      { type: "draft-plan-issued", date: "2024-08-12" },
      { type: "final-plan-issued", date: "2024-09-02" },
    ],
  });

  it("counts the plan, measured from the original request", () => {
    const facts = caseTimelinessFacts(timeline(ordered("o", "2024-08-12"), { asOf: "2025-01-10" }));
    expect(facts.requests).toEqual(["2024-01-08"]);
    // 2024-01-08 to 2024-08-12: 217 days, after the 20 weeks (due 2024-05-27).
    expect(facts.plans).toEqual([{ doneOn: "2024-08-12", inTime: false, daysToIssue: 217, exceptionCase: false }]);
  });

  it("counts plans after an unopposed appeal, a refusal to assess overturned, and a mediation agreement", () => {
    const agreed = parseCaseFileOrThrow({
      caseId: "m",
      events: [
        requested,
        assessing,
        refusedPlan,
        { type: "mediation-adviser-contacted", date: "2024-03-11", wantsMediation: true },
        { type: "mediation-held", date: "2024-04-01" },
        { type: "mediation-agreement", date: "2024-04-01", appealable: true, order: "make-plan" },
        { type: "draft-plan-issued", date: "2024-04-29" },
        { type: "final-plan-issued", date: "2024-06-10" },
      ],
    });
    const plansOf = (caseFile: CaseFile) => caseTimelinessFacts(timeline(caseFile, { asOf: "2025-01-10" })).plans;
    // 126 days: within the 20 weeks of the request, though the Regs 45 limits applied.
    expect(plansOf(unopposed)).toEqual([{ doneOn: "2024-05-13", inTime: true, daysToIssue: 126, exceptionCase: false }]);
    expect(plansOf(refusedAssessment)).toEqual([{ doneOn: "2024-09-02", inTime: false, daysToIssue: 238, exceptionCase: false }]);
    expect(plansOf(agreed)).toEqual([{ doneOn: "2024-06-10", inTime: false, daysToIssue: 154, exceptionCase: false }]);
  });

  it("puts them in plansIssued and the bands, beside plans under the 20-week limit", () => {
    const report = timelinessReport([ordered("o", "2024-08-12"), unopposed, planCase("p", "2024-01-08", "2024-05-20")], YEAR_2024);
    expect(report.measures).toMatchObject({
      requestsReceived: 3,
      plansIssued: 3,
      plansWithin20WeeksIncludingExceptions: { numerator: 2, denominator: 3, percent: 66.7 },
      plansAfter20WeeksWithin52: { numerator: 1, denominator: 3, percent: 33.3 },
      plansAfter52Weeks: { numerator: 0, denominator: 3, percent: 0 },
      // (217 + 126 + 133) / 3 / 7 = 22.66…
      meanWeeksToIssue: 22.7,
    });
  });

  /** Refused a plan; the Tribunal refers the case back to the LA (rules.md § 7, `order-reconsider`); then what the LA did. */
  const referredBack = (caseId: string, after: Record<string, unknown>[]) =>
    parseCaseFileOrThrow({
      caseId,
      events: [requested, assessing, refusedPlan, appealed, { id: "order", type: "tribunal-order", date: "2024-06-03", order: "refer-back" }, ...after],
    });

  it("counts a plan made after the case was referred back, measured from the original request", () => {
    const caseFile = referredBack("rb", [
      { type: "plan-decision", date: "2024-06-10", outcome: "issue" },
      { type: "draft-plan-issued", date: "2024-06-17" },
      { id: "final", type: "final-plan-issued", date: "2024-07-29" },
    ]);
    const result = timeline(caseFile, { asOf: "2025-01-10" });
    // Regs 44(2) (rules.md § 7): reconsider within 2 weeks of Mon 3 Jun 2024: Mon 17 Jun 2024, met by the draft. No limit is met by the plan.
    expect(result.deadlines.find((d) => d.rule === "order-reconsider")).toMatchObject({ due: "2024-06-17", status: "met" });
    expect(result.deadlines.filter((d) => d.doneBy === "final")).toEqual([]);
    // Regs 13(2): Mon 8 Jan 2024 + 20 weeks (140 days) = Mon 27 May 2024, the final-plan limit kept though not-applicable.
    expect(result.deadlines.find((d) => d.rule === "final-plan")).toMatchObject({ due: "2024-05-27", status: "not-applicable" });
    // 8 Jan to 29 Jul 2024: 23 + 29 + 31 + 30 + 31 + 30 + 29 = 203 days, after 27 May: not in time (rules.md § 10).
    expect(caseTimelinessFacts(result).plans).toEqual([{ doneOn: "2024-07-29", inTime: false, daysToIssue: 203, exceptionCase: false }]);
    const report = timelinessReport([caseFile], YEAR_2024);
    expect(report.measures).toMatchObject({ requestsReceived: 1, plansIssued: 1, plansAfter20WeeksWithin52: { numerator: 1, denominator: 1 } });
  });

  it("after a referral back and a second refusal, a plan from a new request counts once, under its own limit", () => {
    const caseFile = referredBack("rb2", [
      { type: "plan-decision", date: "2024-06-10", outcome: "not-issue" },
      { id: "req2", type: "assessment-requested", date: "2024-09-02", by: "parent" },
      { type: "assessment-decision", date: "2024-09-30", outcome: "assess" },
      { type: "draft-plan-issued", date: "2024-12-16" },
      { id: "final2", type: "final-plan-issued", date: "2025-01-13" },
    ]);
    const result = timeline(caseFile, { asOf: "2025-06-01" });
    // Regs 13(2) for the new request: Mon 2 Sep 2024 + 140 days = Mon 20 Jan 2025; 2 Sep to 13 Jan = 133 days, in time.
    expect(result.deadlines.find((d) => d.rule === "final-plan" && d.anchor.eventId === "req2")).toMatchObject({ due: "2025-01-20", status: "met" });
    expect(caseTimelinessFacts(result).plans).toEqual([{ doneOn: "2025-01-13", inTime: true, daysToIssue: 133, exceptionCase: false }]);
    // Refused again, then a plan transferred in and reassessed: the plan finalised after the reassessment is no new plan.
    const transferred = referredBack("rb3", [
      { type: "plan-decision", date: "2024-06-10", outcome: "not-issue" },
      { type: "plan-transferred-in", date: "2024-09-02", planMadeOn: "2023-06-01" },
      { type: "reassessment-requested", date: "2024-10-07" },
      { type: "reassessment-decision", date: "2024-10-21", outcome: "reassess" },
      { type: "draft-plan-issued", date: "2025-01-06" },
      { id: "final3", type: "final-plan-issued", date: "2025-02-03" },
    ]);
    const moved = timeline(transferred, { asOf: "2025-06-01" });
    expect(moved.deadlines.find((d) => d.rule === "reassessment-final-plan")).toMatchObject({ doneBy: "final3" });
    expect(caseTimelinessFacts(moved).plans).toEqual([]);
  });

  /** A refused reassessment, appealed; the Tribunal orders it; the reassessed plan follows. */
  const orderedReassessment = [
    { type: "reassessment-requested", date: "2025-01-06" },
    { type: "reassessment-decision", date: "2025-02-03", outcome: "not-reassess" },
    { type: "appeal-lodged", date: "2025-02-24" },
    { type: "tribunal-order", date: "2025-06-02", order: "assess" },
    { type: "reassessment-decision", date: "2025-06-09", outcome: "reassess" },
    { type: "final-plan-issued", date: "2025-08-18" },
  ];

  it("does not count a plan after an ordered reassessment: a plan was already maintained", () => {
    const planned = parseCaseFileOrThrow({
      caseId: "r",
      events: [requested, assessing, { type: "draft-plan-issued", date: "2024-04-15" }, { type: "final-plan-issued", date: "2024-05-13" }, ...orderedReassessment],
    });
    const result = timeline(planned, { asOf: "2025-12-01" });
    expect(result.deadlines.find((d) => d.rule === "order-assess-final-plan")?.status).toBe("met");
    expect(caseTimelinessFacts(result).plans.map((p) => p.doneOn)).toEqual(["2024-05-13"]);
    // Refused an assessment, then a plan transferred in: the reassessment's plan is no new plan either.
    const transferred = parseCaseFileOrThrow({
      caseId: "t",
      events: [
        requested,
        { type: "assessment-decision", date: "2024-01-29", outcome: "not-assess" },
        { type: "plan-transferred-in", date: "2024-06-03", planMadeOn: "2023-06-01" },
        ...orderedReassessment,
      ],
    });
    const moved = timeline(transferred, { asOf: "2025-12-01" });
    expect(moved.deadlines.find((d) => d.rule === "order-assess-final-plan")?.status).toBe("met");
    expect(caseTimelinessFacts(moved).plans).toEqual([]);
  });
});
