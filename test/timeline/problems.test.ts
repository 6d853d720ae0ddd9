// Impossible or doubtful histories become problems in the timeline; nothing is thrown, and
// nothing the caller sent is dropped silently (case-file.md § Timeline, `problems`).
import { EXCEPTION_GROUNDS } from "../../src/law/ground-ids";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Timeline, parseCaseFile, timeline } from "../../src/index";
import { PROBLEMS, type Problem, problem, severityOf } from "../../src/timeline/problems";
import { type RawCase, type RawEvent, addDays, compute, everyEventAccountedFor, unaccountedEvents } from "./support";

// ---- case-file builders -------------------------------------------------------------------

const request = (date = "2024-09-04", id = "req"): RawEvent => ({ id, type: "assessment-requested", date, by: "parent" });
const decision = (date: string, outcome: "assess" | "not-assess" = "assess", id = "dec"): RawEvent => ({
  id,
  type: "assessment-decision",
  date,
  outcome,
});
const adviceRequested = (adviceId: string, date: string, id = `ask-${adviceId}`): RawEvent => ({
  id,
  type: "advice-requested",
  date,
  adviceId,
  from: "psychology",
});
const adviceReceived = (adviceId: string, date: string, id = `got-${adviceId}`): RawEvent => ({ id, type: "advice-received", date, adviceId });
const planDecision = (outcome: "issue" | "not-issue", date: string, id = "pd"): RawEvent => ({ id, type: "plan-decision", date, outcome });
const draft = (date: string, id = "draft"): RawEvent => ({ id, type: "draft-plan-issued", date });
const representations = (date: string, id = "reps"): RawEvent => ({ id, type: "representations-received", date });
const responded = (institutionId: string, date: string, id = "reply"): RawEvent => ({ id, type: "institution-responded", date, institutionId });
const finalPlan = (date: string, id = "final"): RawEvent => ({ id, type: "final-plan-issued", date });

const caseOf = (events: readonly unknown[]): RawCase => ({ caseId: "C-problems", child: { dateOfBirth: "2016-05" }, events });

const codes = (result: Timeline): string[] => result.problems.map((p) => p.code);
const problemFor = (result: Timeline, code: string) => result.problems.find((p) => p.code === code);

// ---- impossible histories -----------------------------------------------------------------

describe("impossible histories become problems, never exceptions", () => {
  it("a final plan dated before the request: event-before-request, and the final plan does not meet Regs 13(2)", () => {
    const input = caseOf([request("2024-09-04"), finalPlan("2024-08-01")]);
    let result: Timeline | undefined;
    expect(() => {
      result = compute(input, "2024-12-01");
    }).not.toThrow();
    expect(problemFor(result!, "event-before-request")).toMatchObject({ severity: "error", eventId: "final" });
    // Regs 13(2): 4 Sep 2024 + 140 days = 22 Jan 2025; not done, so pending on 1 Dec 2024.
    expect(result!.deadlines.find((d) => d.key === "final-plan")).toMatchObject({ due: "2025-01-22", status: "pending", doneBy: null });
  });

  it("a decision dated before the request: event-before-request", () => {
    const result = compute(caseOf([request("2024-09-04"), decision("2024-09-01")]), "2024-12-01");
    expect(problemFor(result, "event-before-request")).toMatchObject({ severity: "error", eventId: "dec" });
    // Regs 5(1): 4 Sep 2024 + 42 days = 16 Oct 2024; the early decision does not meet it.
    expect(result.deadlines.find((d) => d.key === "assessment-decision")).toMatchObject({ due: "2024-10-16", status: "overdue" });
  });

  it("a decision with no request at all: no-request, and no deadline uses it", () => {
    const result = compute(caseOf([decision("2024-10-01")]), "2024-12-01");
    expect(problemFor(result, "no-request")).toMatchObject({ severity: "error", eventId: "dec" });
    expect(result.deadlines.some((d) => d.doneBy === "dec" || d.anchor.eventId === "dec")).toBe(false);
  });

  it("a second assessment decision: second-assessment-decision; the first one stands", () => {
    const result = compute(caseOf([request(), decision("2024-10-01"), decision("2024-10-02", "not-assess", "dec2")]), "2024-12-01");
    expect(problemFor(result, "second-assessment-decision")).toMatchObject({ severity: "error", eventId: "dec2" });
    // Regs 5(1): due 16 Oct 2024, met by the first decision of 1 Oct.
    expect(result.deadlines.find((d) => d.key === "assessment-decision")).toMatchObject({ status: "met", doneBy: "dec" });
    expect(result.stage).toBe("assessing");
  });

  it("a decision recorded after an act that only implied it is the first recorded decision, and meets Regs 5(1)", () => {
    // Advice asked Tue 1 Oct 2024 before any decision (decision-not-recorded); the decision itself is
    // recorded Thu 10 Oct 2024. Regs 5(1): 4 Sep 2024 + 42 days = Wed 16 Oct 2024, so it is met.
    const result = compute(caseOf([request(), adviceRequested("EP1", "2024-10-01"), decision("2024-10-10")]), "2024-12-01");
    expect(problemFor(result, "decision-not-recorded")?.eventId).toBe("ask-EP1");
    expect(codes(result)).not.toContain("second-assessment-decision");
    expect(result.deadlines.find((d) => d.key === "assessment-decision")).toMatchObject({ due: "2024-10-16", status: "met", doneBy: "dec" });
  });

  it("a final plan with no draft before it: final-before-draft", () => {
    const result = compute(caseOf([request(), decision("2024-10-01"), finalPlan("2025-01-10")]), "2025-02-01");
    expect(problemFor(result, "final-before-draft")).toMatchObject({ severity: "error", eventId: "final" });
  });

  it("advice received that was never requested: advice-not-requested", () => {
    const result = compute(caseOf([request(), decision("2024-10-01"), adviceReceived("EP9", "2024-10-20")]), "2024-12-01");
    expect(problemFor(result, "advice-not-requested")).toMatchObject({ severity: "error", eventId: "got-EP9" });
  });

  it("advice received for another adviceId does not meet the open request (Regs 8(1) is per request)", () => {
    const events = [request(), decision("2024-10-01"), adviceRequested("EP1", "2024-10-11"), adviceReceived("HEALTH", "2024-10-20")];
    const result = compute(caseOf(events), "2024-12-01");
    expect(problemFor(result, "advice-not-requested")?.eventId).toBe("got-HEALTH");
    // 11 Oct 2024 + 42 days = 22 Nov 2024; nothing received for EP1 by 1 Dec.
    expect(result.deadlines.find((d) => d.key === "advice:EP1")).toMatchObject({ due: "2024-11-22", status: "overdue" });
  });

  it("duplicate identical events: duplicate-event names the repeat; the first is used", () => {
    const same = { type: "assessment-decision", date: "2024-10-01", outcome: "assess" };
    const result = compute(caseOf([request(), same, same]), "2024-12-01");
    expect(problemFor(result, "duplicate-event")).toMatchObject({ eventId: "e3" });
    expect(result.deadlines.find((d) => d.key === "assessment-decision")?.doneBy).toBe("e2");
    expect(codes(result)).not.toContain("second-assessment-decision");
  });

  it("events that differ only in a field of the caller's own (x-…) are duplicates too", () => {
    const events = [
      request(),
      decision("2024-10-01", "assess", "d1"),
      { id: "d2", type: "assessment-decision", date: "2024-10-01", outcome: "assess", "x-note": "entered twice" },
    ];
    const result = compute(caseOf(events), "2024-12-01");
    expect(problemFor(result, "duplicate-event")).toMatchObject({ eventId: "d2", severity: "warning" });
    expect(codes(result)).not.toContain("second-assessment-decision");
  });

  it("an id given twice: duplicate-event-id names the later event, which is not used; the first is", () => {
    // The later event is an exception claim: before this check, the claim was looked up by its
    // id and the request was found instead.
    const claim = { id: "req", type: "exception-recorded", date: "2024-09-20", ground: "absence-from-area", from: "2024-09-10", to: "2024-10-30" };
    const result = compute(caseOf([request(), claim, decision("2024-10-01")]), "2024-12-01");
    expect(problemFor(result, "duplicate-event-id")).toMatchObject({ severity: "error", eventId: "req" });
    expect(codes(result).filter((c) => c.startsWith("exception-"))).toEqual([]);
    // Regs 5(1): the request of 4 Sep 2024 is used; + 42 days = 16 Oct 2024, met on 1 Oct.
    expect(result.deadlines.find((d) => d.key === "assessment-decision")).toMatchObject({ due: "2024-10-16", status: "met", exception: null });
  });

  it("an id that is another event's default id (e<position>) is a duplicate too", () => {
    const result = compute(caseOf([{ type: "assessment-requested", date: "2024-09-04", by: "parent" }, decision("2024-10-01", "assess", "e1")]), "2024-12-01");
    expect(problemFor(result, "duplicate-event-id")).toMatchObject({ eventId: "e1" });
    expect(result.deadlines.find((d) => d.key === "assessment-decision")).toMatchObject({ status: "overdue", doneBy: null });
  });

  it("an event of the caller's own type (x-…) is not used and raises no problem; the rest is computed", () => {
    const result = compute(caseOf([request(), { id: "mine", type: "x-assessment-postponed", date: "2024-10-01" }]), "2024-10-02");
    expect(result.problems).toEqual([]);
    // Regs 5(1): 4 Sep 2024 + 42 days = 16 Oct 2024.
    expect(result.deadlines.find((d) => d.key === "assessment-decision")).toMatchObject({ due: "2024-10-16", status: "pending" });
  });

  it("an event after the as-of date: event-after-as-of, and the event is not used", () => {
    const result = compute(caseOf([request(), decision("2024-10-01")]), "2024-09-20");
    expect(problemFor(result, "event-after-as-of")).toMatchObject({ severity: "warning", eventId: "dec" });
    expect(codes(result).filter((c) => c === "event-after-as-of")).toHaveLength(1);
    // Regs 5(1): 4 Sep 2024 + 42 days = 16 Oct 2024; on 20 Sep nothing has decided it yet.
    expect(result.deadlines.find((d) => d.key === "assessment-decision")).toMatchObject({ due: "2024-10-16", status: "pending", doneBy: null });
  });

  it("a decision mistyped years ahead does not make a met limit late: it is not used, and said so", () => {
    // The decision was made 10 Oct 2024 (in time: Regs 5(1), due 16 Oct 2024) but typed as 2030.
    const result = compute(caseOf([request(), decision("2030-10-10")]), "2025-01-10");
    expect(problemFor(result, "event-after-as-of")).toMatchObject({ severity: "warning", eventId: "dec" });
    const decided = result.deadlines.find((d) => d.key === "assessment-decision");
    expect(decided).toMatchObject({ due: "2024-10-16", status: "overdue", doneOn: null });
  });

  it("a request before 1 Sep 2014: rule-not-in-force (the 2014 Regs apply from 1 Sep 2014, rules.md § 8)", () => {
    const result = compute(caseOf([request("2014-08-29")]), "2014-10-01");
    expect(problemFor(result, "rule-not-in-force")).toMatchObject({ severity: "error", eventId: "req" });
  });

  it("a request on 1 Sep 2014 is in force", () => {
    const result = compute(caseOf([request("2014-09-01")]), "2014-10-01");
    expect(codes(result)).not.toContain("rule-not-in-force");
    // Regs 5(1): 1 Sep 2014 + 42 days = Mon 13 Oct 2014.
    expect(result.deadlines.find((d) => d.key === "assessment-decision")?.due).toBe("2014-10-13");
  });

  it("a request dated 9999-12-31: date-out-of-range (years 2000–2099), not used; no date with a 5-digit year", () => {
    const result = compute(caseOf([request("9999-12-31")]), "2024-12-01");
    expect(problemFor(result, "date-out-of-range")).toMatchObject({ severity: "error", eventId: "req" });
    expect(result.deadlines).toEqual([]);
    expect(JSON.stringify(result)).not.toMatch(/\d{5}-\d{2}-\d{2}/);
  });

  it("a request dated 31 Dec 1999 is out of range too; one in 2013 is in range and rule-not-in-force (rules.md § 8)", () => {
    expect(problemFor(compute(caseOf([request("1999-12-31")]), "2024-12-01"), "date-out-of-range")).toMatchObject({ eventId: "req" });
    const before2014 = compute(caseOf([request("2013-09-04")]), "2014-01-01");
    expect(codes(before2014)).not.toContain("date-out-of-range");
    expect(problemFor(before2014, "rule-not-in-force")).toMatchObject({ eventId: "req" });
  });

  it("a request on 31 Dec 2099, the last day in range, is computed: 20 weeks end Thu 20 May 2100 (2100 is not a leap year)", () => {
    const result = compute(caseOf([request("2099-12-31")]), "2100-01-01");
    expect(codes(result)).not.toContain("date-out-of-range");
    // Regs 5(1): 31 Dec 2099 + 42 = 31 + 11 → Thu 11 Feb 2100.
    expect(result.deadlines.find((d) => d.key === "assessment-decision")?.due).toBe("2100-02-11");
    // Regs 13(2): 31 Dec 2099 + 140 = Jan 31 + Feb 28 + Mar 31 + Apr 30 + 20 → Thu 20 May 2100.
    expect(result.deadlines.find((d) => d.key === "final-plan")?.due).toBe("2100-05-20");
  });

  it("any date field counts, not only the event's date: an exception recorded to 9999-12-31 is date-out-of-range, naming the field", () => {
    const claim = { id: "exc", type: "exception-recorded", date: "2024-10-01", ground: "personal-circumstances", from: "2024-10-01", to: "9999-12-31" };
    const result = compute(caseOf([request(), claim]), "2024-12-01");
    expect(problemFor(result, "date-out-of-range")).toMatchObject({ severity: "error", eventId: "exc" });
    expect(problemFor(result, "date-out-of-range")?.detail).toBe("to");
    // Not applied: Regs 5(1), 4 Sep 2024 + 42 = Wed 16 Oct 2024, overdue on 1 Dec with no exception.
    expect(result.deadlines.find((d) => d.key === "assessment-decision")).toMatchObject({ due: "2024-10-16", status: "overdue", exception: null });
  });

  it("a date inside an object counts (phaseTransfer.transferDate), and an id that looks like a date is never read as one", () => {
    const held = { id: "1999-12-31", type: "review-meeting-held", date: "2024-10-01", phaseTransfer: { transferDate: "2100-09-01", kind: "school" } };
    const result = compute(caseOf([request(), held]), "2024-12-01");
    const found = problemFor(result, "date-out-of-range");
    expect(found).toMatchObject({ eventId: "1999-12-31", detail: "phaseTransfer.transferDate" });
    // A request with a date-like caller id is used as usual: Regs 5(1), 4 Sep 2024 + 42 = Wed 16 Oct 2024.
    const named = compute(caseOf([{ ...request(), id: "1999-12-31" }]), "2024-12-01");
    expect(codes(named)).not.toContain("date-out-of-range");
    expect(named.deadlines.find((d) => d.key === "assessment-decision")?.due).toBe("2024-10-16");
  });

  it("an act after a decision not to assess: not-assessing", () => {
    const result = compute(caseOf([request(), decision("2024-10-01", "not-assess"), adviceRequested("EP1", "2024-10-11")]), "2024-12-01");
    expect(problemFor(result, "not-assessing")).toMatchObject({ severity: "error", eventId: "ask-EP1" });
    expect(result.deadlines.some((d) => d.key.startsWith("advice"))).toBe(false);
  });

  it("a draft after a decision not to issue: not-issuing", () => {
    const events = [request(), decision("2024-10-01"), planDecision("not-issue", "2024-12-02"), draft("2024-12-06")];
    const result = compute(caseOf(events), "2024-12-20");
    expect(problemFor(result, "not-issuing")).toMatchObject({ severity: "error", eventId: "draft" });
    expect(result.stage).toBe("not-issuing");
  });

  it("a reply from a school that was never consulted: institution-not-consulted", () => {
    const result = compute(caseOf([request(), decision("2024-10-01"), draft("2024-12-06"), responded("SCH9", "2024-12-10")]), "2024-12-20");
    expect(problemFor(result, "institution-not-consulted")).toMatchObject({ severity: "error", eventId: "reply" });
  });

  it("representations with no draft: no-draft", () => {
    const result = compute(caseOf([request(), decision("2024-10-01"), representations("2024-10-20")]), "2024-12-01");
    expect(problemFor(result, "no-draft")).toMatchObject({ severity: "error", eventId: "reps" });
  });

  it("a second request while the first is under way: request-during-process, and the clock is not restarted", () => {
    const result = compute(caseOf([request("2024-09-04"), request("2024-10-01", "req2")]), "2024-10-02");
    expect(problemFor(result, "request-during-process")?.eventId).toBe("req2");
    // Regs 13(2): still 4 Sep 2024 + 140 days = 22 Jan 2025.
    expect(result.deadlines.find((d) => d.key === "final-plan")).toMatchObject({ due: "2025-01-22", anchor: { eventId: "req" } });
  });

  it("every problem has a known severity, the event's id, and a message without the caller's values", () => {
    const events = [request(), { id: "mystery", type: "advice-received", date: "2024-10-01", adviceId: "Jane Example" }, finalPlan("2024-08-01")];
    const result = compute(caseOf(events), "2024-12-01");
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(["error", "warning"]).toContain(p.severity);
      expect(p.message.length).toBeGreaterThan(0);
      expect(p.message).not.toContain("Jane");
    }
  });
});

// ---- nothing dropped silently -------------------------------------------------------------

describe("every event is used or named in a problem", () => {
  it("a representations-received event is used or named (it must not be dropped silently)", () => {
    const input = caseOf([request(), decision("2024-10-10"), draft("2024-12-06"), representations("2024-12-16")]);
    expect(unaccountedEvents(input, compute(input, "2024-12-20"))).toEqual([]);
  });

  it("a second set of representations on the same draft is used or named too", () => {
    const input = caseOf([request(), decision("2024-10-10"), draft("2024-12-06"), representations("2024-12-10", "reps1"), representations("2024-12-16", "reps2")]);
    expect(unaccountedEvents(input, compute(input, "2024-12-20"))).toEqual([]);
  });

  it("a plan decision to issue is used or named (the explanation of the notice it made not applicable can name it)", () => {
    const input = caseOf([request(), decision("2024-10-10"), planDecision("issue", "2024-12-02")]);
    expect(unaccountedEvents(input, compute(input, "2024-12-03"))).toEqual([]);
  });

  it("the helper itself notices an event that is neither used nor named", () => {
    // A hand-made timeline that ignores the decision: the helper must report it.
    const input = caseOf([request(), decision("2024-10-10")]);
    const real = compute(input, "2024-12-01");
    const withoutDecision: Timeline = {
      ...real,
      deadlines: real.deadlines.map((d) => ({ ...d, doneBy: d.doneBy === "dec" ? null : d.doneBy, explanation: [] })),
      problems: [],
    };
    expect(unaccountedEvents(input, withoutDecision)).toEqual(["dec (assessment-decision)"]);
  });
});

// ---- random histories ---------------------------------------------------------------------

const ASSESSMENT_RULES = ["assessment-decision", "advice", "draft-plan", "no-plan-notice", "draft-representations", "institution-response", "final-plan"];
/** Every ground the case file knows. */
const GROUNDS = EXCEPTION_GROUNDS;

/** Any valid § 1 event, dated `offset` days after the case's base date. */
const sectionOneEvent = (base: string): fc.Arbitrary<RawEvent> => {
  const date = fc.integer({ min: -20, max: 400 }).map((n) => addDays(base, n));
  const adviceId = fc.constantFrom("A1", "A2");
  const institutionId = fc.constantFrom("S1", "S2");
  return fc.oneof(
    fc.record(
      {
        type: fc.constant("assessment-requested"),
        date,
        by: fc.constantFrom("parent", "young-person", "school", "other"),
        route: fc.constantFrom("request", "became-responsible"),
      },
      { requiredKeys: ["type", "date", "by"] },
    ),
    fc.record({ type: fc.constant("assessment-decision"), date, outcome: fc.constantFrom("assess", "not-assess") }),
    fc.record(
      {
        type: fc.constant("advice-requested"),
        date,
        adviceId,
        from: fc.constantFrom("parent", "education", "health", "psychology", "social-care", "preparing-for-adulthood", "other"),
        setting: fc.constantFrom("S1", "S2"),
      },
      { requiredKeys: ["type", "date", "adviceId", "from"] },
    ),
    fc.record({ type: fc.constant("advice-received"), date, adviceId }),
    fc.record({ type: fc.constant("plan-decision"), date, outcome: fc.constantFrom("issue", "not-issue") }),
    fc.record({ type: fc.constant("draft-plan-issued"), date, servedOn: date }, { requiredKeys: ["type", "date"] }),
    fc.record({ type: fc.constant("representations-received"), date }),
    fc.record({ type: fc.constant("institution-consulted"), date, institutionId }),
    fc.record({ type: fc.constant("institution-responded"), date, institutionId }),
    fc.record({ type: fc.constant("final-plan-issued"), date }),
    fc
      .record(
        {
          type: fc.constant("exception-recorded"),
          date,
          ground: fc.constantFrom(...GROUNDS),
          from: date,
          length: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
          appliesTo: fc.subarray(ASSESSMENT_RULES, { minLength: 1 }),
          adviceId,
        },
        { requiredKeys: ["type", "date", "ground", "from"] },
      )
      .map(({ length, ...event }) => (length === undefined ? event : { ...event, to: addDays(event.from, length) })),
  );
};

/** A case file of random § 1 events around one base date, with an as-of date and random readings. */
const randomCase = fc
  .constantFrom("2014-08-20", "2020-04-01", "2024-09-04", "2025-11-10")
  .chain((base) =>
    fc.record({
      events: fc.array(sectionOneEvent(base), { maxLength: 14 }),
      asOf: fc.integer({ min: 0, max: 500 }).map((n) => addDays(base, n)),
      options: fc.record(
        {
          exceptions: fc.constantFrom("disapply", "pause"),
          receipt: fc.constantFrom("as-recorded", "after-5pm-next-working-day"),
          service: fc.constantFrom("as-recorded", "first-class-post"),
          dayCounting: fc.constantFrom("statutory", "day-one-inclusive"),
          draftPlanTargetWeeks: fc.integer({ min: 1, max: 20 }),
        },
        { requiredKeys: [] },
      ),
      closures: fc.array(
        fc.record({
          setting: fc.constantFrom("S1", "S2"),
          from: fc.integer({ min: 0, max: 300 }).map((n) => addDays(base, n)),
          days: fc.integer({ min: 1, max: 50 }),
        }),
        { maxLength: 2 },
      ),
    }),
  )
  .map(({ events, asOf, options, closures }) => ({
    input: {
      caseId: "C-random",
      events,
      options,
      calendar: { closures: closures.map((c) => ({ setting: c.setting, from: c.from, to: addDays(c.from, c.days - 1) })) },
    } satisfies RawCase,
    asOf,
  }));

describe("random sequences of valid § 1 events (fast-check)", () => {
  it("never throw", () => {
    fc.assert(
      fc.property(randomCase, ({ input, asOf }) => {
        const parsed = parseCaseFile(input);
        expect(parsed.success).toBe(true);
        if (!parsed.success) return;
        const result = timeline(parsed.data, { asOf });
        expect(result.asOf).toBe(asOf);
        for (const d of result.deadlines) expect(d.due === null || /^\d{4}-\d{2}-\d{2}$/.test(d.due)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("always use or name every event", () => {
    fc.assert(
      fc.property(randomCase, ({ input, asOf }) => {
        const parsed = parseCaseFile(input);
        if (!parsed.success) throw new Error("a random case file did not parse");
        expect(unaccountedEvents(input, timeline(parsed.data, { asOf }))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

everyEventAccountedFor();

describe("problem()", () => {
  // Problems are written out field by field on the hot path; each shape keeps the documented
  // order (case-file.md § Timeline) and carries no field it has no value for.
  it("builds each shape with its fields in order and none undefined", () => {
    const shapes: [Problem, string[]][] = [
      [problem("no-plan", "e1"), ["code", "severity", "eventId", "message"]],
      [problem("no-plan", "e1", undefined, "annual-review"), ["code", "severity", "eventId", "key", "message"]],
      [problem("no-plan", null, "2025-01-01"), ["code", "severity", "eventId", "message", "detail"]],
      [problem("no-plan", "e1", "2025-01-01", "annual-review"), ["code", "severity", "eventId", "key", "message", "detail"]],
      [problem("no-plan", "e1", undefined, undefined, "e0"), ["code", "severity", "eventId", "relatedEventId", "message"]],
      [problem("no-plan", "e1", "2025-01-01", "annual-review", "e0"), ["code", "severity", "eventId", "relatedEventId", "key", "message", "detail"]],
    ];
    for (const [built, fields] of shapes) {
      expect(Object.keys(built)).toEqual(fields);
      expect(Object.values(built)).not.toContain(undefined);
      expect(built).toMatchObject({ code: "no-plan", severity: "error", message: PROBLEMS["no-plan"][1] });
    }
    expect(shapes[5]?.[0]).toMatchObject({ eventId: "e1", relatedEventId: "e0", key: "annual-review", detail: "2025-01-01" });
  });

  it("gives each code its severity", () => {
    for (const [code, [severity]] of Object.entries(PROBLEMS)) expect(severityOf(code as keyof typeof PROBLEMS)).toBe(severity);
    expect(severityOf("outside-holiday-table")).toBe("warning");
  });
});
