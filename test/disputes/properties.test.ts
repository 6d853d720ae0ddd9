// Properties of the appeal limit (HESC Rules r.20(1)(c) with r.12) and of dispute histories, over
// generated cases. The oracle is plain UTC arithmetic and the published bank-holiday list, not the engine.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENGLAND_AND_WALES_BANK_HOLIDAYS, parseCaseFile, timeline } from "../../src/index";
import { unaccountedIn } from "../timeline/support";

const HOLIDAYS = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date));
const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const ms = (date: string): number => Date.parse(`${date}T00:00:00Z`);

/** `months` calendar months after a date; a day-number the month lacks becomes its last day. */
function addMonths(date: string, months: number): string {
  const d = new Date(ms(date));
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return iso(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastDay)));
}

const isWorkingDay = (date: string): boolean => {
  const weekday = new Date(ms(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(date);
};

const FIRST = ms("2014-10-13");
const LAST = ms("2034-09-30");

/** A decision not to assess on a generated day, sometimes with a certificate 0–75 days later. */
const appealCase = fc.record({
  decision: fc.integer({ min: 0, max: (LAST - FIRST) / DAY }).map((n) => iso(FIRST + n * DAY)),
  certificateAfter: fc.option(fc.integer({ min: 0, max: 75 }), { nil: null }),
  notice: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
});

/** The due date of the appeal deadline with this key. */
function appealDue(events: readonly Record<string, unknown>[], asOf: string, key: string): string {
  const parsed = parseCaseFile({ caseId: "P", events });
  if (!parsed.success) throw new Error("generated case does not parse");
  const due = timeline(parsed.data, { asOf, explain: false }).deadlines.find((d) => d.key === key)?.due;
  expect(due).toEqual(expect.any(String));
  return due ?? "";
}

describe("the appeal limit (fast-check)", () => {
  it("is never earlier than 2 months after the notice (or 1 month after the certificate), nor than with no certificate, and never a non-working day", () => {
    fc.assert(
      fc.property(appealCase, ({ decision, certificateAfter, notice }) => {
        const sent = notice === null ? decision : iso(ms(decision) + notice * DAY);
        const events: Record<string, unknown>[] = [
          { id: "req", type: "assessment-requested", date: iso(ms(decision) - 42 * DAY), by: "parent" },
          { id: "no", type: "assessment-decision", date: decision, outcome: "not-assess" },
        ];
        if (notice !== null) events.push({ id: "n", type: "decision-notice-sent", date: sent, decision: "no" });
        const certificate = certificateAfter === null ? null : iso(ms(sent) + certificateAfter * DAY);
        if (certificate !== null) {
          events.push({ id: "c", type: "mediation-adviser-contacted", date: certificate, wantsMediation: false });
          events.push({ id: "cert", type: "mediation-certificate-issued", date: certificate });
        }
        // As of the last event: a later one would not be used.
        const asOf = certificate ?? sent;
        const due = appealDue(events, asOf, notice === null ? "appeal:no" : "appeal:n");
        expect(due >= addMonths(sent, 2)).toBe(true);
        if (certificate !== null) {
          expect(due >= addMonths(certificate, 1)).toBe(true);
          // HESC Rules r.20(1)(c): the certificate's month can only add time, under either version of r.12(3).
          const without = appealDue(events.slice(0, notice === null ? 2 : 3), asOf, notice === null ? "appeal:no" : "appeal:n");
          expect(due >= without).toBe(true);
        }
        expect(isWorkingDay(due)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

const DISPUTE_EVENTS = [
  { type: "decision-notice-sent", decision: "no" },
  { type: "decision-notice-sent", decision: "final-plan-issued" },
  { type: "mediation-adviser-contacted", wantsMediation: true },
  { type: "mediation-adviser-contacted", wantsMediation: false },
  { type: "mediation-held" },
  { type: "mediation-certificate-issued" },
  { type: "mediation-not-arranged" },
  { type: "mediation-date-notified", mediationDate: "2025-06-02" },
  { type: "mediation-agreement", appealable: false },
  { type: "mediation-agreement", appealable: true, order: "make-plan" },
  { type: "mediation-agreement-carried-out" },
  { type: "appeal-lodged" },
  { type: "appeal-withdrawn" },
  { type: "tribunal-order", order: "dismiss" },
  { type: "tribunal-order", order: "assess" },
  { type: "tribunal-order", order: "make-plan", sentOn: "2025-12-01" },
  { type: "tribunal-order", order: "continue" },
  { type: "tribunal-order", order: "cease" },
  { type: "appeal-unopposed", appealAbout: "refusal-to-issue" },
  { type: "appeal-unopposed", appealAbout: "content-and-placement" },
  { type: "tribunal-recommendation", area: "health" },
  { type: "recommendation-responded" },
  { type: "plan-decision", outcome: "issue" },
  { type: "draft-plan-issued" },
  { type: "final-plan-issued" },
  { type: "plan-ceased" },
] as const;

const history = fc.array(fc.record({ event: fc.constantFrom(...DISPUTE_EVENTS), day: fc.integer({ min: 0, max: 300 }) }), { maxLength: 12 });

describe("dispute histories (fast-check)", () => {
  it("never throw, use or name every event, and report a dispute from the contract's list", () => {
    fc.assert(
      fc.property(history, fc.boolean(), (steps, orderClockSent) => {
        const events = [
          { id: "req", type: "assessment-requested", date: "2025-01-06", by: "parent" },
          { id: "no", type: "assessment-decision", date: "2025-02-10", outcome: "not-assess" },
          ...steps.map((s, i) => ({ id: `x${i}`, ...s.event, date: iso(ms("2025-02-11") + s.day * DAY) })),
        ];
        const input = { caseId: "R", events, options: { orderClock: orderClockSent ? "sent" : "made" } };
        expect(unaccountedIn(input, "2026-01-31")).toEqual([]);
        const parsed = parseCaseFile(input);
        if (!parsed.success) throw new Error("generated case does not parse");
        const t = timeline(parsed.data, { asOf: "2026-01-31" });
        expect([null, "mediation", "appeal", "order"]).toContain(t.dispute);
      }),
      { numRuns: 300 },
    );
  });
});
