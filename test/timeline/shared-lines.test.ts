// The lines of working a case shares between its deadlines (docs/performance.md: shared lines)
// are the lines each deadline would have written for itself: over random runs of anchors,
// counting forms and statuses, in orders where a line repeats and where it does not, each line
// equals the one written afresh.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilDate, describeDate } from "../../src/dates/civil-date";
import { type CountingContext, type CountingForm, STATUTORY_COUNTING, countFrom } from "../../src/dates/counting";
import { describeCounting } from "../../src/dates/describe";
import { workingDayCalendar } from "../../src/dates/working-days";
import type { Anchor } from "../../src/process/states";
import { SharedLines } from "../../src/timeline/shared-lines";
import { statusLine } from "../../src/timeline/status";
import type { DeadlineStatus } from "../../src/timeline/types";

const counting: CountingContext = { calendar: workingDayCalendar(), readings: STATUTORY_COUNTING };
const asOf = civilDate("2025-03-01");
const FIRST = civilDate("2024-12-20");

// A few of each, so that runs repeat a line as often as they change it.
const FORMS: readonly CountingForm[] = [
  { kind: "weeks-after", weeks: 6 },
  { kind: "weeks-after", weeks: 20 },
  { kind: "months-after", months: 2 },
  { kind: "months-beginning-with", months: 12 },
  { kind: "working-days-after", days: 15 },
  { kind: "at-least-before", period: { unit: "days", count: 14 } },
];
const ANCHORS: readonly Anchor[] = [0, 0, 3, 11].map((offset, i) => ({ eventType: "assessment-requested", eventId: `e${i + 1}`, day: FIRST + offset }) satisfies Anchor);
const STATUSES: readonly DeadlineStatus[] = ["pending", "overdue", "met", "late", "disapplied", "not-applicable", "open", "closed"];
const LABELS = ["Request for an EHC needs assessment received", "Review meeting held"] as const;

const call = fc.oneof(
  fc.record({ kind: fc.constant("anchor" as const), label: fc.constantFrom(...LABELS), anchor: fc.constantFrom(...ANCHORS) }),
  fc.record({ kind: fc.constant("counting" as const), form: fc.constantFrom(...FORMS), from: fc.constantFrom(FIRST, FIRST + 3, FIRST + 11), unknownEnd: fc.boolean() }),
  fc.record({ kind: fc.constant("status" as const), status: fc.constantFrom(...STATUSES) }),
);

describe("shared lines", () => {
  it("gives the line each deadline would write afresh, whatever came before it", () => {
    fc.assert(
      fc.property(fc.array(call, { maxLength: 40 }), (calls) => {
        const shared = new SharedLines(asOf, counting);
        for (const c of calls) {
          if (c.kind === "anchor") {
            expect(shared.anchor(c.label, c.anchor)).toBe(`${c.label}: ${describeDate(c.anchor.day)} (event ${c.anchor.eventId}).`);
          } else if (c.kind === "counting") {
            const due = c.unknownEnd ? null : countFrom(c.form, c.from, counting);
            expect(shared.countingFrom(c.form, c.from, due)).toBe(describeCounting(c.form, c.from, due, counting));
          } else expect(shared.status(c.status)).toBe(statusLine(asOf, c.status));
        }
      }),
    );
  });

  it("writes the same anchor twice in a row once, and a different event's anchor on the same day afresh", () => {
    // Regs 4(2), 5(1), 7, 13(2): one request anchors the four limits, each line naming it.
    const shared = new SharedLines(asOf, counting);
    const [request, sameDayOther] = ANCHORS;
    const label = LABELS[0];
    const first = shared.anchor(label, request as Anchor);
    expect(shared.anchor(label, request as Anchor)).toBe(first);
    expect(first).toBe("Request for an EHC needs assessment received: Friday 20 December 2024 (2024-12-20) (event e1).");
    expect(shared.anchor(label, sameDayOther as Anchor)).toBe("Request for an EHC needs assessment received: Friday 20 December 2024 (2024-12-20) (event e2).");
  });
});
