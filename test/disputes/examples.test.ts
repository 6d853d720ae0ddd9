// examples/cases/appeal-*.json: two disagreements from decision to outcome, with every date worked
// out by hand (rules.md §§ 6–7; counting.md). The files are also checked against the JSON Schema
// (test/adapters/schema.test.ts).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Timeline, parseCaseFileOrThrow, timeline } from "../../src/index";
import { type RawCase, unaccountedIn } from "../timeline/support";

const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/cases/${name}.json`, import.meta.url), "utf8"));
const at = (name: string, asOf: string): Timeline => timeline(parseCaseFileOrThrow(load(name)), { asOf });
const dues = (t: Timeline): Record<string, string> => Object.fromEntries(t.deadlines.map((d) => [d.key, `${d.due ?? "-"} ${d.status}`]));

describe("appeal-refusal-to-assess.json: refused, mediated, appealed, ordered to assess, plan made", () => {
  it("every date, as of Mon 20 Apr 2026", () => {
    const t = at("appeal-refusal-to-assess", "2026-04-20");
    expect(t.problems).toEqual([]);
    expect(t.stage).toBe("plan-maintained");
    expect(t.dispute).toBeNull();
    expect(dues(t)).toMatchObject({
      // Regs 5(1): Mon 19 May 2025 + 42 days = Mon 30 Jun 2025; the decision that day.
      "assessment-decision": "2025-06-30 met",
      // The notice of Wed 2 Jul 2025 replaces the decision's own date (windows from 30 Jun no longer apply).
      "appeal:refused": "2025-09-01 not-applicable",
      // Regs 33: 2 Jul + 2 months = Tue 2 Sep 2025; contacted 14 Jul.
      "mediation-contact:notice": "2025-09-02 met",
      // Regs 36(2): told Mon 14 Jul + 30 days = Wed 13 Aug 2025; held Mon 11 Aug.
      "mediation-arranged": "2025-08-13 met",
      // Regs 39(1): 3 working days after Mon 11 Aug = Thu 14 Aug 2025; issued Wed 13 Aug.
      "mediation-certificate": "2025-08-14 met",
      // r.20(1)(c): 2 Sep 2025 or 13 Aug + 1 month = Sat 13 Sep 2025, the later → r.12(2): Mon 15 Sep 2025.
      "appeal:notice": "2025-09-15 met",
      // Regs 44(2)(b), from the order made Mon 12 Jan 2026 (orderClock made): +14, +70, +98 days.
      "order-assess-notice": "2026-01-26 met",
      "order-assess-no-plan": "2026-03-23 not-applicable",
      "order-assess-final-plan": "2026-04-20 met",
      // The plan finalised Mon 13 Apr 2026 is appealable: + 2 months = Sat 13 Jun 2026 → r.12(2): Mon 15 Jun 2026.
      "mediation-contact:final": "2026-06-13 open",
      "appeal:final": "2026-06-15 open",
    });
  });

  it("with orderClock sent, the order's limits run from Wed 14 Jan 2026: notice due Wed 28 Jan 2026", () => {
    const file = load("appeal-refusal-to-assess") as Record<string, unknown>;
    const t = timeline(parseCaseFileOrThrow({ ...file, options: { orderClock: "sent" } }), { asOf: "2026-04-20" });
    expect(t.deadlines.find((d) => d.key === "order-assess-notice")).toMatchObject({ due: "2026-01-28", status: "met" });
  });

  it("the events known on Mon 4 Aug 2025 leave the dispute in 'mediation'; on Mon 1 Dec 2025, 'appeal'", () => {
    // The engine folds every event it is given, so the history is cut at each date first.
    const file = load("appeal-refusal-to-assess") as { events: { date: string }[] };
    const upTo = (asOf: string) => timeline(parseCaseFileOrThrow({ ...file, events: file.events.filter((e) => e.date <= asOf) }), { asOf });
    expect(upTo("2025-08-04").dispute).toBe("mediation");
    expect(upTo("2025-12-01").dispute).toBe("appeal");
    expect(upTo("2026-02-02").dispute).toBe("order");
  });
});

describe("appeal-unopposed-content.json: a final plan appealed, the LA concedes content and school", () => {
  it("every date, as of Mon 10 Nov 2025", () => {
    const t = at("appeal-unopposed-content", "2025-11-10");
    expect(t.problems).toEqual([]);
    expect(t.dispute).toBeNull();
    expect(dues(t)).toMatchObject({
      // Regs 34(1): told Mon 21 Jul 2025 → 3 working days: Thu 24 Jul 2025; issued Wed 23 Jul.
      "mediation-certificate": "2025-07-24 met",
      // 30 Jun + 2 months = Sat 30 Aug (later than 23 Jul + 1 month = Sat 23 Aug), in August → Mon 1 Sep 2025.
      "appeal:final": "2025-09-01 met",
      // Regs 45, content and school: 5 weeks from Mon 6 Oct 2025 = Mon 10 Nov 2025; amended plan Fri 7 Nov.
      "unopposed-amend-placement": "2025-11-10 met",
      // The amended plan is appealable again: Fri 7 Nov 2025 + 2 months = Wed 7 Jan 2026.
      "appeal:amended": "2026-01-07 open",
    });
  });
});

it("every event of both examples is used or named in a problem", () => {
  for (const [name, asOf] of [
    ["appeal-refusal-to-assess", "2026-04-20"],
    ["appeal-unopposed-content", "2025-11-10"],
  ] as const) {
    expect(unaccountedIn(load(name) as RawCase, asOf)).toEqual([]);
  }
});
