// The readings of counting.md § Readings (dayCounting, receipt, service) and the civil date of
// timestamps (counting.md § "Calendar dates from timestamps"). `npm test` runs this file under
// four machine time zones; every expected date below is worked out by hand, so the outputs are
// the same in each.
import { describe, expect, it } from "vitest";
import { type Deadline, type Timeline, parseCaseFile } from "../../src/index";
import { type RawCase, type RawEvent, compute, everyEventAccountedFor } from "./support";

// ---- case-file builders -------------------------------------------------------------------

const request = (date: string, extra: Record<string, unknown> = {}): RawEvent => ({
  id: "req",
  type: "assessment-requested",
  date,
  by: "parent",
  ...extra,
});
const decision = (date: string): RawEvent => ({ id: "dec", type: "assessment-decision", date, outcome: "assess" });
const draft = (date: string, servedOn?: string): RawEvent => ({
  id: "draft",
  type: "draft-plan-issued",
  date,
  ...(servedOn === undefined ? {} : { servedOn }),
});
const consulted = (date: string): RawEvent => ({ id: "consult", type: "institution-consulted", date, institutionId: "SCH1" });
const adviceRequested = (date: string): RawEvent => ({ id: "ask", type: "advice-requested", date, adviceId: "EP1", from: "psychology" });

const caseOf = (events: readonly RawEvent[], options: Record<string, unknown> = {}): RawCase => ({
  caseId: "C-readings",
  child: { dateOfBirth: "2016-05" },
  events,
  options,
});

function find(result: Timeline, key: string): Deadline {
  const found = result.deadlines.find((d) => d.key === key);
  if (found === undefined) throw new Error(`no deadline ${key}`);
  return found;
}
const dues = (result: Timeline, keys: readonly string[]): Record<string, string | null> => Object.fromEntries(keys.map((key) => [key, find(result, key).due]));

const FROM_REQUEST = ["assessment-decision", "draft-plan", "no-plan-notice", "final-plan"] as const;
const AFTER_5PM = { receipt: "after-5pm-next-working-day" };

// ---- dayCounting ---------------------------------------------------------------------------

describe("dayCounting", () => {
  it("statutory (default): the day of receipt is not counted; recorded on each deadline", () => {
    const result = compute(caseOf([request("2024-09-04")]), "2024-09-10");
    // 4 Sep 2024 + 42 / 98 / 112 / 140 days.
    expect(dues(result, FROM_REQUEST)).toEqual({
      "assessment-decision": "2024-10-16",
      "draft-plan": "2024-12-11",
      "no-plan-notice": "2024-12-25",
      "final-plan": "2025-01-22",
    });
    for (const key of FROM_REQUEST) expect(find(result, key).reading["dayCounting"]).toBe("statutory");
  });

  it("day-one-inclusive: 4 Sep 2024 is day 1, so every period from the request ends a day earlier", () => {
    const result = compute(caseOf([request("2024-09-04")], { dayCounting: "day-one-inclusive" }), "2024-09-10");
    // Day 1 = 4 Sep: day 42 = 4 Sep + 41 = Tue 15 Oct 2024; day 98 = Tue 10 Dec 2024;
    // day 112 = Tue 24 Dec 2024; day 140 = 4 Sep + 139 = Tue 21 Jan 2025.
    expect(dues(result, FROM_REQUEST)).toEqual({
      "assessment-decision": "2024-10-15",
      "draft-plan": "2024-12-10",
      "no-plan-notice": "2024-12-24",
      "final-plan": "2025-01-21",
    });
    for (const key of FROM_REQUEST) expect(find(result, key).reading["dayCounting"]).toBe("day-one-inclusive");
  });

  it("day-one-inclusive also shortens advice and institution periods; the 15-day window already begins with its day", () => {
    const events = [request("2024-09-04"), decision("2024-10-10"), adviceRequested("2024-10-11"), draft("2024-12-06"), consulted("2024-12-09")];
    const result = compute(caseOf(events, { dayCounting: "day-one-inclusive" }), "2024-12-10");
    // Regs 8(1): 11 Oct is day 1, day 42 = 11 Oct + 41 = Thu 21 Nov 2024.
    expect(find(result, "advice:EP1").due).toBe("2024-11-21");
    // CoP 9.83: 9 Dec is day 1, day 15 = 9 Dec + 14 = Mon 23 Dec 2024.
    expect(find(result, "institution-response:SCH1").due).toBe("2024-12-23");
    // Regs 13(1)(a): "beginning with" already counts 6 Dec as day 1: 6 + 14 = Fri 20 Dec 2024, as under the default.
    expect(find(result, "draft-representations").due).toBe("2024-12-20");
    expect(find(result, "draft-representations").reading["dayCounting"]).toBeUndefined();
  });
});

// ---- receipt -------------------------------------------------------------------------------

describe("receipt reading after-5pm-next-working-day", () => {
  it("a request at 17:30 on Wed 4 Sep 2024 (BST) counts from Thu 5 Sep", () => {
    const result = compute(caseOf([request("2024-09-04T17:30:00+01:00")], AFTER_5PM), "2024-09-10");
    // 5 Sep 2024 + 42 = Thu 17 Oct 2024; + 98 = Thu 12 Dec 2024; + 112 = Thu 26 Dec 2024; + 140 = Thu 23 Jan 2025.
    expect(dues(result, FROM_REQUEST)).toEqual({
      "assessment-decision": "2024-10-17",
      "draft-plan": "2024-12-12",
      "no-plan-notice": "2024-12-26",
      "final-plan": "2025-01-23",
    });
    for (const key of FROM_REQUEST) expect(find(result, key).reading["receipt"]).toBe("after-5pm-next-working-day");
  });

  it("the same timestamp under the default as-recorded reading counts from Wed 4 Sep", () => {
    const result = compute(caseOf([request("2024-09-04T17:30:00+01:00")]), "2024-09-10");
    // Regs 13(2): 4 Sep 2024 + 140 = Wed 22 Jan 2025.
    expect(find(result, "final-plan").due).toBe("2025-01-22");
    expect(find(result, "final-plan").reading["receipt"]).toBe("as-recorded");
  });

  it("16:30 UTC on 4 Sep 2024 is 17:30 in England (BST), so it is after 5pm", () => {
    const result = compute(caseOf([request("2024-09-04T16:30:00Z")], AFTER_5PM), "2024-09-10");
    // Counts from Thu 5 Sep: 5 Sep 2024 + 140 = Thu 23 Jan 2025.
    expect(find(result, "final-plan").due).toBe("2025-01-23");
  });

  it("16:59 in England is before 5pm: counts from the same day", () => {
    const result = compute(caseOf([request("2024-09-04T16:59:00+01:00")], AFTER_5PM), "2024-09-10");
    // 4 Sep 2024 + 140 = Wed 22 Jan 2025.
    expect(find(result, "final-plan").due).toBe("2025-01-22");
  });

  it("exactly 17:00 is not after 5pm: counts from the same day", () => {
    const result = compute(caseOf([request("2024-09-04T17:00:00+01:00")], AFTER_5PM), "2024-09-10");
    // 4 Sep 2024 + 140 = Wed 22 Jan 2025.
    expect(find(result, "final-plan").due).toBe("2025-01-22");
  });

  it("a request on Sat 7 Sep 2024 counts from Mon 9 Sep", () => {
    // 9 Sep 2024 + 42 = Mon 21 Oct 2024; + 140 = Mon 27 Jan 2025.
    for (const date of ["2024-09-07", "2024-09-07T10:00:00+01:00"]) {
      const result = compute(caseOf([request(date)], AFTER_5PM), "2024-09-10");
      expect(find(result, "assessment-decision").due, date).toBe("2024-10-21");
      expect(find(result, "final-plan").due, date).toBe("2025-01-27");
    }
  });

  it("a request after 5pm on Fri 6 Sep 2024 counts from Mon 9 Sep", () => {
    const result = compute(caseOf([request("2024-09-06T17:30:00+01:00")], AFTER_5PM), "2024-09-10");
    // 9 Sep 2024 + 140 = Mon 27 Jan 2025.
    expect(find(result, "final-plan").due).toBe("2025-01-27");
  });

  it("a request on the summer bank holiday, Mon 26 Aug 2024, counts from Tue 27 Aug", () => {
    const result = compute(caseOf([request("2024-08-26")], AFTER_5PM), "2024-09-10");
    // 27 Aug 2024 + 42 = Tue 8 Oct 2024; + 140 = Tue 14 Jan 2025.
    expect(find(result, "assessment-decision").due).toBe("2024-10-08");
    expect(find(result, "final-plan").due).toBe("2025-01-14");
  });

  it("a caller cannot set the time of day: secondOfDay is an unknown key, and x-secondOfDay changes nothing", () => {
    const parsed = parseCaseFile(caseOf([request("2024-09-04", { secondOfDay: 66_000 })], AFTER_5PM));
    expect(parsed.success ? [] : parsed.issues.map((i) => [i.code, i.path, i.key])).toEqual([["unknown-key", "events[0]", "secondOfDay"]]);
    // A plain date has no time of day: 4 Sep 2024 (a Wednesday, a working day) + 140 = Wed 22 Jan 2025.
    const result = compute(caseOf([request("2024-09-04", { "x-secondOfDay": 66_000 })], AFTER_5PM), "2024-09-10");
    expect(find(result, "final-plan").due).toBe("2025-01-22");
  });
});

// ---- service -------------------------------------------------------------------------------

describe("service reading first-class-post (Interpretation Act 1978 s.7)", () => {
  const before = [request("2024-11-04"), decision("2024-12-02")];

  it("a draft posted Fri 7 Mar 2025 is served Tue 11 Mar (2nd working day after); window ends Tue 25 Mar", () => {
    // Working days after Fri 7 Mar: Mon 10 (1st), Tue 11 (2nd). Regs 13(1)(a): 11 + 14 = 25 Mar 2025.
    const result = compute(caseOf([...before, draft("2025-03-07")], { service: "first-class-post" }), "2025-03-10");
    const window = find(result, "draft-representations");
    expect(window.due).toBe("2025-03-25");
    expect(window.reading["service"]).toBe("first-class-post");
  });

  it("as-recorded (default): the same draft is served on Fri 7 Mar; window ends Fri 21 Mar", () => {
    // 7 + 14 = 21 Mar 2025.
    const window = find(compute(caseOf([...before, draft("2025-03-07")]), "2025-03-10"), "draft-representations");
    expect(window.due).toBe("2025-03-21");
    expect(window.reading["service"]).toBe("as-recorded");
  });

  it("posting before Easter 2025 skips Good Friday and Easter Monday: posted Thu 17 Apr, served Wed 23 Apr, window ends Wed 7 May", () => {
    // Fri 18 Apr Good Friday, Sat 19, Sun 20, Mon 21 Easter Monday; Tue 22 (1st), Wed 23 (2nd). 23 Apr + 14 = 7 May 2025.
    const result = compute(caseOf([request("2025-01-06"), decision("2025-02-03"), draft("2025-04-17")], { service: "first-class-post" }), "2025-04-20");
    expect(find(result, "draft-representations").due).toBe("2025-05-07");
  });

  it("a recorded servedOn wins over the reading", () => {
    // Served Wed 12 Mar 2025 as recorded: 12 + 14 = Wed 26 Mar 2025.
    const result = compute(caseOf([...before, draft("2025-03-07", "2025-03-12")], { service: "first-class-post" }), "2025-03-10");
    expect(find(result, "draft-representations").due).toBe("2025-03-26");
  });

  it("a final plan on the last day of the posted window is too early", () => {
    // Window ends Tue 25 Mar 2025 (above); a final plan on 25 Mar is before the window closed.
    const events = [...before, draft("2025-03-07"), { id: "final", type: "final-plan-issued", date: "2025-03-25" }];
    const result = compute(caseOf(events, { service: "first-class-post" }), "2025-03-30");
    expect(result.problems.map((p) => p.code)).toContain("final-before-window-closed");
  });
});

// ---- timestamps ----------------------------------------------------------------------------

describe("timestamps become civil dates in Europe/London", () => {
  it("2025-06-30T23:30:00Z is Tue 1 July 2025 in England (BST)", () => {
    const result = compute(caseOf([request("2025-06-30T23:30:00Z")]), "2025-07-10");
    expect(find(result, "final-plan").anchor.date).toBe("2025-07-01");
    // Regs 5(1): 1 Jul 2025 + 42 = Tue 12 Aug 2025. Regs 13(2): 1 Jul 2025 + 140 = Tue 18 Nov 2025.
    expect(find(result, "assessment-decision").due).toBe("2025-08-12");
    expect(find(result, "final-plan").due).toBe("2025-11-18");
  });

  it("2024-12-31T23:30:00Z stays 31 Dec 2024 (GMT in winter)", () => {
    const result = compute(caseOf([request("2024-12-31T23:30:00Z")]), "2025-01-10");
    // 31 Dec 2024 + 42 = Tue 11 Feb 2025.
    expect(find(result, "assessment-decision")).toMatchObject({ anchor: { date: "2024-12-31" }, due: "2025-02-11" });
  });

  it("around the change to BST on Sun 30 Mar 2025: 00:30Z is 30 Mar, 23:30Z is 31 Mar", () => {
    // 30 Mar 2025 + 42 = Sun 11 May 2025; 31 Mar 2025 + 42 = Mon 12 May 2025.
    expect(find(compute(caseOf([request("2025-03-30T00:30:00Z")]), "2025-04-01"), "assessment-decision").due).toBe("2025-05-11");
    expect(find(compute(caseOf([request("2025-03-30T23:30:00Z")]), "2025-04-01"), "assessment-decision").due).toBe("2025-05-12");
  });

  it("an offset timestamp is converted too: 2024-09-05T00:30:00+02:00 is 22:30 UTC, 23:30 on Wed 4 Sep 2024 in England", () => {
    // 4 Sep 2024 + 140 = Wed 22 Jan 2025.
    expect(find(compute(caseOf([request("2024-09-05T00:30:00+02:00")]), "2024-09-10"), "final-plan").due).toBe("2025-01-22");
    // 2024-09-05T01:30:00+02:00 is 23:30 UTC, 00:30 on Thu 5 Sep in England: 5 Sep 2024 + 140 = Thu 23 Jan 2025.
    expect(find(compute(caseOf([request("2024-09-05T01:30:00+02:00")]), "2024-09-10"), "final-plan").due).toBe("2025-01-23");
  });
});

// ---- the reading object --------------------------------------------------------------------

describe("the reading object records what produced each date", () => {
  it("the request-based limits record dayCounting and receipt; the draft target also its policy value", () => {
    const result = compute(caseOf([request("2024-09-04")], { draftPlanTargetWeeks: 15 }), "2024-09-10");
    expect(find(result, "final-plan").reading).toEqual({ dayCounting: "statutory", receipt: "as-recorded" });
    expect(find(result, "draft-plan").reading).toEqual({ dayCounting: "statutory", receipt: "as-recorded", draftPlanTargetWeeks: 15 });
    // 15 weeks: 4 Sep 2024 + 105 = Wed 18 Dec 2024.
    expect(find(result, "draft-plan").due).toBe("2024-12-18");
  });

  it("the draft window records the service reading; advice records dayCounting and service", () => {
    const events = [request("2024-09-04"), decision("2024-10-10"), adviceRequested("2024-10-11"), draft("2024-12-06")];
    const result = compute(caseOf(events, { service: "first-class-post", dayCounting: "day-one-inclusive" }), "2024-12-07");
    expect(find(result, "draft-representations").reading).toEqual({ service: "first-class-post" });
    // Regs 8(1) runs from the day the body received the request, so a posted request is served first.
    expect(find(result, "advice:EP1").reading).toEqual({ dayCounting: "day-one-inclusive", service: "first-class-post" });
    // Posted Fri 11 Oct 2024: served on the 2nd working day after, Tue 15 Oct; 42 days beginning
    // with 15 Oct (day-one-inclusive) end Mon 25 Nov 2024.
    expect(find(result, "advice:EP1").due).toBe("2024-11-25");
  });

  it("advice runs from receivedOn when the request records it (Regs 8(1))", () => {
    const events = [
      request("2024-09-04"),
      decision("2024-10-10"),
      { type: "advice-requested", date: "2024-10-11", adviceId: "EP1", from: "psychology", receivedOn: "2024-10-14" },
    ];
    const result = compute(caseOf(events), "2024-10-15");
    // Received Mon 14 Oct 2024 + 42 days = Mon 25 Nov 2024; no service reading is involved.
    expect(find(result, "advice:EP1").due).toBe("2024-11-25");
    expect(find(result, "advice:EP1").reading).toEqual({ dayCounting: "statutory" });
  });

  it("an applied exception adds the exceptions reading", () => {
    const events = [
      request("2024-09-04"),
      { id: "exc", type: "exception-recorded", date: "2024-11-01", ground: "personal-circumstances", from: "2024-11-01", to: "2024-11-10" },
    ];
    const result = compute(caseOf(events, { exceptions: "pause" }), "2024-11-20");
    expect(find(result, "final-plan").reading).toEqual({ dayCounting: "statutory", receipt: "as-recorded", exceptions: "pause" });
    // 22 Jan 2025 + 10 exception days = Sat 1 Feb 2025.
    expect(find(result, "final-plan").due).toBe("2025-02-01");
  });
});

everyEventAccountedFor();
