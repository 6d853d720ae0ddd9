// Each deadline's explanation (case-file.md § Timeline): the derivation step by step, naming the
// events used, the counting, the readings, every exception and every holiday or weekend, and
// the status, so that a reviewer can check the date by hand. `explain: false` leaves it out.
import { describe, expect, it } from "vitest";
import type { Deadline, Timeline } from "../../src/index";
import { type RawCase, type RawEvent, compute, everyEventAccountedFor } from "./support";

// ---- case-file builders -------------------------------------------------------------------

const request = (date = "2024-09-04"): RawEvent => ({ id: "req", type: "assessment-requested", date, by: "parent" });
const decision = (date: string, outcome: "assess" | "not-assess" = "assess"): RawEvent => ({ id: "dec", type: "assessment-decision", date, outcome });
const adviceRequested = (date: string): RawEvent => ({ id: "ask-EP1", type: "advice-requested", date, adviceId: "EP1", from: "psychology" });
const adviceReceived = (date: string): RawEvent => ({ id: "got-EP1", type: "advice-received", date, adviceId: "EP1" });
const planDecision = (date: string): RawEvent => ({ id: "pd", type: "plan-decision", date, outcome: "issue" });
const draft = (date: string): RawEvent => ({ id: "draft", type: "draft-plan-issued", date });
const consulted = (date: string): RawEvent => ({ id: "consult", type: "institution-consulted", date, institutionId: "SCH1" });
const responded = (date: string): RawEvent => ({ id: "reply", type: "institution-responded", date, institutionId: "SCH1" });
const absence = (from: string, to: string): RawEvent => ({ id: "away", type: "exception-recorded", date: from, ground: "absence-from-area", from, to });

const caseOf = (events: readonly RawEvent[], options: Record<string, unknown> = {}): RawCase => ({
  caseId: "C-explanation",
  child: { dateOfBirth: "2016-05" },
  events,
  options,
});

/** The 4 Sep 2024 request, on time to the draft, as of Fri 10 Jan 2025 (final plan not yet sent). */
const history = (): RawEvent[] => [
  request(),
  decision("2024-10-10"),
  adviceRequested("2024-10-11"),
  adviceReceived("2024-11-18"),
  planDecision("2024-12-02"),
  draft("2024-12-06"),
  consulted("2024-12-09"),
  responded("2024-12-20"),
];

function find(result: Timeline, key: string): Deadline {
  const found = result.deadlines.find((d) => d.key === key);
  if (found === undefined) throw new Error(`no deadline ${key}`);
  return found;
}
const text = (d: Deadline): string => d.explanation.join("\n");

const STATUS_TEXT: Record<string, RegExp> = {
  pending: /pending/,
  overdue: /overdue/,
  met: /\bmet\b/,
  late: /\blate\b/,
  disapplied: /disapplied/,
  "not-applicable": /not applicable/i,
  open: /\bopen\b/,
  closed: /\bclosed\b/,
};

// ---- what every explanation says -----------------------------------------------------------

describe("every explanation names its anchor event, its due date, what did it, and its status", () => {
  const result = () => compute(caseOf(history()), "2025-01-10");

  it("for every deadline of the history", () => {
    const all = result().deadlines;
    expect(all.length).toBeGreaterThanOrEqual(7);
    for (const d of all) {
      const working = text(d);
      expect(working, d.key).toContain(`(event ${d.anchor.eventId})`);
      if (d.due !== null) expect(working, d.key).toContain(d.due);
      if (d.doneBy !== null) expect(working, d.key).toContain(`event ${d.doneBy}`);
      const last = d.explanation[d.explanation.length - 1] ?? "";
      expect(last, d.key).toContain("2025-01-10");
      expect(last, d.key).toMatch(STATUS_TEXT[d.status] ?? /^$/);
    }
  });

  it("final plan: the request of Wed 4 Sep 2024, 20 weeks with that day not counted, Wed 22 Jan 2025 (Regs 13(2))", () => {
    const working = text(find(result(), "final-plan"));
    expect(working).toContain("2024-09-04");
    expect(working).toMatch(/20 weeks/);
    expect(working).toMatch(/not counted/);
    // 4 Sep 2024 + 140 days = 22 Jan 2025, a Wednesday and a working day: no note that it does not move.
    expect(working).toContain("2025-01-22");
    expect(working).not.toMatch(/does not move/);
    expect(working).toMatch(/pending/);
  });

  it("advice: names the advice request and the advice received (Regs 8(1): 11 Oct 2024 + 42 = Fri 22 Nov 2024)", () => {
    const working = text(find(result(), "advice:EP1"));
    expect(working).toContain("(event ask-EP1)");
    expect(working).toContain("2024-11-22");
    expect(working).toContain("event got-EP1");
    expect(working).toMatch(/\bmet\b/);
  });

  it("the draft-plan target says it is local practice, not law, and names the policy value", () => {
    const working = text(find(result(), "draft-plan"));
    expect(working).toMatch(/draftPlanTargetWeeks = 14/);
    expect(working).toMatch(/not a legal time limit/);
  });

  it("the 15-day window names the draft and its last day (Regs 13(1)(a): 6 Dec 2024 + 14 = Fri 20 Dec 2024)", () => {
    const working = text(find(result(), "draft-representations"));
    expect(working).toContain("(event draft)");
    expect(working).toMatch(/15 days beginning with/);
    expect(working).toContain("2024-12-20");
    expect(working).toMatch(/closed/);
  });

  it("a limit made not applicable says so", () => {
    expect(text(find(result(), "no-plan-notice"))).toMatch(/not applicable/i);
  });

  it("a limit made not applicable names the event that made it so (the plan decision, event pd)", () => {
    expect(text(find(result(), "no-plan-notice"))).toContain("event pd");
  });
});

// ---- holidays and weekends -----------------------------------------------------------------

describe("non-working last days are named, and the date does not move (counting.md)", () => {
  it("the 16-week notice on Christmas Day 2024 says it does not move (Regs 10(1): 4 Sep + 112 = Wed 25 Dec 2024)", () => {
    const d = find(compute(caseOf([request(), decision("2024-10-10")]), "2024-12-01"), "no-plan-notice");
    expect(d.due).toBe("2024-12-25");
    const line = d.explanation.find((l) => l.includes("Christmas Day"));
    expect(line).toBeDefined();
    expect(line).toMatch(/does not move/);
  });

  it("a request on Sat 7 Sep 2024 gives Saturday dates that stay on Saturday", () => {
    const result = compute(caseOf([request("2024-09-07")]), "2024-09-10");
    // Regs 5(1): 7 Sep + 42 = Sat 19 Oct 2024. Regs 13(2): 7 Sep + 140 = Sat 25 Jan 2025.
    for (const [key, due] of [
      ["assessment-decision", "2024-10-19"],
      ["final-plan", "2025-01-25"],
    ] as const) {
      const d = find(result, key);
      expect(d.due, key).toBe(due);
      const line = d.explanation.find((l) => l.includes("does not move"));
      expect(line, key).toMatch(/Saturday/);
      expect(line, key).toContain(due);
    }
  });
});

// ---- exceptions ----------------------------------------------------------------------------

describe("exceptions are named in the working", () => {
  // Away 1 Nov–10 Dec 2024: 30 + 10 = 40 days, all inside the no-plan-notice and final-plan periods.
  const events = () => [request(), decision("2024-10-10"), absence("2024-11-01", "2024-12-10")];

  it("disapply: the exception's event, ground, dates and days, and the indicative date labelled non-statutory", () => {
    const d = find(compute(caseOf(events()), "2025-03-10"), "final-plan");
    const working = text(d);
    expect(working).toContain("event away");
    expect(working).toContain("absence-from-area");
    expect(working).toContain("2024-11-01");
    expect(working).toContain("2024-12-10");
    expect(working).toMatch(/\b40\b/);
    // Regs 13(3): 22 Jan 2025 + 40 = Mon 3 Mar 2025.
    expect(d.indicativeDue).toBe("2025-03-03");
    const indicative = d.explanation.find((l) => l.includes("2025-03-03"));
    expect(indicative).toMatch(/not statutory|non-statutory|Indicative/i);
    expect(d.explanation[d.explanation.length - 1]).toMatch(/disapplied/);
  });

  it("pause: the moved date and that it is not a statutory date", () => {
    const d = find(compute(caseOf(events(), { exceptions: "pause" }), "2025-03-10"), "no-plan-notice");
    // Regs 10(4): 25 Dec 2024 + 40 = Mon 3 Feb 2025.
    expect(d.due).toBe("2025-02-03");
    const working = text(d);
    expect(working).toContain("event away");
    expect(working).toMatch(/pause/);
    expect(working).toContain("2025-02-03");
    expect(working).toMatch(/not a statutory date/);
    expect(working).toContain("2024-12-25");
  });

  it("an exception against a limit met on time is named as changing nothing", () => {
    // Final plan Mon 20 Jan 2025, before 22 Jan; draft 1 Dec 2024.
    const result = compute(caseOf([...events(), draft("2024-12-01"), { id: "final", type: "final-plan-issued", date: "2025-01-20" }]), "2025-03-10");
    const d = find(result, "final-plan");
    expect(d.status).toBe("met");
    expect(text(d)).toContain("event away");
  });
});

// ---- readings ------------------------------------------------------------------------------

describe("readings are named in the working", () => {
  it("receipt after-5pm-next-working-day and day-one-inclusive, for a request on Sat 7 Sep 2024", () => {
    const result = compute(caseOf([request("2024-09-07")], { receipt: "after-5pm-next-working-day", dayCounting: "day-one-inclusive" }), "2024-09-10");
    const d = find(result, "final-plan");
    // Counts from Mon 9 Sep 2024 as day 1: day 140 = 9 Sep + 139 = Sun 26 Jan 2025.
    expect(d.due).toBe("2025-01-26");
    const working = text(d);
    expect(working).toMatch(/after-5pm-next-working-day/);
    expect(working).toContain("2024-09-09");
    expect(working).toMatch(/day-one-inclusive/);
    expect(working).toMatch(/Sunday/);
  });

  it("service first-class-post names the day served (draft posted Fri 6 Dec 2024, served Tue 10 Dec)", () => {
    // Working days after Fri 6 Dec: Mon 9 (1st), Tue 10 (2nd). Regs 13(1)(a): 10 + 14 = Tue 24 Dec 2024.
    const result = compute(caseOf([request(), decision("2024-10-10"), draft("2024-12-06")], { service: "first-class-post" }), "2024-12-07");
    const d = find(result, "draft-representations");
    expect(d.due).toBe("2024-12-24");
    expect(text(d)).toMatch(/first-class-post/);
    expect(text(d)).toContain("2024-12-10");
    // Sat 7 and Sun 8 Dec lie between posting and service.
    expect(text(d)).toMatch(/Not counted as working days: Saturday 7 December 2024 \(2024-12-07\) weekend; Sunday 8 December 2024 \(2024-12-08\) weekend\./);
  });

  it("service first-class-post over Christmas names every holiday skipped (posted Mon 23 Dec 2024, served Fri 27 Dec)", () => {
    // Interpretation Act 1978 s.7: the second working day after Mon 23 Dec 2024 is Tue 24 Dec (1st),
    // then Wed 25 (Christmas Day) and Thu 26 (Boxing Day) are skipped: Fri 27 Dec (2nd).
    // Regs 13(1)(a), 15 days beginning with Fri 27 Dec: 27 + 14 = Fri 10 Jan 2025.
    const result = compute(caseOf([request(), decision("2024-10-10"), draft("2024-12-23")], { service: "first-class-post" }), "2024-12-24");
    const d = find(result, "draft-representations");
    expect(d.due).toBe("2025-01-10");
    const working = text(d);
    expect(working).toContain("Friday 27 December 2024");
    expect(working).toMatch(/Not counted as working days: Wednesday 25 December 2024 \(2024-12-25\) Christmas Day; Thursday 26 December 2024 \(2024-12-26\) Boxing Day\./);
  });

  it("receipt after-5pm-next-working-day names the weekend skipped (request on Sat 7 Sep 2024)", () => {
    const result = compute(caseOf([request("2024-09-07")], { receipt: "after-5pm-next-working-day" }), "2024-09-10");
    const working = text(find(result, "assessment-decision"));
    // Counts from Mon 9 Sep 2024; Regs 5(1): 9 Sep + 42 days = Mon 21 Oct 2024.
    expect(find(result, "assessment-decision").due).toBe("2024-10-21");
    expect(working).toMatch(/Not counted as working days: Saturday 7 September 2024 \(2024-09-07\) weekend; Sunday 8 September 2024 \(2024-09-08\) weekend\./);
  });
});

// ---- explain: false ------------------------------------------------------------------------

describe("explain: false", () => {
  const strip = (result: Timeline) => ({ ...result, deadlines: result.deadlines.map((d) => ({ ...d, explanation: [] })) });

  it.each([
    ["the history", caseOf(history()), "2025-01-10"],
    ["an exception case", caseOf([request(), decision("2024-10-10"), absence("2024-11-01", "2024-12-10")]), "2025-03-10"],
    ["a pause case", caseOf([request(), decision("2024-10-10"), absence("2024-11-01", "2024-12-10")], { exceptions: "pause" }), "2025-03-10"],
    [
      "a readings case",
      caseOf([request("2024-09-07"), decision("2024-10-10"), draft("2024-12-06")], { receipt: "after-5pm-next-working-day", service: "first-class-post" }),
      "2024-12-20",
    ],
  ] as const)("gives empty explanations and the same dates, statuses and problems: %s", (_label, input, asOf) => {
    const full = compute(input, asOf);
    const bare = compute(input, asOf, false);
    for (const d of bare.deadlines) expect(d.explanation).toEqual([]);
    expect(full.deadlines.some((d) => d.explanation.length > 0)).toBe(true);
    expect(bare).toEqual(strip(full));
  });
});

everyEventAccountedFor();
