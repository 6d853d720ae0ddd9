// Exceptions to the § 1 time limits (rules.md § 1, § 8; counting.md "How an exception meets a
// limit"): which grounds reach which limits, the disapply and pause readings, the indicative
// date, and the claims that do not fit.
import { EXCEPTION_GROUNDS } from "../../src/law/ground-ids";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Deadline, type Timeline, parseCaseFile, timeline } from "../../src/index";
import { civilDate, formatCivilDate } from "../../src/dates/civil-date";
import type { CaseEventOf } from "../../src/process/events";
import { type ExceptionClaim, claimDays, cutShortDetail } from "../../src/timeline/exceptions";
import { type RawCase, type RawEvent, addDays, compute, everyEventAccountedFor } from "./support";

// ---- case-file builders -------------------------------------------------------------------

const request = (date = "2024-09-04"): RawEvent => ({ id: "req", type: "assessment-requested", date, by: "parent" });
const decision = (date: string, outcome: "assess" | "not-assess" = "assess"): RawEvent => ({
  id: "dec",
  type: "assessment-decision",
  date,
  outcome,
});
const adviceRequested = (adviceId: string, date: string, extra: Record<string, unknown> = {}): RawEvent => ({
  id: `ask-${adviceId}`,
  type: "advice-requested",
  date,
  adviceId,
  from: "psychology",
  ...extra,
});
const draft = (date: string): RawEvent => ({ id: "draft", type: "draft-plan-issued", date });
const finalPlan = (date: string): RawEvent => ({ id: "final", type: "final-plan-issued", date });
const exception = (ground: string, from: string, to: string | undefined, extra: { appliesTo?: string[]; adviceId?: string; id?: string } = {}): RawEvent => ({
  id: extra.id ?? "exc",
  type: "exception-recorded",
  date: from,
  ground,
  from,
  ...(to === undefined ? {} : { to }),
  ...(extra.appliesTo === undefined ? {} : { appliesTo: extra.appliesTo }),
  ...(extra.adviceId === undefined ? {} : { adviceId: extra.adviceId }),
});

function caseOf(events: readonly RawEvent[], more: { options?: Record<string, unknown>; closures?: unknown[] } = {}): RawCase {
  return {
    caseId: "C-exceptions",
    child: { dateOfBirth: "2016-05" },
    events,
    ...(more.options === undefined ? {} : { options: more.options }),
    ...(more.closures === undefined ? {} : { calendar: { closures: more.closures } }),
  };
}

function find(result: Timeline, key: string): Deadline {
  const found = result.deadlines.find((d) => d.key === key);
  if (found === undefined) throw new Error(`no deadline ${key}`);
  return found;
}
const codes = (result: Timeline): string[] => result.problems.map((p) => p.code);

/**
 * Request Wed 4 Sep 2024; decision to assess Sun 20 Oct 2024 (late: Regs 5(1) due 16 Oct);
 * advice EP1 asked Mon 21 Oct 2024 (Regs 8(1) due 21 Oct + 42 = Mon 2 Dec 2024). Nothing else.
 * Periods (after the anchor, up to the due date): decision 5 Sep–16 Oct; advice 22 Oct–2 Dec;
 * no-plan-notice 5 Sep–25 Dec 2024; final-plan 5 Sep 2024–22 Jan 2025.
 */
const lateCase = (...more: RawEvent[]): RawEvent[] => [request(), decision("2024-10-20"), adviceRequested("EP1", "2024-10-21"), ...more];

/** A claim from Tue 10 Sep to Sat 30 Nov 2024 (21 + 31 + 30 = 82 days), inside every period. */
const wide = (ground: string) => exception(ground, "2024-09-10", "2024-11-30");

// Days of the wide claim in each period, both ends counted, and the indicative dates:
//   decision 10 Sep–16 Oct = 21 + 16 = 37 days: 16 Oct 2024 + 37 = Fri 22 Nov 2024;
//   advice 22 Oct–30 Nov = 10 + 30 = 40 days: 2 Dec 2024 + 40 = Sat 11 Jan 2025;
//   no-plan-notice 82 days: 25 Dec 2024 + 82 = Mon 17 Mar 2025;
//   final-plan 82 days: 22 Jan 2025 + 82 = Mon 14 Apr 2025.
const WIDE_INDICATIVE = {
  "assessment-decision": "2024-11-22",
  "advice:EP1": "2025-01-11",
  "no-plan-notice": "2025-03-17",
  "final-plan": "2025-04-14",
} as const;
const STATUTORY_DUE = {
  "assessment-decision": "2024-10-16",
  "advice:EP1": "2024-12-02",
  "draft-plan": "2024-12-11",
  "no-plan-notice": "2024-12-25",
  "final-plan": "2025-01-22",
} as const;
/** Without an exception, as of 1 May 2025: the decision late, everything else overdue. */
const PLAIN_STATUS = {
  "assessment-decision": "late",
  "advice:EP1": "overdue",
  "draft-plan": "overdue",
  "no-plan-notice": "overdue",
  "final-plan": "overdue",
} as const;

type LimitKey = keyof typeof STATUTORY_DUE;
const LIMITS = Object.keys(STATUTORY_DUE) as LimitKey[];

// ---- which grounds reach which limits ------------------------------------------------------

describe("each ground applies only to the limits it can apply to (rules.md § 1, default appliesTo)", () => {
  const cases: readonly [string, readonly LimitKey[]][] = [
    // Regs 5(4)(c), 10(4)(c), 13(3): not Regs 8(2); never the practice target.
    ["personal-circumstances", ["assessment-decision", "no-plan-notice", "final-plan"]],
    // Regs 5(4)(d), 10(4)(d), 13(3): at least 4 weeks in each period (37, 82 and 82 days here).
    ["absence-from-area", ["assessment-decision", "no-plan-notice", "final-plan"]],
    // Regs 8(2)(a)–(c): advice only.
    ["advice-exceptional-circumstances", ["advice:EP1"]],
    ["advice-absence", ["advice:EP1"]],
    ["missed-appointment", ["advice:EP1"]],
  ];
  it.each(cases)("%s", (ground, applies) => {
    const result = compute(caseOf(lateCase(wide(ground))), "2025-05-01");
    for (const key of LIMITS) {
      const d = find(result, key);
      // The statutory date never moves under the default reading (disapply).
      expect(d.due, key).toBe(STATUTORY_DUE[key]);
      if ((applies as readonly string[]).includes(key)) {
        expect(d.status, key).toBe("disapplied");
        expect(d.indicativeDue, key).toBe(WIDE_INDICATIVE[key as keyof typeof WIDE_INDICATIVE]);
        expect(d.exception, key).toMatchObject({ reading: "disapply", grounds: [ground], events: ["exc"] });
        expect(d.reading["exceptions"], key).toBe("disapply");
      } else {
        expect(d.status, key).toBe(PLAIN_STATUS[key]);
        expect(d.indicativeDue, key).toBeNull();
        expect(d.exception, key).toBeNull();
      }
    }
    expect(codes(result).filter((c) => c.startsWith("exception-"))).toEqual([]);
  });

  it("not-recorded (a return's Week20) reaches the 20-week limit only, applied as recorded and flagged as unchecked", () => {
    // Regs 13(3): the final plan's limit, due Wed 22 Jan 2025; the wide claim's 82 days give Mon 14 Apr 2025.
    const result = compute(caseOf(lateCase(wide("not-recorded"))), "2025-05-01");
    for (const key of LIMITS) {
      const d = find(result, key);
      expect(d.due, key).toBe(STATUTORY_DUE[key]);
      if (key === "final-plan") expect(d).toMatchObject({ status: "disapplied", indicativeDue: "2025-04-14", exception: { grounds: ["not-recorded"] } });
      else expect(d, key).toMatchObject({ status: PLAIN_STATUS[key], exception: null });
    }
    expect(result.problems.filter((p) => p.code.startsWith("exception-"))).toMatchObject([
      { code: "exception-ground-not-recorded", severity: "warning", eventId: "exc", key: "final-plan" },
    ]);
  });

  it("not-recorded named for a limit other than the 20-week one is refused", () => {
    const result = compute(caseOf(lateCase(exception("not-recorded", "2024-09-10", "2024-11-30", { appliesTo: ["assessment-decision"] }))), "2025-05-01");
    expect(find(result, "assessment-decision")).toMatchObject({ status: "late", exception: null });
    expect(codes(result)).toContain("exception-ground-not-applicable");
  });

  it("the exception records its days and the provision, e.g. Regs 13(3)/10(4)(c) for the final plan", () => {
    const d = find(compute(caseOf(lateCase(wide("personal-circumstances"))), "2025-05-01"), "final-plan");
    expect(d.exception?.daysCovered).toBe(82);
    expect(d.exception?.citations.join(" ")).toMatch(/13\(3\)/);
    expect(d.exception?.citations.join(" ")).toMatch(/10\(4\)\(c\)/);
  });

  it("an advice exception naming an adviceId reaches only that advice request", () => {
    // EP1 and SLT both asked Mon 21 Oct 2024, due 2 Dec 2024. Missed appointment for EP1, 1–10 Nov (10 days):
    // 2 Dec 2024 + 10 = Thu 12 Dec 2024.
    const events = [...lateCase(), adviceRequested("SLT", "2024-10-21"), exception("missed-appointment", "2024-11-01", "2024-11-10", { adviceId: "EP1" })];
    const result = compute(caseOf(events), "2025-01-10");
    expect(find(result, "advice:EP1")).toMatchObject({ status: "disapplied", indicativeDue: "2024-12-12" });
    expect(find(result, "advice:SLT")).toMatchObject({ status: "overdue", indicativeDue: null, exception: null });
  });
});

// ---- disapply: the indicative date ---------------------------------------------------------

describe("reading disapply (default): status disapplied, indicativeDue = due + exception days in (anchor, due]", () => {
  const decisionOnly = (claim: RawEvent) => find(compute(caseOf([request(), claim]), "2024-11-30"), "assessment-decision");

  it("a single day, the day after the request: 16 Oct 2024 + 1 = Thu 17 Oct 2024 (Regs 5(4)(c))", () => {
    expect(decisionOnly(exception("personal-circumstances", "2024-09-05", "2024-09-05"))).toMatchObject({
      due: "2024-10-16",
      status: "disapplied",
      indicativeDue: "2024-10-17",
      exception: { daysCovered: 1 },
    });
  });

  it("the day of the request itself is not inside the period: 4–6 Sep counts 5 and 6 Sep only: 16 Oct + 2 = Fri 18 Oct 2024", () => {
    expect(decisionOnly(exception("personal-circumstances", "2024-09-04", "2024-09-06"))).toMatchObject({
      indicativeDue: "2024-10-18",
      exception: { daysCovered: 2 },
    });
  });

  it("a claim starting before the request counts only its days after it: 20 Aug–10 Sep counts 5–10 Sep (6): Tue 22 Oct 2024", () => {
    expect(decisionOnly(exception("personal-circumstances", "2024-08-20", "2024-09-10"))).toMatchObject({
      indicativeDue: "2024-10-22",
      exception: { daysCovered: 6 },
    });
  });

  it("the due date itself is inside the period: 16–20 Oct counts 16 Oct only: Thu 17 Oct 2024", () => {
    expect(decisionOnly(exception("personal-circumstances", "2024-10-16", "2024-10-20"))).toMatchObject({
      status: "disapplied",
      indicativeDue: "2024-10-17",
      exception: { daysCovered: 1 },
    });
  });

  it("a claim wholly after the due date does not touch the limit", () => {
    const result = compute(caseOf([request(), exception("personal-circumstances", "2024-10-17", "2024-10-30")]), "2024-11-30");
    expect(find(result, "assessment-decision")).toMatchObject({ status: "overdue", indicativeDue: null, exception: null });
    // It does fall in the no-plan-notice period (5 Sep–25 Dec): 14 days, 25 Dec 2024 + 14 = Wed 8 Jan 2025.
    expect(find(result, "no-plan-notice").indicativeDue).toBe("2025-01-08");
  });

  it("overlapping exceptions count each day once: 1–10 Nov and 5 Nov–10 Dec 2024 cover 1 Nov–10 Dec = 40 days", () => {
    // Union: 30 days of November + 10 of December = 40.
    // Regs 10(4): 25 Dec 2024 + 40 = Mon 3 Feb 2025. Regs 13(3): 22 Jan 2025 + 40 = Mon 3 Mar 2025.
    const events = [
      request(),
      decision("2024-10-10"),
      exception("personal-circumstances", "2024-11-01", "2024-11-10", { id: "x1" }),
      exception("absence-from-area", "2024-11-05", "2024-12-10", { id: "x2" }),
    ];
    const result = compute(caseOf(events), "2025-05-01");
    expect(find(result, "no-plan-notice")).toMatchObject({ status: "disapplied", indicativeDue: "2025-02-03", exception: { daysCovered: 40 } });
    expect(find(result, "final-plan")).toMatchObject({ status: "disapplied", indicativeDue: "2025-03-03", exception: { daysCovered: 40 } });
    expect([...(find(result, "final-plan").exception?.events ?? [])].sort()).toEqual(["x1", "x2"]);
  });

  it("an open-ended claim runs to the as-of date: from Wed 15 Jan 2025, as of Thu 30 Jan: 15–22 Jan = 8 days", () => {
    // Regs 13(3): 22 Jan 2025 + 8 = Thu 30 Jan 2025.
    const result = compute(caseOf([request(), decision("2024-10-10"), exception("personal-circumstances", "2025-01-15", undefined)]), "2025-01-30");
    expect(find(result, "final-plan")).toMatchObject({ status: "disapplied", indicativeDue: "2025-01-30" });
    expect(find(result, "no-plan-notice").status).toBe("overdue");
  });

  it("a limit done late under a valid exception is disapplied, not late", () => {
    // Final plan Wed 5 Feb 2025, after 22 Jan 2025, with the wide personal claim.
    const events = [...lateCase(wide("personal-circumstances")), draft("2025-01-10"), finalPlan("2025-02-05")];
    expect(find(compute(caseOf(events), "2025-05-01"), "final-plan")).toMatchObject({ status: "disapplied", doneOn: "2025-02-05" });
  });

  it("a limit met on time stays met whatever exceptions exist", () => {
    // Final plan Mon 20 Jan 2025, before 22 Jan 2025; decision 10 Oct, before 16 Oct.
    const events = [request(), decision("2024-10-10"), draft("2024-12-01"), finalPlan("2025-01-20"), wide("personal-circumstances")];
    for (const exceptions of ["disapply", "pause"]) {
      const result = compute(caseOf(events, { options: { exceptions } }), "2025-05-01");
      expect(find(result, "final-plan"), exceptions).toMatchObject({ due: "2025-01-22", status: "met", indicativeDue: null });
      expect(find(result, "assessment-decision"), exceptions).toMatchObject({ due: "2024-10-16", status: "met" });
    }
  });
});

// ---- pause: the due date moves -------------------------------------------------------------

describe("reading pause: the due date itself moves and the status is judged against it", () => {
  const pause = { options: { exceptions: "pause" } };
  const drafted = () => [...lateCase(wide("personal-circumstances")), draft("2025-01-10")];

  it("final plan: 22 Jan 2025 + 82 days = Mon 14 Apr 2025; pending on 14 Apr, overdue on 15 Apr", () => {
    const on = find(compute(caseOf(drafted(), pause), "2025-04-14"), "final-plan");
    expect(on).toMatchObject({ due: "2025-04-14", status: "pending", exception: { reading: "pause", daysCovered: 82 } });
    expect(on.reading["exceptions"]).toBe("pause");
    expect(find(compute(caseOf(drafted(), pause), "2025-04-15"), "final-plan").status).toBe("overdue");
  });

  it("a final plan on Thu 10 Apr 2025 is met, one on Tue 15 Apr 2025 is late", () => {
    expect(find(compute(caseOf([...drafted(), finalPlan("2025-04-10")], pause), "2025-05-01"), "final-plan")).toMatchObject({
      due: "2025-04-14",
      status: "met",
    });
    expect(find(compute(caseOf([...drafted(), finalPlan("2025-04-15")], pause), "2025-05-01"), "final-plan")).toMatchObject({
      due: "2025-04-14",
      status: "late",
    });
  });

  it("the decision: 16 Oct 2024 + 37 days = Fri 22 Nov 2024, so the decision of 20 Oct is met", () => {
    expect(find(compute(caseOf(lateCase(wide("personal-circumstances")), pause), "2025-05-01"), "assessment-decision")).toMatchObject({
      due: "2024-11-22",
      status: "met",
    });
  });
});

// ---- absence and closure claims that must be checked ---------------------------------------

describe("claims whose dates must fit the ground", () => {
  it("an absence of 27 days (1–27 Nov 2024) is too short: exception-absence-too-short, not applied", () => {
    const result = compute(caseOf([request(), decision("2024-10-10"), exception("absence-from-area", "2024-11-01", "2024-11-27")]), "2025-05-01");
    expect(codes(result)).toContain("exception-absence-too-short");
    expect(result.problems.find((p) => p.code === "exception-absence-too-short")?.eventId).toBe("exc");
    expect(find(result, "final-plan")).toMatchObject({ status: "overdue", exception: null, indicativeDue: null });
    expect(find(result, "no-plan-notice")).toMatchObject({ status: "overdue", exception: null });
  });

  it("an absence of exactly 4 weeks (1–28 Nov 2024) applies: 22 Jan 2025 + 28 = Wed 19 Feb 2025 (Regs 10(4)(d))", () => {
    const result = compute(caseOf([request(), decision("2024-10-10"), exception("absence-from-area", "2024-11-01", "2024-11-28")]), "2025-05-01");
    expect(codes(result)).not.toContain("exception-absence-too-short");
    expect(find(result, "final-plan")).toMatchObject({ status: "disapplied", indicativeDue: "2025-02-19" });
  });

  it("a claim rejected for two limits is one problem naming both: 1–20 Nov 2024 is 20 days in each period (Regs 10(4)(d), 13(3))", () => {
    // Decision on 10 Oct 2024 met Regs 5(1) (due 16 Oct), so only the 16- and 20-week limits judge the claim.
    const result = compute(caseOf([request(), decision("2024-10-10"), exception("absence-from-area", "2024-11-01", "2024-11-20")]), "2025-05-01");
    const rejected = result.problems.filter((p) => p.code === "exception-absence-too-short");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ eventId: "exc", key: "no-plan-notice", severity: "error" });
    expect(rejected[0]?.detail).toBe("20 of the 28 days needed; for no-plan-notice, final-plan");
  });

  it("…and with what was wrong for each limit where it differs: 10 Dec 2024–5 Jan 2025 is 16 days to 25 Dec, 27 to 22 Jan", () => {
    // no-plan-notice period ends 25 Dec: 10–25 Dec = 16 days; final-plan period ends 22 Jan: 22 + 5 = 27 days; both < 28.
    const result = compute(caseOf([request(), decision("2024-10-10"), exception("absence-from-area", "2024-12-10", "2025-01-05")]), "2025-05-01");
    const rejected = result.problems.filter((p) => p.code === "exception-absence-too-short");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.detail).toBe("no-plan-notice: 16 of the 28 days needed; final-plan: 27 of the 28 days needed");
    expect(find(result, "final-plan")).toMatchObject({ status: "overdue", exception: null });
  });

  it("the 4 weeks must fall within the limit's period: 1 Dec 2024–10 Jan 2025 fits the final plan, not the 16-week notice", () => {
    // no-plan-notice period ends 25 Dec: 1–25 Dec = 25 days < 28 → problem, not applied.
    // final-plan period ends 22 Jan: 1 Dec–10 Jan = 31 + 10 = 41 days → 22 Jan 2025 + 41 = Tue 4 Mar 2025.
    const result = compute(caseOf([request(), decision("2024-10-10"), exception("absence-from-area", "2024-12-01", "2025-01-10")]), "2025-05-01");
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "exception-absence-too-short", eventId: "exc" }));
    expect(find(result, "no-plan-notice")).toMatchObject({ status: "overdue", exception: null });
    expect(find(result, "final-plan")).toMatchObject({ status: "disapplied", indicativeDue: "2025-03-04" });
  });
});

describe("school-closure and early-years-closure (Regs 5(4)(a)–(b), 10(4)(a)–(b))", () => {
  // S1 closed Fri 25 Oct–Sat 30 Nov 2024 (7 + 30 = 37 days ≥ 28); it re-opens Sun 1 Dec.
  // Window for the advice request: 25 Oct − 7 = Fri 18 Oct to 1 Dec − 7 = Sun 24 Nov 2024.
  const closures = [{ setting: "S1", from: "2024-10-25", to: "2024-11-30" }];
  const claim = (ground = "school-closure") => exception(ground, "2024-10-25", "2024-11-30");
  const withAdvice = (date: string, setting = "S1", more: Record<string, unknown> = {}) => [
    request(),
    decision("2024-10-10"),
    adviceRequested("SCH", date, { from: "education", setting, ...more }),
    claim(),
  ];
  // The claim covers 37 days of the no-plan-notice and final-plan periods:
  // Regs 10(4)(a): 25 Dec 2024 + 37 = Fri 31 Jan 2025; Regs 13(3): 22 Jan 2025 + 37 = Fri 28 Feb 2025.

  it("an advice request from S1 inside the window (Mon 21 Oct) makes the claim apply, but never to advice (Regs 8(2))", () => {
    const result = compute(caseOf(withAdvice("2024-10-21"), { closures }), "2025-05-01");
    expect(find(result, "no-plan-notice")).toMatchObject({ status: "disapplied", indicativeDue: "2025-01-31" });
    expect(find(result, "final-plan")).toMatchObject({ status: "disapplied", indicativeDue: "2025-02-28" });
    // Advice asked 21 Oct 2024 + 42 = Mon 2 Dec 2024: untouched by a school-closure claim.
    expect(find(result, "advice:SCH")).toMatchObject({ due: "2024-12-02", status: "overdue", exception: null });
    expect(codes(result).filter((c) => c.startsWith("exception-"))).toEqual([]);
  });

  it("early-years-closure works the same way for an early-years setting", () => {
    const events = [request(), decision("2024-10-10"), adviceRequested("EY", "2024-10-21", { from: "education", setting: "S1" }), claim("early-years-closure")];
    const result = compute(caseOf(events, { closures }), "2025-05-01");
    expect(find(result, "final-plan")).toMatchObject({ status: "disapplied", indicativeDue: "2025-02-28", exception: { grounds: ["early-years-closure"] } });
  });

  it.each([
    ["Fri 18 Oct, the window's first day", "2024-10-18", true],
    ["Sun 24 Nov, the window's last day", "2024-11-24", true],
    ["Thu 17 Oct, the day before the window", "2024-10-17", false],
    ["Mon 25 Nov, the day after the window", "2024-11-25", false],
  ])("an advice request on %s", (_label, date, applies) => {
    const result = compute(caseOf(withAdvice(date), { closures }), "2025-05-01");
    if (applies) {
      expect(find(result, "final-plan").status).toBe("disapplied");
      expect(codes(result)).not.toContain("exception-closure-not-found");
    } else {
      expect(find(result, "final-plan")).toMatchObject({ status: "overdue", exception: null });
      expect(codes(result)).toContain("exception-closure-not-found");
    }
  });

  it("no closures in the calendar: exception-closure-not-found, not applied", () => {
    const result = compute(caseOf(withAdvice("2024-10-21")), "2025-05-01");
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "exception-closure-not-found", eventId: "exc", severity: "error" }));
    expect(find(result, "final-plan")).toMatchObject({ status: "overdue", exception: null });
  });

  it("a closure of 27 days (25 Oct–20 Nov 2024) is not 4 continuous weeks: exception-closure-not-found", () => {
    const short = [{ setting: "S1", from: "2024-10-25", to: "2024-11-20" }];
    const result = compute(caseOf(withAdvice("2024-10-21"), { closures: short }), "2025-05-01");
    expect(codes(result)).toContain("exception-closure-not-found");
    expect(find(result, "final-plan").status).toBe("overdue");
  });

  it("a closure of exactly 28 days (25 Oct–21 Nov 2024) is enough", () => {
    // Re-opens 22 Nov; window 18 Oct–15 Nov; request 21 Oct inside.
    const exact = [{ setting: "S1", from: "2024-10-25", to: "2024-11-21" }];
    const result = compute(caseOf(withAdvice("2024-10-21"), { closures: exact }), "2025-05-01");
    expect(codes(result)).not.toContain("exception-closure-not-found");
    expect(find(result, "final-plan").status).toBe("disapplied");
  });

  it("an advice request from another setting does not fit S1's closure", () => {
    const result = compute(caseOf(withAdvice("2024-10-21", "S2"), { closures }), "2025-05-01");
    expect(codes(result)).toContain("exception-closure-not-found");
    expect(find(result, "final-plan").status).toBe("overdue");
  });

  it("an advice request to a health body (no setting) is not a request to the closed school's head (Regs 5(4)(a))", () => {
    const events = [request(), decision("2024-10-10"), { id: "ask-H", type: "advice-requested", date: "2024-10-21", adviceId: "H", from: "health" }, claim()];
    const result = compute(caseOf(events, { closures }), "2025-05-01");
    expect(codes(result)).toContain("exception-closure-not-found");
    expect(find(result, "final-plan")).toMatchObject({ status: "overdue", exception: null });
  });
});

describe("coronavirus (SI 2020/471; rules.md § 8): only days from 1 May to 25 Sep 2020", () => {
  // Request Wed 1 Apr 2020: decision 1 Apr + 42 = Wed 13 May 2020; no-plan-notice + 112 = Wed 22 Jul 2020;
  // final plan + 140 = Wed 19 Aug 2020.
  const req2020 = request("2020-04-01");

  it("a claim of 1 May–10 Jun 2020 applies to the decision, the notice and the final plan", () => {
    // Decision: 1–13 May = 13 days: 13 May + 13 = Tue 26 May 2020.
    // 16 weeks and 20 weeks: 1 May–10 Jun = 31 + 10 = 41 days: 22 Jul + 41 = Tue 1 Sep 2020; 19 Aug + 41 = Tue 29 Sep 2020.
    const result = compute(caseOf([req2020, exception("coronavirus", "2020-05-01", "2020-06-10")]), "2020-12-01");
    expect(find(result, "assessment-decision")).toMatchObject({ status: "disapplied", indicativeDue: "2020-05-26" });
    expect(find(result, "no-plan-notice")).toMatchObject({ status: "disapplied", indicativeDue: "2020-09-01" });
    expect(find(result, "final-plan")).toMatchObject({ status: "disapplied", indicativeDue: "2020-09-29" });
    expect(find(result, "draft-plan")).toMatchObject({ status: "overdue", exception: null });
  });

  it("a claim ending on 25 Sep 2020, the last day, applies", () => {
    // Request Tue 1 Sep 2020: decision 1 Sep + 42 = Tue 13 Oct 2020; 20–25 Sep = 6 days: 13 Oct + 6 = Mon 19 Oct 2020.
    const result = compute(caseOf([request("2020-09-01"), exception("coronavirus", "2020-09-20", "2020-09-25")]), "2020-12-01");
    expect(find(result, "assessment-decision")).toMatchObject({ due: "2020-10-13", status: "disapplied", indicativeDue: "2020-10-19" });
  });

  it("a claim wholly after 25 Sep 2020 is exception-coronavirus-outside-period and not applied", () => {
    const result = compute(caseOf([request("2020-09-01"), exception("coronavirus", "2020-09-28", "2020-10-05")]), "2020-12-01");
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "exception-coronavirus-outside-period", eventId: "exc", severity: "error" }));
    expect(find(result, "assessment-decision")).toMatchObject({ due: "2020-10-13", status: "overdue", exception: null });
  });

  it("a claim wholly before 1 May 2020 is outside the period too", () => {
    const result = compute(caseOf([req2020, exception("coronavirus", "2020-04-10", "2020-04-30")]), "2020-12-01");
    expect(codes(result)).toContain("exception-coronavirus-outside-period");
    expect(find(result, "assessment-decision")).toMatchObject({ status: "overdue", exception: null });
  });

  it("an open-ended claim starting after 25 Sep 2020 is outside the period too, whatever the as-of date", () => {
    // Nothing of 28 Sep 2020–1 Dec 2020 falls in 1 May–25 Sep 2020 (SI 2020/471): rejected whole, not cut.
    const result = compute(caseOf([request("2020-09-01"), exception("coronavirus", "2020-09-28", undefined)]), "2020-12-01");
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "exception-coronavirus-outside-period", eventId: "exc", severity: "error" }));
    expect(codes(result)).not.toContain("exception-coronavirus-cut-short");
    expect(find(result, "assessment-decision")).toMatchObject({ due: "2020-10-13", status: "overdue", exception: null });
  });

  describe("a claim starting before 1 May 2020 starts on 1 May, the ground's first day (SI 2020/471; rules.md § 8)", () => {
    it("recorded 20 Apr–10 Jun 2020: only 1 May–10 Jun counts, as for a claim recorded so, with an exception-coronavirus-cut-short warning", () => {
      // Request Wed 1 Apr 2020. Decision (Regs 5(1), reg 5(4) as amended): 1–13 May = 13 days: 13 May + 13 = Tue 26 May 2020
      // (20 Apr–13 May, 24 days, would have given Sat 6 Jun). 16 and 20 weeks (Regs 10(4), 13(3)): 1 May–10 Jun = 41 days:
      // 22 Jul + 41 = Tue 1 Sep 2020; 19 Aug + 41 = Tue 29 Sep 2020.
      const result = compute(caseOf([req2020, exception("coronavirus", "2020-04-20", "2020-06-10")]), "2020-12-01");
      expect(result.problems.filter((p) => p.code.startsWith("exception-"))).toEqual([
        expect.objectContaining({ code: "exception-coronavirus-cut-short", eventId: "exc", severity: "warning", message: expect.stringContaining("before 2020-05-01") }),
      ]);
      expect(find(result, "assessment-decision")).toMatchObject({ due: "2020-05-13", status: "disapplied", indicativeDue: "2020-05-26" });
      expect(find(result, "assessment-decision").exception?.daysCovered).toBe(13);
      expect(find(result, "no-plan-notice")).toMatchObject({ due: "2020-07-22", status: "disapplied", indicativeDue: "2020-09-01" });
      expect(find(result, "final-plan")).toMatchObject({ due: "2020-08-19", status: "disapplied", indicativeDue: "2020-09-29" });
      expect(find(result, "final-plan").explanation.join("\n")).toContain("Friday 1 May 2020 (2020-05-01) to Wednesday 10 June 2020 (2020-06-10)");
    });

    it("recorded 20 Apr–31 Oct 2020: cut at both ends to 1 May–25 Sep, one warning", () => {
      // Request Wed 1 Apr 2020. Decision: 1–13 May = 13 days: Tue 26 May 2020.
      // 16 weeks, period 2 Apr–22 Jul: 1 May–22 Jul = 31 + 30 + 22 = 83 days: 22 Jul + 83 = Tue 13 Oct 2020 (Regs 10(4)).
      // 20 weeks, period 2 Apr–19 Aug: 1 May–19 Aug = 31 + 30 + 31 + 19 = 111 days: 19 Aug + 111 = Tue 8 Dec 2020 (Regs 13(3)).
      const result = compute(caseOf([req2020, exception("coronavirus", "2020-04-20", "2020-10-31")]), "2020-12-01");
      expect(result.problems.filter((p) => p.code.startsWith("exception-"))).toEqual([
        expect.objectContaining({ code: "exception-coronavirus-cut-short", eventId: "exc", severity: "warning" }),
      ]);
      expect(find(result, "assessment-decision")).toMatchObject({ status: "disapplied", indicativeDue: "2020-05-26" });
      expect(find(result, "no-plan-notice")).toMatchObject({ due: "2020-07-22", status: "disapplied", indicativeDue: "2020-10-13" });
      expect(find(result, "final-plan")).toMatchObject({ due: "2020-08-19", status: "disapplied", indicativeDue: "2020-12-08" });
      expect(find(result, "final-plan").exception?.daysCovered).toBe(111);
    });

    it("open-ended from 20 Apr 2020, as of 1 Mar 2021: counted 1 May–25 Sep, as an open-ended claim from 1 May", () => {
      // Request Mon 2 Mar 2020: final plan 2 Mar + 140 = Mon 20 Jul 2020 (Regs 13(2)); 1 May–20 Jul = 31 + 30 + 20 = 81 days:
      // 20 Jul + 81 = Fri 9 Oct 2020 (Regs 13(3) as amended by SI 2020/471).
      const events = [request("2020-03-02"), decision("2020-04-01"), exception("coronavirus", "2020-04-20", undefined)];
      const result = compute(caseOf(events), "2021-03-01");
      expect(find(result, "final-plan")).toMatchObject({ due: "2020-07-20", status: "disapplied", indicativeDue: "2020-10-09" });
      expect(find(result, "final-plan").exception?.daysCovered).toBe(81);
      expect(codes(result)).not.toContain("exception-coronavirus-outside-period");
      // The recorded start was cut to 1 May, so the warning says so, naming what was recorded.
      expect(result.problems).toContainEqual(
        expect.objectContaining({ code: "exception-coronavirus-cut-short", eventId: "exc", severity: "warning", detail: "recorded from 2020-04-20" }),
      );
    });

    it("claimDays: the days kept, and whether recorded days were left out (the warning's condition)", () => {
      const claim = (from: string, to?: string) =>
        claimDays(
          {
            type: "exception-recorded",
            eventId: "exc",
            recorded: { type: "exception-recorded", ground: "coronavirus", from, ...(to === undefined ? {} : { to }) },
          } as unknown as CaseEventOf<"exception-recorded">,
          civilDate("2021-03-01"),
        );
      const days = (c: ExceptionClaim | null) => (c === null ? null : [formatCivilDate(c.days.first), formatCivilDate(c.days.last)]);
      // Before 1 May, open end: both ends cut (the as-of date 1 Mar 2021 is after 25 Sep 2020); a start was recorded before 1 May.
      expect(days(claim("2020-04-20"))).toEqual(["2020-05-01", "2020-09-25"]);
      expect(claim("2020-04-20")).toMatchObject({ cutShort: true, openEnded: false });
      expect(cutShortDetail(claim("2020-04-20")!)).toBe("recorded from 2020-04-20");
      expect(cutShortDetail(claim("2020-04-20", "2020-10-31")!)).toBe("recorded from 2020-04-20 to 2020-10-31");
      // From 1 May, open end stopped on 25 Sep: nothing recorded was left out, so no warning.
      expect(claim("2020-05-01")).toMatchObject({ cutShort: false, openEnded: false });
      expect(days(claim("2020-09-10", "2020-10-30"))).toEqual(["2020-09-10", "2020-09-25"]);
      expect(claim("2020-09-10", "2020-10-30")?.cutShort).toBe(true);
      // Wholly outside 1 May–25 Sep 2020: left as recorded, to be rejected (exception-coronavirus-outside-period).
      expect(days(claim("2020-03-01", "2020-04-30"))).toEqual(["2020-03-01", "2020-04-30"]);
      expect(days(claim("2020-09-26"))).toEqual(["2020-09-26", "2021-03-01"]);
      expect(claim("2020-09-26")).toMatchObject({ cutShort: false, openEnded: true });
    });
  });

  describe("a claim starting inside the period stops on 25 Sep 2020, the ground's last day (SI 2020/471; rules.md § 8)", () => {
    // Request Mon 2 Mar 2020: final plan 2 Mar + 140 = Mon 20 Jul 2020 (Regs 13(2)), period 3 Mar–20 Jul.
    // A claim from 1 May with no end covers 1 May–20 Jul = 31 + 30 + 20 = 81 days: 20 Jul + 81 = Fri 9 Oct 2020.
    const early = [request("2020-03-02"), decision("2020-04-01"), exception("coronavirus", "2020-05-01", undefined)];
    it.each(["2020-09-25", "2020-09-26", "2021-03-01"])("an open-ended claim from 1 May 2020 gives the same answer as of %s", (asOf) => {
      const result = compute(caseOf(early), asOf);
      expect(find(result, "final-plan")).toMatchObject({ due: "2020-07-20", status: "disapplied", indicativeDue: "2020-10-09" });
      expect(find(result, "final-plan").exception).toMatchObject({ grounds: ["coronavirus"], daysCovered: 81 });
      expect(codes(result).filter((c) => c.startsWith("exception-"))).toEqual([]);
    });

    // Request Mon 1 Jun 2020: no-plan-notice 1 Jun + 112 = Mon 21 Sep 2020 (Regs 10(1)), period 2 Jun–21 Sep;
    // final plan 1 Jun + 140 = Mon 19 Oct 2020 (Regs 13(2)), period 2 Jun–19 Oct. Claim from Tue 1 Sep 2020.
    const late = (to: string | undefined) => [request("2020-06-01"), decision("2020-07-01"), exception("coronavirus", "2020-09-01", to)];

    it("open-ended, as of 30 Oct 2020: 1–25 Sep counts (25 days), so the final plan's indicative date is 19 Oct + 25 = Fri 13 Nov 2020", () => {
      const result = compute(caseOf(late(undefined)), "2020-10-30");
      // Before the ground's end was applied, the claim ran to the as-of date and was rejected outright.
      expect(codes(result).filter((c) => c.startsWith("exception-"))).toEqual([]);
      expect(find(result, "final-plan")).toMatchObject({ due: "2020-10-19", status: "disapplied", indicativeDue: "2020-11-13" });
      expect(find(result, "final-plan").exception?.daysCovered).toBe(25);
      expect(find(result, "final-plan").explanation.join("\n")).toContain("to Friday 25 September 2020 (2020-09-25)");
      // Regs 10(4) via SI 2020/471: 1–21 Sep = 21 days: 21 Sep + 21 = Mon 12 Oct 2020.
      expect(find(result, "no-plan-notice")).toMatchObject({ due: "2020-09-21", status: "disapplied", indicativeDue: "2020-10-12" });
    });

    it("open-ended, as of 20 Sep 2020 (inside the period): it runs to the as-of date, 1–20 Sep = 20 days: 19 Oct + 20 = Sun 8 Nov 2020", () => {
      const result = compute(caseOf(late(undefined)), "2020-09-20");
      // Reading exceptionTiming after-due (the default): 19 Oct 2020 has not passed on 20 Sep, so the limit is still pending.
      expect(find(result, "final-plan")).toMatchObject({ due: "2020-10-19", status: "pending", indicativeDue: "2020-11-08" });
      expect(find(result, "final-plan").explanation.join("\n")).toContain("the as-of date (no end recorded)");
    });

    it("recorded to 31 Oct 2020: counted to 25 Sep only (Fri 13 Nov 2020, as above), with an exception-coronavirus-cut-short warning", () => {
      const result = compute(caseOf(late("2020-10-31")), "2020-12-01");
      expect(result.problems.filter((p) => p.code.startsWith("exception-"))).toEqual([
        expect.objectContaining({ code: "exception-coronavirus-cut-short", eventId: "exc", severity: "warning" }),
      ]);
      expect(find(result, "final-plan")).toMatchObject({ due: "2020-10-19", status: "disapplied", indicativeDue: "2020-11-13" });
      expect(find(result, "final-plan").exception?.daysCovered).toBe(25);
    });
  });

  it("may not be applied to the 15-day window on the draft: exception-ground-not-applicable", () => {
    const events = [req2020, decision("2020-05-01"), draft("2020-07-01"), exception("coronavirus", "2020-07-02", "2020-07-10", { appliesTo: ["draft-representations"] })];
    const result = compute(caseOf(events), "2020-12-01");
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "exception-ground-not-applicable", eventId: "exc" }));
    // Regs 13(1)(a): 1 Jul 2020 + 14 = Wed 15 Jul 2020, unchanged.
    expect(find(result, "draft-representations")).toMatchObject({ due: "2020-07-15", status: "closed", exception: null });
  });
});

// ---- claims against the wrong limit --------------------------------------------------------

describe("claims naming a limit they cannot reach", () => {
  it("missed-appointment named for the final plan: exception-ground-not-applicable, not applied", () => {
    const result = compute(caseOf(lateCase(exception("missed-appointment", "2024-11-01", "2024-11-10", { appliesTo: ["final-plan"] }))), "2025-05-01");
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "exception-ground-not-applicable", eventId: "exc", severity: "error" }));
    expect(find(result, "final-plan")).toMatchObject({ status: "overdue", exception: null });
    expect(find(result, "advice:EP1")).toMatchObject({ status: "overdue", exception: null });
  });

  it("school-closure named for advice (Regs 8(2) has no closure ground): exception-ground-not-applicable", () => {
    const result = compute(caseOf(lateCase(exception("school-closure", "2024-11-01", "2024-11-10", { appliesTo: ["advice"] }))), "2025-05-01");
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "exception-ground-not-applicable", eventId: "exc" }));
    expect(find(result, "advice:EP1")).toMatchObject({ status: "overdue", exception: null });
  });

  it("personal-circumstances named for the draft-plan practice target (no exceptions: rules.md § 1): exception-ground-not-applicable", () => {
    const result = compute(
      caseOf([request(), decision("2024-10-10"), exception("personal-circumstances", "2024-11-01", "2024-11-10", { appliesTo: ["draft-plan"] })]),
      "2025-05-01",
    );
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "exception-ground-not-applicable", eventId: "exc" }));
    expect(find(result, "draft-plan")).toMatchObject({ status: "overdue", exception: null });
  });

  it("a decision not to assess (Regs 4(1)) has no exceptions: a late 'no' with a claim is exception-not-available and stays late", () => {
    // Regs 5(1)/4(1): due 16 Oct 2024; "no" on Sun 20 Oct 2024.
    const events = [request(), decision("2024-10-20", "not-assess"), exception("personal-circumstances", "2024-09-20", "2024-09-30", { appliesTo: ["assessment-decision"] })];
    const result = compute(caseOf(events), "2025-05-01");
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "exception-not-available", eventId: "exc", severity: "error" }));
    expect(find(result, "assessment-decision")).toMatchObject({ status: "late", exception: null, indicativeDue: null });
  });

  it("a claim against a 'no' made on time is still reported (rules.md § 1: record a problem if an exception is claimed for it)", () => {
    // "no" on Thu 10 Oct 2024, before 16 Oct: met, and the claim has no footing in Regs 4(1).
    const events = [request(), decision("2024-10-10", "not-assess"), exception("personal-circumstances", "2024-09-20", "2024-09-30", { appliesTo: ["assessment-decision"] })];
    const result = compute(caseOf(events), "2025-05-01");
    expect(find(result, "assessment-decision").status).toBe("met");
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "exception-not-available", eventId: "exc" }));
  });

  it("a claim that touches no limit: exception-not-used warning", () => {
    // Every § 1 period of the 4 Sep 2024 request ends by 22 Jan 2025; the claim is in March.
    const result = compute(caseOf([request(), decision("2024-10-10"), exception("personal-circumstances", "2025-03-01", "2025-03-10")]), "2025-04-01");
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "exception-not-used", eventId: "exc", severity: "warning" }));
    for (const d of result.deadlines) expect(d.exception).toBeNull();
  });

  it("a claim that ends before it starts: exception-dates-reversed", () => {
    const result = compute(caseOf([request(), { ...exception("personal-circumstances", "2024-09-30", "2024-09-20") }]), "2024-11-30");
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "exception-dates-reversed", eventId: "exc" }));
    expect(find(result, "assessment-decision")).toMatchObject({ status: "overdue", exception: null });
  });
});

// ---- properties ----------------------------------------------------------------------------

/** Every ground the case file knows. */
const GROUNDS = EXCEPTION_GROUNDS;
const RULE_IDS = ["assessment-decision", "advice", "draft-plan", "no-plan-notice", "draft-representations", "institution-response", "final-plan"];

/** A request with some § 1 acts, and some exception claims, around one base date. */
const exceptionCase = fc
  .record({
    base: fc.constantFrom("2020-04-01", "2020-08-15", "2024-09-04", "2025-12-01"),
    decisionAfter: fc.option(fc.integer({ min: 1, max: 80 }), { nil: undefined }),
    adviceAfter: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
    adviceDoneAfter: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
    draftAfter: fc.option(fc.integer({ min: 60, max: 150 }), { nil: undefined }),
    finalAfter: fc.option(fc.integer({ min: 15, max: 120 }), { nil: undefined }),
    claims: fc.array(
      fc.record(
        {
          ground: fc.constantFrom(...GROUNDS),
          start: fc.integer({ min: -30, max: 220 }),
          length: fc.option(fc.integer({ min: 0, max: 70 }), { nil: undefined }),
          appliesTo: fc.subarray(RULE_IDS, { minLength: 1 }),
        },
        { requiredKeys: ["ground", "start", "length"] },
      ),
      { minLength: 1, maxLength: 3 },
    ),
    asOfAfter: fc.integer({ min: 0, max: 400 }),
    closure: fc.option(fc.record({ start: fc.integer({ min: 0, max: 150 }), days: fc.integer({ min: 20, max: 50 }) }), { nil: undefined }),
  })
  .map((c) => {
    const at = (n: number) => addDays(c.base, n);
    const events: RawEvent[] = [{ id: "req", type: "assessment-requested", date: c.base, by: "parent" }];
    if (c.decisionAfter !== undefined) events.push({ id: "dec", type: "assessment-decision", date: at(c.decisionAfter), outcome: "assess" });
    if (c.decisionAfter !== undefined && c.adviceAfter !== undefined) {
      const asked = c.decisionAfter + c.adviceAfter;
      events.push({ id: "ask", type: "advice-requested", date: at(asked), adviceId: "A", from: "education", setting: "S1" });
      if (c.adviceDoneAfter !== undefined) events.push({ id: "got", type: "advice-received", date: at(asked + c.adviceDoneAfter), adviceId: "A" });
    }
    if (c.decisionAfter !== undefined && c.draftAfter !== undefined) {
      events.push({ id: "draft", type: "draft-plan-issued", date: at(c.draftAfter) });
      if (c.finalAfter !== undefined) events.push({ id: "final", type: "final-plan-issued", date: at(c.draftAfter + c.finalAfter) });
    }
    const claims: RawEvent[] = c.claims.map((claim, index) => ({
      id: `x${index + 1}`,
      type: "exception-recorded",
      date: at(claim.start),
      ground: claim.ground,
      from: at(claim.start),
      ...(claim.length === undefined ? {} : { to: at(claim.start + claim.length) }),
      ...(claim.appliesTo === undefined ? {} : { appliesTo: claim.appliesTo }),
    }));
    const calendar = c.closure === undefined ? {} : { closures: [{ setting: "S1", from: at(c.closure.start), to: at(c.closure.start + c.closure.days - 1) }] };
    const asOf = at(c.asOfAfter);
    return { events, claims, calendar, asOf };
  });

function run(events: readonly RawEvent[], calendar: Record<string, unknown>, asOf: string, exceptions: "disapply" | "pause"): Timeline {
  const parsed = parseCaseFile({ caseId: "C-property", child: { dateOfBirth: "2016-05" }, events, calendar, options: { exceptions } });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return timeline(parsed.data, { asOf });
}

describe("properties of exceptions (fast-check)", () => {
  it("never bring a due date or an indicative date earlier than the date without them", () => {
    fc.assert(
      fc.property(exceptionCase, fc.constantFrom("disapply" as const, "pause" as const), ({ events, claims, calendar, asOf }, reading) => {
        const without = new Map(run(events, calendar, asOf, reading).deadlines.map((d) => [d.key, d.due]));
        for (const d of run([...events, ...claims], calendar, asOf, reading).deadlines) {
          const plain = without.get(d.key);
          expect(plain, d.key).not.toBeUndefined();
          if (plain === null || plain === undefined) continue;
          expect(d.due !== null && d.due >= plain, `${d.key} due ${d.due} < ${plain}`).toBe(true);
          if (d.indicativeDue !== null) expect(d.indicativeDue >= plain, `${d.key} indicative ${d.indicativeDue} < ${plain}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("with pause, the due date is on or after the statutory one, and later exactly when an exception applied", () => {
    fc.assert(
      fc.property(exceptionCase, ({ events, claims, calendar, asOf }) => {
        const statutory = new Map(run([...events, ...claims], calendar, asOf, "disapply").deadlines.map((d) => [d.key, d]));
        for (const d of run([...events, ...claims], calendar, asOf, "pause").deadlines) {
          const s = statutory.get(d.key);
          if (s === undefined || s.due === null || d.due === null) continue;
          expect(d.due >= s.due, d.key).toBe(true);
          // The paused date is the indicative date of the disapply reading.
          if (s.indicativeDue !== null) expect(d.due).toBe(s.indicativeDue);
          else expect(d.due).toBe(s.due);
        }
      }),
      { numRuns: 300 },
    );
  });
});

everyEventAccountedFor();
