// Problem messages are the fixed text of their code (src/vocabulary/problems.ts): what identifies
// the input goes in `eventId`, `relatedEventId` and `key`, and `detail` holds only the engine's own
// words and numbers. Each case below once quoted what the caller wrote.
import { describe, expect, it } from "vitest";
import { PROBLEMS, type Timeline, parseCaseFileOrThrow, timeline } from "../../src/index";

const NAME = "Jane Canary-Example";

function run(events: readonly unknown[], asOf: string, options?: Record<string, unknown>): Timeline {
  return timeline(parseCaseFileOrThrow({ caseId: "fixed-text", events, ...(options === undefined ? {} : { options }) }), { asOf });
}

/** Every problem's message is its code's fixed text, and neither it nor the detail holds the name. */
function expectFixedText(result: Timeline): void {
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(p.message).toBe(PROBLEMS[p.code][1]);
    expect(p.message).not.toContain("Canary");
    expect(p.detail ?? "").not.toContain("Canary");
  }
}

const request = (id: string, date: string) => ({ type: "assessment-requested", id, date, by: "parent" });

describe("problems never repeat the caller's text", () => {
  it("exception-unknown-rule: the rule id written in appliesTo is not repeated; the detail says where it stands", () => {
    const result = run(
      [
        request(`${NAME} request`, "2024-09-04"),
        { type: "exception-recorded", id: "claim", date: "2024-09-20", ground: "personal-circumstances", from: "2024-09-20", to: "2024-10-20", appliesTo: [NAME] },
      ],
      "2024-12-01",
    );
    expectFixedText(result);
    expect(result.problems.find((p) => p.code === "exception-unknown-rule")).toMatchObject({ eventId: "claim", detail: "appliesTo[0]" });
  });

  it("notice-unknown-decision: the decision named in the notice is not repeated", () => {
    const result = run([request("req", "2024-09-04"), { type: "decision-notice-sent", id: "notice", date: "2024-10-01", decision: NAME }], "2024-12-01");
    expectFixedText(result);
    expect(result.problems.find((p) => p.code === "notice-unknown-decision")).toMatchObject({ eventId: "notice" });
  });

  it("request-during-process: the first request is named in relatedEventId, not in the message", () => {
    const result = run([request(NAME, "2024-09-04"), request("second", "2024-10-01")], "2024-12-01");
    expectFixedText(result);
    expect(result.problems.find((p) => p.code === "request-during-process")).toMatchObject({ eventId: "second", relatedEventId: NAME });
  });

  it("assessment-ended-by-transfer: the transfer that ended the assessment is named in relatedEventId", () => {
    const result = run(
      [
        request("req", "2024-12-02"),
        { type: "assessment-decision", id: "dec", date: "2025-01-06", outcome: "assess" },
        { type: "plan-transferred-in", id: NAME, date: "2025-01-15", lastReviewedOn: "2024-11-20" },
        { type: "draft-plan-issued", id: "late-draft", date: "2025-02-03" },
      ],
      "2025-03-01",
    );
    expectFixedText(result);
    expect(result.problems.find((p) => p.code === "assessment-ended-by-transfer")).toMatchObject({ eventId: "late-draft", relatedEventId: NAME });
  });

  it("support-review-beyond-maximum: a policy of the caller's own is not named; its numbers and dates are", () => {
    // A plan on Mon 2 Sep 2024 reviewed every 30 weeks: Mon 31 Mar 2025 (2 Sep + 210 days), later
    // than the 6 months the policy allows (to Sun 2 Mar 2025, the same day-of-month 6 months on).
    const policy = { name: NAME, source: `${NAME}'s school`, reviewInterval: { kind: "weeks", weeks: 30 }, maximumIntervalMonths: 6 };
    const result = run([{ type: "support-plan-agreed", id: "plan", date: "2024-09-02" }], "2024-09-10", { supportPolicy: policy });
    expectFixedText(result);
    expect(result.problems.find((p) => p.code === "support-review-beyond-maximum")?.detail).toBe(
      "support-review:1: review due 2025-03-31; the policy allows 6 months, to 2025-03-02",
    );
  });
});
