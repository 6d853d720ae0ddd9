// examples/cases/sen-support-termly.json: Norfolk's termly reviews over Christmas and Easter, then an EHC request.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCaseFile, parseCaseFileOrThrow, timeline } from "../../src/index";
import { deadline } from "./helpers";

const json: unknown = JSON.parse(readFileSync(new URL("../../examples/cases/sen-support-termly.json", import.meta.url), "utf8"));

describe("the termly example", () => {
  const result = timeline(parseCaseFileOrThrow(json), { asOf: "2025-05-01" });

  it("reviews fall due the last school day before each term break (Norfolk County Council: better every term)", () => {
    // Plan Mon 16 Sep 2024: the half-term (9 days with its weekends) is no term break; Christmas closes Sat 21 Dec, so Fri 20 Dec.
    expect(deadline(result, "support-review:1")).toMatchObject({ due: "2024-12-20", status: "met", doneOn: "2024-12-18" });
    // Plan Wed 8 Jan 2025: Easter closes Sat 5 Apr, so Fri 4 Apr 2025.
    expect(deadline(result, "support-review:2")).toMatchObject({ due: "2025-04-04", status: "met", doneOn: "2025-04-02" });
    // Plan Mon 28 Apr 2025 agreed Fri 11 Jul 2025.
    expect(deadline(result, "support-review:3")).toMatchObject({ due: "2025-07-11", status: "pending", counting: "school-day-by(on-date)" });
    // Two meetings with parents so far in 2024-25; three are due by Sun 31 Aug 2025.
    expect(deadline(result, "support-parent-meetings:2024-25")).toMatchObject({ due: "2025-08-31", status: "pending" });
  });

  it("the request starts the EHC process; support goes on; readiness meets Norfolk's two cycles", () => {
    expect(result.stage).toBe("awaiting-assessment-decision");
    expect(deadline(result, "assessment-decision").due).toBe("2025-05-19"); // 7 Apr 2025 + 42 days
    expect(result.support).toMatchObject({ status: "active", phase: "do", completeCycles: 2, readiness: { policyMinimum: 2, meetsPolicy: true } });
    expect(result.problems).toEqual([]);
  });
});

describe("the supportPolicy option", () => {
  it("an unknown preset name is a parse error at options.supportPolicy", () => {
    const parsed = parseCaseFile({ caseId: "X", events: [], options: { supportPolicy: "ealing" } });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(parsed.issues).toHaveLength(1);
      expect(parsed.issues[0]).toMatchObject({ path: "options.supportPolicy", code: "invalid-value" });
      expect(parsed.issues[0]?.message).toContain("norfolk");
    }
  });

  it("a policy object's own errors name their path", () => {
    const parsed = parseCaseFile({ caseId: "X", events: [], options: { supportPolicy: { name: "x", source: "y", reviewInterval: { kind: "weeks", weeks: 0 } } } });
    expect(parsed.success ? [] : parsed.issues.map((i) => i.path)).toEqual(["options.supportPolicy.reviewInterval.weeks"]);
  });
});
