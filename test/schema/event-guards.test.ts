// The events of a parsed case file narrow: by comparing the type, or with the exported guards.
import { describe, expect, expectTypeOf, it } from "vitest";
import { type CaseFileEvent, type EventOf, type ForeignEvent, isEventOfType, isForeignEvent, isKnownEvent, parseCaseFileOrThrow } from "../../src/index";

const caseFile = parseCaseFileOrThrow({
  caseId: "C-narrow",
  events: [
    { type: "assessment-requested", date: "2024-09-04", by: "parent" },
    { type: "assessment-decision", date: "2024-10-10", outcome: "assess" },
    { type: "x-phone-call", date: "2024-10-11", "x-note": "chased" },
  ],
});

describe("narrowing events", () => {
  it("e.type === 'assessment-decision' gives e.outcome", () => {
    const outcomes: string[] = [];
    for (const e of caseFile.events) {
      if (e.type === "assessment-decision") {
        expectTypeOf(e.outcome).toEqualTypeOf<"assess" | "not-assess">();
        outcomes.push(e.outcome);
      }
    }
    expect(outcomes).toEqual(["assess"]);
  });

  it("isEventOfType narrows to EventOf<T>", () => {
    const decisions = caseFile.events.filter((e) => isEventOfType(e, "assessment-decision"));
    expectTypeOf(decisions).toEqualTypeOf<EventOf<"assessment-decision">[]>();
    expect(decisions.map((d) => d.outcome)).toEqual(["assess"]);
  });

  it("isKnownEvent and isForeignEvent split the events", () => {
    const known = caseFile.events.filter(isKnownEvent);
    const foreign = caseFile.events.filter(isForeignEvent);
    expectTypeOf(known).toEqualTypeOf<CaseFileEvent[]>();
    expectTypeOf(foreign).toEqualTypeOf<ForeignEvent[]>();
    expect(known.map((e) => e.type)).toEqual(["assessment-requested", "assessment-decision"]);
    expect(foreign).toEqual([{ type: "x-phone-call", date: "2024-10-11" }]);
  });
});
