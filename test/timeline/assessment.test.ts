// The EHC needs-assessment process (rules.md § 1) through the public API: request → decision →
// advice → plan decision → draft → schools consulted → final plan. Every date is worked by hand.
import { describe, expect, it } from "vitest";
import { type Deadline, type Timeline, findRule } from "../../src/index";
import { type RawCase, type RawEvent, compute, everyEventAccountedFor } from "./support";

// ---- case-file builders -------------------------------------------------------------------

const request = (date = "2024-09-04", id = "req"): RawEvent => ({ id, type: "assessment-requested", date, by: "parent" });
const decision = (date: string, outcome: "assess" | "not-assess" = "assess", id = "dec"): RawEvent => ({
  id,
  type: "assessment-decision",
  date,
  outcome,
});
const adviceRequested = (adviceId: string, date: string, from = "psychology"): RawEvent => ({
  id: `ask-${adviceId}`,
  type: "advice-requested",
  date,
  adviceId,
  from,
});
const adviceReceived = (adviceId: string, date: string): RawEvent => ({ id: `got-${adviceId}`, type: "advice-received", date, adviceId });
const planDecision = (outcome: "issue" | "not-issue", date: string, id = "pd"): RawEvent => ({ id, type: "plan-decision", date, outcome });
const draft = (date: string, servedOn?: string, id = "draft"): RawEvent => ({
  id,
  type: "draft-plan-issued",
  date,
  ...(servedOn === undefined ? {} : { servedOn }),
});
const consulted = (institutionId: string, date: string): RawEvent => ({
  id: `consult-${institutionId}`,
  type: "institution-consulted",
  date,
  institutionId,
});
const responded = (institutionId: string, date: string): RawEvent => ({
  id: `reply-${institutionId}`,
  type: "institution-responded",
  date,
  institutionId,
});
const finalPlan = (date: string, id = "final"): RawEvent => ({ id, type: "final-plan-issued", date });

function caseOf(events: readonly RawEvent[], options?: Record<string, unknown>): RawCase {
  return { caseId: "C-assessment", child: { dateOfBirth: "2016-05" }, events, ...(options === undefined ? {} : { options }) };
}

/** A whole history, all on time but one advice, for the request of Wed 4 Sep 2024. */
const history = {
  request: request(),
  decision: decision("2024-10-10"),
  askEp: adviceRequested("EP1", "2024-10-11"),
  askHealth: adviceRequested("HEALTH1", "2024-10-14", "health"),
  gotEp: adviceReceived("EP1", "2024-11-18"),
  gotHealth: adviceReceived("HEALTH1", "2024-11-29"),
  planDecision: planDecision("issue", "2024-12-02"),
  draft: draft("2024-12-06"),
  consultSch: consulted("SCH1", "2024-12-09"),
  replySch: responded("SCH1", "2024-12-20"),
  final: finalPlan("2025-01-10"),
};
const wholeHistory = (): RawEvent[] => Object.values(history);

function find(result: Timeline, key: string): Deadline {
  const found = result.deadlines.find((d) => d.key === key);
  if (found === undefined) throw new Error(`no deadline ${key}; keys: ${result.deadlines.map((d) => d.key).join(", ")}`);
  return found;
}

const status = (events: readonly RawEvent[], asOf: string, key: string, options?: Record<string, unknown>) => find(compute(caseOf(events, options), asOf), key).status;

// ---- the worked example of counting.md ----------------------------------------------------

describe("counting.md worked example: request received Wed 4 Sep 2024", () => {
  it("opens the decision, draft target, 16-week notice and final plan limits from the request", () => {
    const result = compute(caseOf([request()]), "2024-09-04");
    expect(result.stage).toBe("awaiting-assessment-decision");
    expect(result.deadlines.map((d) => d.key).sort()).toEqual(["assessment-decision", "draft-plan", "final-plan", "no-plan-notice"]);
    // Regs 5(1): 6 weeks of the request: 4 Sep 2024 + 42 days = Wed 16 Oct 2024.
    expect(find(result, "assessment-decision").due).toBe("2024-10-16");
    // Practice target, 14 weeks: 4 Sep 2024 + 98 days = Wed 11 Dec 2024.
    expect(find(result, "draft-plan").due).toBe("2024-12-11");
    // Regs 10(1): 16 weeks: 4 Sep 2024 + 112 days = Wed 25 Dec 2024, Christmas Day; an LA duty does not roll.
    expect(find(result, "no-plan-notice").due).toBe("2024-12-25");
    // Regs 13(2): 20 weeks: 4 Sep 2024 + 140 days = Wed 22 Jan 2025.
    expect(find(result, "final-plan").due).toBe("2025-01-22");
    for (const d of result.deadlines) expect(d.status).toBe("pending");
  });

  it("the 16-week notice stays on Christmas Day: pending on 25 Dec 2024, overdue on 26 Dec (not moved to 27 Dec)", () => {
    // Regs 10(1): 4 Sep 2024 + 112 days = Wed 25 Dec 2024; no plan decision recorded.
    const events = [request(), decision("2024-10-10")];
    expect(status(events, "2024-12-25", "no-plan-notice")).toBe("pending");
    expect(status(events, "2024-12-26", "no-plan-notice")).toBe("overdue");
  });

  it("the whole history end to end: every date of the request of 4 Sep 2024", () => {
    const result = compute(caseOf(wholeHistory()), "2025-01-10");
    const dues = Object.fromEntries(result.deadlines.filter((d) => !d.key.startsWith("annual-review")).map((d) => [d.key, d.due]));
    expect(dues).toEqual({
      // Regs 5(1): 4 Sep 2024 + 42 days = Wed 16 Oct 2024.
      "assessment-decision": "2024-10-16",
      // Regs 8(1): EP1 asked Fri 11 Oct 2024 + 42 days = Fri 22 Nov 2024.
      "advice:EP1": "2024-11-22",
      // Regs 8(1): HEALTH1 asked Mon 14 Oct 2024 + 42 days = Mon 25 Nov 2024.
      "advice:HEALTH1": "2024-11-25",
      // Practice: 4 Sep 2024 + 98 days = Wed 11 Dec 2024.
      "draft-plan": "2024-12-11",
      // Regs 13(1)(a): 15 days beginning with Fri 6 Dec 2024: 6 + 14 = Fri 20 Dec 2024.
      "draft-representations": "2024-12-20",
      // CoP 9.83: consulted Mon 9 Dec 2024 + 15 days = Tue 24 Dec 2024.
      "institution-response:SCH1": "2024-12-24",
      // Regs 10(1): 4 Sep 2024 + 112 days = Wed 25 Dec 2024.
      "no-plan-notice": "2024-12-25",
      // Regs 13(2): 4 Sep 2024 + 140 days = Wed 22 Jan 2025.
      "final-plan": "2025-01-22",
      // The final plan (Fri 10 Jan 2025) is appealable: Regs 33 and HESC r.20(1)(c), 2 months
      // after it was sent = Mon 10 Mar 2025, a working day, so r.12 moves nothing.
      "mediation-contact:final": "2025-03-10",
      "appeal:final": "2025-03-10",
    });
    expect(result.stage).toBe("plan-maintained");
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});

// ---- each deadline's fields ---------------------------------------------------------------

describe("the fields of every § 1 deadline (whole history, as of Fri 10 Jan 2025)", () => {
  const result = () => compute(caseOf(wholeHistory()), "2025-01-10");
  const requestAnchor = { event: "assessment-requested", eventId: "req", date: "2024-09-04" };

  it("assessment-decision: Regs 5(1), 6 weeks, met by the decision of Thu 10 Oct 2024", () => {
    // 4 Sep 2024 + 42 days = Wed 16 Oct 2024; done 10 Oct, on or before it.
    expect(find(result(), "assessment-decision")).toMatchObject({
      rule: "assessment-decision",
      due: "2024-10-16",
      status: "met",
      doneOn: "2024-10-10",
      doneBy: "dec",
      strength: "statutory",
      owner: "local-authority",
      anchor: requestAnchor,
      counting: "weeks-after(6)",
      exception: null,
      indicativeDue: null,
    });
    expect(find(result(), "assessment-decision").citation).toMatch(/reg 5\(1\)/);
  });

  it("advice: Regs 8(1), one deadline per adviceId, each from its own advice request", () => {
    const ep = find(result(), "advice:EP1");
    const health = find(result(), "advice:HEALTH1");
    // EP1: asked Fri 11 Oct 2024 + 42 days = Fri 22 Nov 2024; received Mon 18 Nov: met.
    expect(ep).toMatchObject({
      rule: "advice",
      due: "2024-11-22",
      status: "met",
      doneOn: "2024-11-18",
      doneBy: "got-EP1",
      strength: "statutory",
      owner: "advice-giver",
      anchor: { event: "advice-requested", eventId: "ask-EP1", date: "2024-10-11" },
      counting: "weeks-after(6)",
    });
    // HEALTH1: asked Mon 14 Oct 2024 + 42 days = Mon 25 Nov 2024; received Fri 29 Nov: late.
    expect(health).toMatchObject({
      rule: "advice",
      due: "2024-11-25",
      status: "late",
      doneOn: "2024-11-29",
      doneBy: "got-HEALTH1",
      owner: "advice-giver",
      anchor: { event: "advice-requested", eventId: "ask-HEALTH1", date: "2024-10-14" },
    });
    for (const d of [ep, health]) expect(d.citation).toMatch(/reg 8\(1\)/);
    expect(result().deadlines.filter((d) => d.rule === "advice")).toHaveLength(2);
  });

  it("draft-plan: a practice target of 14 weeks, met by the draft of Fri 6 Dec 2024", () => {
    // 4 Sep 2024 + 98 days = Wed 11 Dec 2024.
    const d = find(result(), "draft-plan");
    expect(d).toMatchObject({
      due: "2024-12-11",
      status: "met",
      doneOn: "2024-12-06",
      doneBy: "draft",
      strength: "practice",
      owner: "local-authority",
      anchor: requestAnchor,
      counting: "weeks-after(14)",
    });
    expect(d.reading["draftPlanTargetWeeks"]).toBe(14);
    expect(d.citation.length).toBeGreaterThan(0);
  });

  it("draft-representations: Regs 13(1)(a), 15 days beginning with the day the draft was served", () => {
    // 6 Dec 2024 is day 1; the 15th day is 6 + 14 = Fri 20 Dec 2024; by 10 Jan it has closed.
    const d = find(result(), "draft-representations");
    expect(d).toMatchObject({
      due: "2024-12-20",
      status: "closed",
      strength: "statutory",
      owner: "local-authority",
      anchor: { event: "draft-plan-issued", eventId: "draft", date: "2024-12-06" },
      counting: "days-beginning-with(15)",
      doneOn: null,
    });
    expect(d.citation).toMatch(/reg 13\(1\)\(a\)/);
  });

  it("institution-response: CoP 9.83, 15 days from the consultation, guidance owed by the institution", () => {
    // Consulted Mon 9 Dec 2024 + 15 days = Tue 24 Dec 2024; replied Fri 20 Dec: met.
    const d = find(result(), "institution-response:SCH1");
    expect(d).toMatchObject({
      rule: "institution-response",
      due: "2024-12-24",
      status: "met",
      doneOn: "2024-12-20",
      doneBy: "reply-SCH1",
      strength: "guidance",
      owner: "institution",
      anchor: { event: "institution-consulted", eventId: "consult-SCH1", date: "2024-12-09" },
      counting: "days-after(15)",
    });
    expect(d.citation).toMatch(/9\.83/);
  });

  it("no-plan-notice: Regs 10(1), not applicable once the LA decided to issue", () => {
    // 4 Sep 2024 + 112 days = Wed 25 Dec 2024 (kept for reference).
    const d = find(result(), "no-plan-notice");
    expect(d).toMatchObject({
      due: "2024-12-25",
      status: "not-applicable",
      doneOn: null,
      strength: "statutory",
      owner: "local-authority",
      anchor: requestAnchor,
      counting: "weeks-after(16)",
    });
    expect(d.citation).toMatch(/reg 10\(1\)/);
  });

  it("final-plan: Regs 13(2), 20 weeks, met by the final plan of Fri 10 Jan 2025", () => {
    // 4 Sep 2024 + 140 days = Wed 22 Jan 2025; done 10 Jan 2025.
    const d = find(result(), "final-plan");
    expect(d).toMatchObject({
      due: "2025-01-22",
      status: "met",
      doneOn: "2025-01-10",
      doneBy: "final",
      strength: "statutory",
      owner: "local-authority",
      anchor: requestAnchor,
      counting: "weeks-after(20)",
    });
    expect(d.citation).toMatch(/reg 13\(2\)/);
  });

  it("every deadline has a title and a citation, and keys are unique", () => {
    const all = result().deadlines;
    for (const d of all) {
      expect(d.title.length).toBeGreaterThan(0);
      expect(d.citation.trim().length).toBeGreaterThan(0);
    }
    expect(new Set(all.map((d) => d.key)).size).toBe(all.length);
  });

  // rules.md § 1, the citation column, provision by provision.
  it.each([
    ["assessment-decision", ["reg 5(1)", "reg 4(1)"]],
    ["advice", ["reg 8(1)", "s.31"]],
    ["draft-plan", ["No provision in law"]],
    ["no-plan-notice", ["reg 10(1)", "s.36(9)"]],
    ["draft-representations", ["reg 13(1)(a)", "s.38(2)-(4)", "Code of Practice 9.77"]],
    ["institution-response", ["s.39(2)-(3)", "s.40(3)", "Code of Practice 9.83", "not verified"]],
    ["final-plan", ["reg 13(2)"]],
  ])("%s cites every provision rules.md § 1 gives for it", (id, provisions) => {
    const citation = findRule(id)?.citation ?? "";
    for (const provision of provisions) expect(citation).toContain(provision);
  });
});

// ---- statuses -----------------------------------------------------------------------------

describe("statuses at different as-of dates", () => {
  it("assessment-decision (Regs 5(1), due Wed 16 Oct 2024): pending on the last day, overdue the day after, met or late", () => {
    // 4 Sep 2024 + 42 days = 16 Oct 2024.
    expect(status([request()], "2024-10-16", "assessment-decision")).toBe("pending");
    expect(status([request()], "2024-10-17", "assessment-decision")).toBe("overdue");
    expect(status([request(), decision("2024-10-16")], "2024-11-01", "assessment-decision")).toBe("met");
    expect(status([request(), decision("2024-10-17")], "2024-11-01", "assessment-decision")).toBe("late");
  });

  it("advice (Regs 8(1), asked Fri 11 Oct 2024, due Fri 22 Nov 2024)", () => {
    // 11 Oct 2024 + 42 days = 22 Nov 2024.
    const asked = [request(), decision("2024-10-10"), adviceRequested("EP1", "2024-10-11")];
    expect(status(asked, "2024-11-22", "advice:EP1")).toBe("pending");
    expect(status(asked, "2024-11-23", "advice:EP1")).toBe("overdue");
    expect(status([...asked, adviceReceived("EP1", "2024-11-22")], "2024-12-01", "advice:EP1")).toBe("met");
    expect(status([...asked, adviceReceived("EP1", "2024-11-23")], "2024-12-01", "advice:EP1")).toBe("late");
  });

  it("draft-plan (practice, due Wed 11 Dec 2024)", () => {
    // 4 Sep 2024 + 98 days = 11 Dec 2024.
    const assessing = [request(), decision("2024-10-10")];
    expect(status(assessing, "2024-12-11", "draft-plan")).toBe("pending");
    expect(status(assessing, "2024-12-12", "draft-plan")).toBe("overdue");
    expect(status([...assessing, draft("2024-12-11")], "2024-12-20", "draft-plan")).toBe("met");
    expect(status([...assessing, draft("2024-12-12")], "2024-12-20", "draft-plan")).toBe("late");
  });

  it("institution-response (CoP 9.83, consulted Mon 9 Dec 2024, due Tue 24 Dec 2024)", () => {
    // 9 Dec 2024 + 15 days = 24 Dec 2024.
    const consulting = [request(), decision("2024-10-10"), draft("2024-12-06"), consulted("SCH1", "2024-12-09")];
    expect(status(consulting, "2024-12-24", "institution-response:SCH1")).toBe("pending");
    expect(status(consulting, "2024-12-25", "institution-response:SCH1")).toBe("overdue");
    expect(status([...consulting, responded("SCH1", "2024-12-24")], "2025-01-02", "institution-response:SCH1")).toBe("met");
    expect(status([...consulting, responded("SCH1", "2024-12-27")], "2025-01-02", "institution-response:SCH1")).toBe("late");
  });

  it("each consulted institution has its own response deadline, matched by institutionId", () => {
    // SCH1 consulted Mon 9 Dec 2024 + 15 = Tue 24 Dec 2024; SCH2 consulted Wed 11 Dec 2024 + 15 = Thu 26 Dec 2024.
    const events = [request(), decision("2024-10-10"), draft("2024-12-06"), consulted("SCH1", "2024-12-09"), consulted("SCH2", "2024-12-11"), responded("SCH2", "2024-12-20")];
    const result = compute(caseOf(events), "2024-12-30");
    expect(find(result, "institution-response:SCH1")).toMatchObject({ due: "2024-12-24", status: "overdue", doneOn: null });
    expect(find(result, "institution-response:SCH2")).toMatchObject({ due: "2024-12-26", status: "met", doneBy: "reply-SCH2" });
  });

  it("final-plan (Regs 13(2), due Wed 22 Jan 2025)", () => {
    // 4 Sep 2024 + 140 days = 22 Jan 2025. Draft served 6 Dec: its window closed 20 Dec.
    const drafted = [request(), decision("2024-10-10"), draft("2024-12-06")];
    expect(status(drafted, "2025-01-22", "final-plan")).toBe("pending");
    expect(status(drafted, "2025-01-23", "final-plan")).toBe("overdue");
    expect(status([...drafted, finalPlan("2025-01-22")], "2025-02-01", "final-plan")).toBe("met");
    expect(status([...drafted, finalPlan("2025-01-23")], "2025-02-01", "final-plan")).toBe("late");
  });
});

// ---- the draft-plan target as a policy value ----------------------------------------------

describe("draft-plan practice target and the draftPlanTargetWeeks option", () => {
  it("16 weeks moves the target to Wed 25 Dec 2024 and is recorded", () => {
    // 4 Sep 2024 + 16 × 7 = 112 days = Wed 25 Dec 2024.
    const d = find(compute(caseOf([request()], { draftPlanTargetWeeks: 16 }), "2024-09-10"), "draft-plan");
    expect(d).toMatchObject({ due: "2024-12-25", counting: "weeks-after(16)", strength: "practice" });
    expect(d.reading["draftPlanTargetWeeks"]).toBe(16);
  });

  it("a draft on Thu 12 Dec 2024 is late against 14 weeks (11 Dec) but met against 16 (25 Dec)", () => {
    const events = [request(), decision("2024-10-10"), draft("2024-12-12")];
    expect(status(events, "2024-12-30", "draft-plan")).toBe("late");
    expect(status(events, "2024-12-30", "draft-plan", { draftPlanTargetWeeks: 16 })).toBe("met");
  });

  it("the target does not move the statutory limits (Regs 10(1), 13(2))", () => {
    const result = compute(caseOf([request()], { draftPlanTargetWeeks: 16 }), "2024-09-10");
    expect(find(result, "no-plan-notice").due).toBe("2024-12-25");
    expect(find(result, "final-plan").due).toBe("2025-01-22");
  });
});

// ---- branches: no-plan-notice and not-assess ----------------------------------------------

describe("no-plan-notice (Regs 10(1)) and the branches of the process", () => {
  it("is not applicable once the LA decides to issue, even after its date has passed", () => {
    const events = [request(), decision("2024-10-10"), planDecision("issue", "2024-12-02")];
    const result = compute(caseOf(events), "2025-01-10");
    expect(find(result, "no-plan-notice").status).toBe("not-applicable");
    expect(result.stage).toBe("assessing");
  });

  it("a plan decision to issue after 25 Dec 2024 still makes it not applicable (the 16 weeks bind only a 'no')", () => {
    const events = [request(), decision("2024-10-10"), planDecision("issue", "2024-12-30")];
    expect(status(events, "2025-01-02", "no-plan-notice")).toBe("not-applicable");
  });

  it("is not applicable once a draft plan is issued, with no plan decision recorded", () => {
    const events = [request(), decision("2024-10-10"), draft("2024-12-06")];
    expect(status(events, "2025-01-10", "no-plan-notice")).toBe("not-applicable");
  });

  it("is met by a plan decision not to issue on or before Wed 25 Dec 2024; late after", () => {
    // 4 Sep 2024 + 112 days = 25 Dec 2024.
    const onTime = compute(caseOf([request(), decision("2024-10-10"), planDecision("not-issue", "2024-12-20")]), "2025-01-10");
    expect(find(onTime, "no-plan-notice")).toMatchObject({ status: "met", doneOn: "2024-12-20", doneBy: "pd" });
    expect(onTime.stage).toBe("not-issuing");
    expect(find(onTime, "draft-plan").status).toBe("not-applicable");
    expect(find(onTime, "final-plan").status).toBe("not-applicable");
    expect(status([request(), decision("2024-10-10"), planDecision("not-issue", "2024-12-27")], "2025-01-10", "no-plan-notice")).toBe("late");
  });

  it("a decision not to assess meets the 6 weeks and ends the process: the other limits are not applicable", () => {
    // Regs 4(1)/5(1): 4 Sep 2024 + 42 days = 16 Oct 2024; "no" on Tue 1 Oct 2024 is in time.
    const result = compute(caseOf([request(), decision("2024-10-01", "not-assess")]), "2025-03-01");
    expect(result.stage).toBe("not-assessing");
    expect(find(result, "assessment-decision")).toMatchObject({ due: "2024-10-16", status: "met", doneBy: "dec" });
    for (const key of ["draft-plan", "no-plan-notice", "final-plan"]) expect(find(result, key).status).toBe("not-applicable");
  });
});

// ---- the stage at each point --------------------------------------------------------------

describe("the stage at each point of the process", () => {
  const steps: readonly [string, number, string][] = [
    ["after the request", 1, "awaiting-assessment-decision"],
    ["after the decision to assess", 2, "assessing"],
    ["after the advice requests", 4, "assessing"],
    ["after the advice is in", 6, "assessing"],
    ["after the decision to issue", 7, "assessing"],
    ["after the draft", 8, "draft-issued"],
    ["after the consultation and reply", 10, "draft-issued"],
    ["after the final plan", 11, "plan-maintained"],
  ];
  it.each(steps)("%s", (_label, count, stage) => {
    const events = wholeHistory().slice(0, count);
    const last = events[events.length - 1] as { date: string };
    expect(compute(caseOf(events), last.date).stage).toBe(stage);
  });

  it("not-assessing after a 'no' to assessing, not-issuing after a 'no' to a plan", () => {
    expect(compute(caseOf([request(), decision("2024-10-01", "not-assess")]), "2024-10-01").stage).toBe("not-assessing");
    expect(compute(caseOf([request(), decision("2024-10-01"), planDecision("not-issue", "2024-12-02")]), "2024-12-02").stage).toBe("not-issuing");
  });

  it("the input order does not matter: events are sorted by date", () => {
    const sorted = compute(caseOf(wholeHistory()), "2025-01-10");
    const shuffled = compute(caseOf([...wholeHistory()].reverse()), "2025-01-10");
    expect(shuffled.stage).toBe(sorted.stage);
    expect(shuffled.deadlines).toEqual(sorted.deadlines);
  });
});

// ---- the 15-day window on the draft -------------------------------------------------------

describe("draft-representations window (Regs 13(1)(a)): draft served Mon 3 Mar 2025", () => {
  // Request Mon 4 Nov 2024: final plan due 4 Nov 2024 + 140 days = Mon 24 Mar 2025.
  const before = [request("2024-11-04"), decision("2024-12-02")];

  it("is open until its last day, Mon 17 Mar 2025 (3 + 14), and closed from Tue 18 Mar", () => {
    const events = [...before, draft("2025-03-03")];
    expect(status(events, "2025-03-03", "draft-representations")).toBe("open");
    expect(status(events, "2025-03-17", "draft-representations")).toBe("open");
    expect(status(events, "2025-03-18", "draft-representations")).toBe("closed");
    expect(find(compute(caseOf(events), "2025-03-10"), "draft-representations").due).toBe("2025-03-17");
  });

  it("a final plan on the window's last day, Mon 17 Mar 2025, is a final-before-window-closed error", () => {
    const result = compute(caseOf([...before, draft("2025-03-03"), finalPlan("2025-03-17")]), "2025-03-20");
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "final-before-window-closed", severity: "error", eventId: "final" }));
  });

  it("a final plan on the same day as the draft is an error too", () => {
    const result = compute(caseOf([...before, draft("2025-03-03"), finalPlan("2025-03-03")]), "2025-03-20");
    expect(result.problems.map((p) => p.code)).toContain("final-before-window-closed");
  });

  it("a final plan on Tue 18 Mar 2025, the earliest lawful day, raises no problem and meets the 20 weeks (due 24 Mar)", () => {
    const result = compute(caseOf([...before, draft("2025-03-03"), finalPlan("2025-03-18")]), "2025-03-20");
    expect(result.problems.map((p) => p.code)).not.toContain("final-before-window-closed");
    expect(find(result, "final-plan")).toMatchObject({ due: "2025-03-24", status: "met", doneOn: "2025-03-18" });
  });

  it("servedOn Wed 5 Mar 2025 moves the window: last day Wed 19 Mar 2025 (5 + 14)", () => {
    const served = draft("2025-03-03", "2025-03-05");
    const events = [...before, served];
    const window = find(compute(caseOf(events), "2025-03-10"), "draft-representations");
    expect(window).toMatchObject({ due: "2025-03-19", anchor: { event: "draft-plan-issued", eventId: "draft", date: "2025-03-05" } });
    expect(status(events, "2025-03-19", "draft-representations")).toBe("open");
    expect(status(events, "2025-03-20", "draft-representations")).toBe("closed");
    // Final on Tue 18 Mar: lawful for a draft served 3 Mar, but this one was served 5 Mar.
    const early = compute(caseOf([...events, finalPlan("2025-03-18")]), "2025-03-25");
    expect(early.problems.map((p) => p.code)).toContain("final-before-window-closed");
    const onTime = compute(caseOf([...events, finalPlan("2025-03-20")]), "2025-03-25");
    expect(onTime.problems.map((p) => p.code)).not.toContain("final-before-window-closed");
  });

  it("the draft-plan target is met by the draft date, not the date served", () => {
    // Practice target: 4 Nov 2024 + 98 days = Mon 10 Feb 2025; a draft dated 3 Mar is late whatever servedOn says.
    expect(find(compute(caseOf([...before, draft("2025-03-03", "2025-03-05")]), "2025-03-10"), "draft-plan")).toMatchObject({
      due: "2025-02-10",
      status: "late",
      doneOn: "2025-03-03",
    });
  });
});

everyEventAccountedFor();
