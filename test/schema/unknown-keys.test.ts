// Unknown keys (unknown-keys.ts): every object of the case file is closed; a key it does not
// define is an input issue at the path of the object holding it, with the closest defined key
// as a suggestion; keys starting with x- are the one door for extra data.
import { describe, expect, it } from "vitest";
import { type InputIssue, parseCaseFile } from "../../src/index";
import { didYouMean, editDistance } from "../../src/schema/did-you-mean";
import { UNKNOWN_KEY_MESSAGE } from "../../src/schema/unknown-keys";

const request = { type: "assessment-requested", date: "2024-09-04", by: "parent" };

function issuesOf(input: Record<string, unknown>): readonly InputIssue[] {
  const result = parseCaseFile({ caseId: "C-keys", events: [request], ...input });
  if (result.success) throw new Error("expected the case file to be rejected");
  return result.issues;
}

describe("the misspellings of the issue report, each an unknown-key issue with its suggestion", () => {
  it.each([
    ["options.dayCountng", { options: { dayCountng: "day-one-inclusive" } }, "options", "dayCountng", "dayCounting"],
    ["option at the root", { option: { dayCounting: "day-one-inclusive" } }, "", "option", "options"],
    ["child.dob", { child: { dob: "2016-05-01" } }, "child", "dob", "dateOfBirth"],
    ["calendar.closure", { calendar: { closure: [] } }, "calendar", "closure", "closures"],
    ["an event's served_on", { events: [request, { type: "draft-plan-issued", date: "2025-01-06", served_on: "2025-01-07" }] }, "events[1]", "served_on", "servedOn"],
    [
      "a key deep in a policy",
      { options: { supportPolicy: { name: "p", source: "s", reviewInterval: { kind: "weeks", weeks: 6, wekes: 7 } } } },
      "options.supportPolicy.reviewInterval",
      "wekes",
      "weeks",
    ],
    ["a holiday's nmae", { calendar: { holidays: [{ date: "2025-05-08", nmae: "VE Day" }] } }, "calendar.holidays[0]", "nmae", "name"],
  ])("%s", (_, input, path, key, suggestion) => {
    expect(issuesOf(input)).toEqual([{ code: "unknown-key", path, key, suggestion, message: UNKNOWN_KEY_MESSAGE }]);
  });

  it("a key like no defined one gets no suggestion", () => {
    expect(issuesOf({ options: { colour: "blue" } })).toEqual([{ code: "unknown-key", path: "options", key: "colour", message: UNKNOWN_KEY_MESSAGE }]);
  });

  it("every unknown key is reported, not only the first", () => {
    expect(issuesOf({ option: {}, child: { dob: "2016-05" } }).map((i) => `${i.path}:${i.key ?? ""}`)).toEqual([":option", "child:dob"]);
  });
});

describe("the x- door", () => {
  it("x- keys are accepted at every level and left out of the parsed case file", () => {
    const result = parseCaseFile({
      caseId: "C-keys",
      "x-source": { system: "case-system" },
      child: { "x-upn": "kept by the caller" },
      calendar: { "x-note": 1, closures: [{ setting: "s", from: "2025-02-17", to: "2025-02-21", "x-reason": "half-term" }] },
      options: { "x-reviewed": true },
      events: [{ ...request, "x-ref": 42 }],
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(JSON.stringify(result.data)).not.toContain("x-");
  });
});

describe("did you mean", () => {
  it("counts edits, an adjacent swap as one", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("outcmoe", "outcome")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("suggests only a close name: a third of the length in edits, the same name folded, or its initials", () => {
    expect(didYouMean("dayCountng", ["dayCounting", "reviewPeriod"])).toBe("dayCounting");
    expect(didYouMean("served_on", ["servedOn", "id"])).toBe("servedOn");
    expect(didYouMean("dob", ["dateOfBirth"])).toBe("dateOfBirth");
    expect(didYouMean("xyz", ["dateOfBirth"])).toBeUndefined();
  });
});
