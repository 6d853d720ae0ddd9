// Reading a case file (case-file.md § Case file): bad input becomes issues with JSON paths,
// several at once, and no issue repeats what the caller sent.
import { describe, expect, it } from "vitest";
import { type CaseFile, type InputIssue, parseCaseFile, parseCaseFileJson, timeline } from "../../src/index";
import { UNKNOWN_EVENT_TYPE_MESSAGE } from "../../src/schema/parse";

// ---- case-file builders -------------------------------------------------------------------

const request = (extra: Record<string, unknown> = {}) => ({ type: "assessment-requested", date: "2024-09-04", by: "parent", ...extra });
const decision = (extra: Record<string, unknown> = {}) => ({ type: "assessment-decision", date: "2024-10-10", outcome: "assess", ...extra });
const caseOf = (events: unknown[], extra: Record<string, unknown> = {}) => ({ caseId: "C-parse", events, ...extra });

function issuesOf(input: unknown): readonly InputIssue[] {
  const result = parseCaseFile(input);
  if (result.success) throw new Error("expected the case file to be rejected");
  return result.issues;
}
function dataOf(input: unknown): CaseFile {
  const result = parseCaseFile(input);
  if (!result.success) throw new Error(`expected the case file to parse: ${JSON.stringify(result.issues)}`);
  return result.data;
}
const at = (issues: readonly InputIssue[], path: string) => issues.filter((i) => i.path === path);

// ---- one issue at a time -------------------------------------------------------------------

describe("each kind of bad input gives an issue at its JSON path", () => {
  it("text that is not JSON: invalid-json at the root", () => {
    const result = parseCaseFileJson('{"caseId": "C-1", "events": [');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([{ code: "invalid-json", path: "", message: expect.any(String) }]);
  });

  it("a missing caseId: missing at caseId", () => {
    expect(issuesOf({ events: [request()] })).toEqual([{ code: "missing", path: "caseId", message: expect.any(String) }]);
  });

  it("missing events: missing at events", () => {
    expect(at(issuesOf({ caseId: "C-1" }), "events").map((i) => i.code)).toEqual(["missing"]);
  });

  it("a day that does not exist, 30 Feb 2025, at events[1].date: invalid-date", () => {
    const issues = issuesOf(caseOf([request(), decision({ date: "2025-02-30" })]));
    expect(issues).toEqual([{ code: "invalid-date", path: "events[1].date", message: expect.any(String) }]);
  });

  it("29 Feb in a year that is not a leap year (2025) is invalid; in 2024 it is fine", () => {
    expect(at(issuesOf(caseOf([request({ date: "2025-02-29" })])), "events[0].date").map((i) => i.code)).toEqual(["invalid-date"]);
    expect(dataOf(caseOf([request({ date: "2024-02-29" })])).events[0]?.date).toBe("2024-02-29");
  });

  it("a date in another format (04/09/2024) is invalid-date", () => {
    expect(at(issuesOf(caseOf([request({ date: "04/09/2024" })])), "events[0].date").map((i) => i.code)).toEqual(["invalid-date"]);
  });

  it("other date fields: servedOn and an exception's from are checked too", () => {
    const issues = issuesOf(
      caseOf([
        request(),
        { type: "draft-plan-issued", date: "2024-12-06", servedOn: "2024-12-32" },
        { type: "exception-recorded", date: "2024-11-01", ground: "personal-circumstances", from: "2024-13-01" },
      ]),
    );
    expect(at(issues, "events[1].servedOn").map((i) => i.code)).toEqual(["invalid-date"]);
    expect(at(issues, "events[2].from").map((i) => i.code)).toEqual(["invalid-date"]);
  });

  it("an unknown enum value: invalid-value at events[0].by and at options.dayCounting", () => {
    expect(issuesOf(caseOf([request({ by: "grandparent" })]))).toEqual([{ code: "invalid-value", path: "events[0].by", message: expect.any(String) }]);
    expect(issuesOf(caseOf([request()], { options: { dayCounting: "calendar" } }))).toEqual([
      { code: "invalid-value", path: "options.dayCounting", message: expect.any(String) },
    ]);
  });

  it("an exception ground that does not exist: invalid-value at events[1].ground", () => {
    const issues = issuesOf(caseOf([request(), { type: "exception-recorded", date: "2024-11-01", ground: "bad-weather", from: "2024-11-01" }]));
    expect(at(issues, "events[1].ground").map((i) => i.code)).toEqual(["invalid-value"]);
  });

  it("an array where an object belongs: invalid-type at child, calendar and options", () => {
    const issues = issuesOf(caseOf([request()], { child: [], calendar: [], options: [] }));
    expect(at(issues, "child").map((i) => i.code)).toEqual(["invalid-type"]);
    expect(at(issues, "calendar").map((i) => i.code)).toEqual(["invalid-type"]);
    expect(at(issues, "options").map((i) => i.code)).toEqual(["invalid-type"]);
  });

  it("an object where the events array belongs: invalid-type at events", () => {
    expect(at(issuesOf({ caseId: "C-1", events: {} }), "events").map((i) => i.code)).toEqual(["invalid-type"]);
  });

  it("an event that is not an object: invalid-type at events[0]", () => {
    expect(at(issuesOf(caseOf(["assessment-requested"])), "events[0]").map((i) => i.code)).toEqual(["invalid-type"]);
  });

  it("a missing required event field: missing at events[0].by, events[1].date, events[2].adviceId", () => {
    const issues = issuesOf(
      caseOf([
        { type: "assessment-requested", date: "2024-09-04" },
        { type: "assessment-decision", outcome: "assess" },
        { type: "advice-requested", date: "2024-10-11", from: "health" },
      ]),
    );
    expect(at(issues, "events[0].by").map((i) => i.code)).toEqual(["missing"]);
    expect(at(issues, "events[1].date").map((i) => i.code)).toEqual(["missing"]);
    expect(at(issues, "events[2].adviceId").map((i) => i.code)).toEqual(["missing"]);
    expect(issues).toHaveLength(3);
  });

  it("an event with no type: missing at events[0].type; a type that is not a string: invalid-type", () => {
    expect(at(issuesOf(caseOf([{ date: "2024-09-04" }])), "events[0].type").map((i) => i.code)).toEqual(["missing"]);
    expect(at(issuesOf(caseOf([{ type: 7, date: "2024-09-04" }])), "events[0].type").map((i) => i.code)).toEqual(["invalid-type"]);
  });

  it("a wrong type for a field: invalid-type at events[0].adviceId", () => {
    const issues = issuesOf(caseOf([{ type: "advice-requested", date: "2024-10-11", adviceId: 12, from: "health" }]));
    expect(at(issues, "events[0].adviceId").map((i) => i.code)).toEqual(["invalid-type"]);
  });

  it("a closure that ends before it starts: an issue at calendar.closures[0].to", () => {
    const issues = issuesOf(caseOf([request()], { calendar: { closures: [{ setting: "S1", from: "2025-07-23", to: "2025-07-01" }] } }));
    expect(at(issues, "calendar.closures[0].to")).toHaveLength(1);
  });

  it("the input is not an object: one invalid-type issue at the root", () => {
    expect(issuesOf([caseOf([request()])])).toEqual([{ code: "invalid-type", path: "", message: expect.any(String) }]);
    expect(issuesOf(null)).toEqual([{ code: "invalid-type", path: "", message: expect.any(String) }]);
  });
});

// ---- several at once -----------------------------------------------------------------------

describe("several issues are reported at once", () => {
  it("every bad field in one pass, each at its own path", () => {
    const issues = issuesOf({
      events: [request({ by: "neighbour" }), decision({ date: "2025-02-30" }), { type: "advice-requested", date: "2024-10-11", from: "health" }],
      child: [],
      options: { receipt: "by-pigeon" },
    });
    expect(issues.map((i) => `${i.path} ${i.code}`).sort()).toEqual(
      [
        "caseId missing",
        "child invalid-type",
        "events[0].by invalid-value",
        "events[1].date invalid-date",
        "events[2].adviceId missing",
        "options.receipt invalid-value",
      ].sort(),
    );
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
  });
});

// ---- no personal data in messages ----------------------------------------------------------

describe("no issue repeats the caller's values", () => {
  const NAME = "Jane Example";
  const leaky = {
    caseId: [NAME],
    child: { dateOfBirth: NAME },
    calendar: { holidays: [NAME], closures: [{ setting: NAME, from: NAME, to: "2025-01-01" }] },
    options: { dayCounting: NAME, draftPlanTargetWeeks: NAME, supportPolicy: NAME },
    events: [
      NAME,
      { type: "assessment-requested", date: NAME, by: NAME },
      { type: "advice-requested", date: "2024-10-11", adviceId: { name: NAME }, from: NAME, setting: NAME.repeat(30) },
      { type: NAME.length, date: "2024-10-11" },
      { type: "exception-recorded", date: "2024-11-01", ground: NAME, from: "2024-11-01", appliesTo: NAME },
    ],
  };

  it("a name in many wrong-typed fields never appears in an issue", () => {
    const issues = issuesOf(leaky);
    expect(issues.length).toBeGreaterThanOrEqual(10);
    const all = JSON.stringify(issues);
    expect(all).not.toContain("Jane");
    expect(all).not.toContain("Example");
  });

  it("nor through the JSON entry point", () => {
    const result = parseCaseFileJson(JSON.stringify(leaky));
    expect(result.success).toBe(false);
    expect(JSON.stringify(result)).not.toContain("Jane");
  });

  it("nor when the JSON itself is broken around it", () => {
    expect(JSON.stringify(parseCaseFileJson(`{"caseId": "${NAME}", "events": [`))).not.toContain("Jane");
  });
});

// ---- what is accepted ----------------------------------------------------------------------

describe("what the parser accepts", () => {
  it("keys starting with x- are the caller's own: the case parses and its timeline is the same as without them", () => {
    const plain = caseOf([request({ id: "req" }), decision({ id: "dec" })]);
    const extra = {
      ...caseOf([request({ id: "req", "x-requester": "Jane Example" }), decision({ id: "dec", "x-note": "Jane Example" })]),
      "x-school": "Jane Example Primary",
      child: { dateOfBirth: "2016-05-01", "x-name": "Jane Example" },
    };
    const withFields = timeline(dataOf(extra), { asOf: "2024-12-01" });
    const without = timeline(dataOf({ ...plain, child: { dateOfBirth: "2016-05-01" } }), { asOf: "2024-12-01" });
    expect(withFields).toEqual(without);
    expect(JSON.stringify(withFields)).not.toContain("Jane");
    // Regs 5(1): 4 Sep 2024 + 42 days = Wed 16 Oct 2024, met on 10 Oct.
    expect(withFields.deadlines.find((d) => d.key === "assessment-decision")).toMatchObject({ due: "2024-10-16", status: "met" });
  });

  it("any other unknown key is an unknown-key issue at the object holding it, its message never the key", () => {
    const issues = issuesOf({ ...caseOf([request({ requesterName: "Jane Example" })]), schoolName: "Jane Example Primary" });
    expect(issues).toEqual([
      { code: "unknown-key", path: "", key: "schoolName", message: expect.any(String) },
      { code: "unknown-key", path: "events[0]", key: "requesterName", message: expect.any(String) },
    ]);
    for (const issue of issues) expect(issue.message).not.toContain("Jane");
  });

  it("a misspelled event type is an input issue at its type, suggesting the type meant", () => {
    // The decision left overdue by a misspelling would have been met: the case file is refused instead.
    expect(issuesOf(caseOf([request(), { type: "assesment-decision", date: "2024-10-10", outcome: "assess" }]))).toEqual([
      { code: "unknown-event-type", path: "events[1].type", suggestion: "assessment-decision", message: UNKNOWN_EVENT_TYPE_MESSAGE },
    ]);
    expect(issuesOf(caseOf([{ type: "assessment-postponed", date: "2024-10-01" }]))).toEqual([
      { code: "unknown-event-type", path: "events[0].type", message: UNKNOWN_EVENT_TYPE_MESSAGE },
    ]);
    expect(issuesOf(caseOf([{ type: "__proto__", date: "2024-10-01" }])).map((i) => i.code)).toEqual(["unknown-event-type"]);
  });

  it("an event type of the caller's own starts with x-: kept with its type, date and id, any other field allowed, and not used", () => {
    const data = dataOf(caseOf([request(), { id: "x1", type: "x-assessment-postponed", date: "2024-10-01", reason: 3 }]));
    expect(data.events[1]).toEqual({ type: "x-assessment-postponed", date: "2024-10-01", id: "x1" });
    const result = timeline(data, { asOf: "2024-10-02" });
    expect(result.problems).toEqual([]);
  });

  it("dateOfBirth may be a month (YYYY-MM) or a date; not month 13", () => {
    expect(dataOf(caseOf([request()], { child: { dateOfBirth: "2021-03" } })).child?.dateOfBirth).toBe("2021-03");
    expect(dataOf(caseOf([request()], { child: { dateOfBirth: "2021-03-14" } })).child?.dateOfBirth).toBe("2021-03-14");
    expect(at(issuesOf(caseOf([request()], { child: { dateOfBirth: "2021-13" } })), "child.dateOfBirth")).toHaveLength(1);
  });

  it("a timestamp becomes its Europe/London date (2025-06-30T23:30:00Z is 1 July 2025, BST)", () => {
    expect(dataOf(caseOf([request({ date: "2025-06-30T23:30:00Z" })])).events[0]?.date).toBe("2025-07-01");
  });

  it("the minimal case file: a caseId and an empty list of events", () => {
    expect(dataOf({ caseId: "C-1", events: [] })).toEqual({ caseId: "C-1", events: [] });
  });
});

describe("a mediation agreement names the order it stands for only when the matter is appealable (Regs 42(2))", () => {
  const agreement = (fields: Record<string, unknown>) => ({ type: "mediation-agreement", date: "2025-02-03", ...fields });

  it("appealable with an order, or not appealable without one, parses", () => {
    expect(dataOf(caseOf([request(), agreement({ appealable: true, order: "make-plan" })])).events[1]).toMatchObject({ order: "make-plan" });
    expect(dataOf(caseOf([request(), agreement({ appealable: false })])).events[1]).toMatchObject({ appealable: false });
  });

  it("appealable with no order, or an order on a matter that cannot be appealed: invalid-value at events[1].order", () => {
    expect(at(issuesOf(caseOf([request(), agreement({ appealable: true })])), "events[1].order").map((i) => i.code)).toEqual(["invalid-value"]);
    expect(at(issuesOf(caseOf([request(), agreement({ appealable: false, order: "assess" })])), "events[1].order").map((i) => i.code)).toEqual(["invalid-value"]);
  });

  it("an agreement cannot stand for a dismissal; a Tribunal order can be one", () => {
    expect(at(issuesOf(caseOf([request(), agreement({ appealable: true, order: "dismiss" })])), "events[1].order")).toHaveLength(1);
    expect(dataOf(caseOf([request(), { type: "tribunal-order", date: "2025-02-03", order: "dismiss" }])).events[1]).toMatchObject({ order: "dismiss" });
  });

  it("a mediation date notice needs the mediation's date", () => {
    expect(at(issuesOf(caseOf([request(), { type: "mediation-date-notified", date: "2025-01-27" }])), "events[1].mediationDate").map((i) => i.code)).toEqual(["missing"]);
  });
});
