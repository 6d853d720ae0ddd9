// The iCalendar adapter, read back with ical.js (a parser independent of ical-generator).
import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { deadlineUid, formatTimelineIcs } from "../../src/adapters/ical";
import { deadlineLabel } from "../../src/adapters/label";
import type { Timeline } from "../../src/timeline/types";
import { deadline, exampleTimeline, handMadeTimeline } from "./fixtures";

const STAMP = "2025-01-01T00:00:00Z";

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  allDay: boolean;
  stamp: string;
}

function parseEvents(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      stamp: String(component.getFirstPropertyValue("dtstamp")),
    };
  });
}

describe("formatTimelineIcs", () => {
  const example = exampleTimeline();

  it("writes one all-day event per dated deadline that ical.js reads back", () => {
    const events = parseEvents(formatTimelineIcs(example, { stamp: STAMP }));
    const dated = example.deadlines.filter((d) => d.due !== null);
    expect(events).toHaveLength(dated.length);
    const finalPlan = events.find((e) => e.uid === "EXAMPLE-001/final-plan@ehc-timeline");
    expect(finalPlan).toMatchObject({
      summary: "Final EHC plan sent [pending]",
      start: "2025-01-22",
      end: "2025-01-23",
      allDay: true,
      stamp: "2025-01-01T00:00:00Z",
    });
    const advice = events.find((e) => e.uid === "EXAMPLE-001/advice%3AHEALTH1@ehc-timeline");
    expect(advice?.summary).toBe("Advice provided (HEALTH1) [late]");
    for (const [i, d] of dated.entries()) {
      const event = events[i];
      expect(event?.uid).toBe(deadlineUid(example.caseId, d.key));
      expect(event?.start).toBe(d.due);
      // The title comes first, then the facts, each on its own line.
      expect(event?.description.split("\n").slice(0, 4)).toEqual([deadlineLabel(d), `Status: ${d.status}`, `Strength: ${d.strength}`, `Citation: ${d.citation}`]);
      for (const part of [`Status: ${d.status}`, `Strength: ${d.strength}`, `Citation: ${d.citation}`, `Due: ${d.due}`, `Key: ${d.key}`, ...d.explanation]) {
        expect(event?.description).toContain(part);
      }
    }
  });

  it("is reproducible: same case and key give the same UID and, with a stamp, the same bytes", () => {
    expect(formatTimelineIcs(example, { stamp: STAMP })).toBe(formatTimelineIcs(exampleTimeline(), { stamp: STAMP }));
    // Without a stamp, DTSTAMP is the as-of date: still the same file for the same timeline.
    expect(formatTimelineIcs(example)).toBe(formatTimelineIcs(example));
    expect(formatTimelineIcs(example)).toContain("DTSTAMP:20250110T000000Z");
    const later = formatTimelineIcs({ ...example, asOf: "2025-03-01" });
    expect(parseEvents(later).map((e) => e.uid)).toEqual(parseEvents(formatTimelineIcs(example)).map((e) => e.uid));
    expect(deadlineUid("C-1", "final-plan")).not.toBe(deadlineUid("C-2", "final-plan"));
  });

  it("leaves out deadlines with no date", () => {
    const t = handMadeTimeline("C-1", [deadline({ key: "final-plan", title: "Final", due: null }), deadline({ key: "x", title: "X", due: "2025-02-01" })]);
    expect(parseEvents(formatTimelineIcs(t)).map((e) => e.uid)).toEqual(["C-1/x@ehc-timeline"]);
  });

  it("escapes and folds awkward text, and it round-trips", () => {
    const caseId = 'Case, 7; "Zoë" \\ 日本\nBEGIN:VEVENT\r\nbell\u0007';
    const title = "Décision, with; commas and semicolons\nand a newline — and a long tail to force folding past seventy-five octets 🙂";
    const t = handMadeTimeline(caseId, [
      deadline({
        key: "advice:EP,1;x\\y",
        rule: "advice",
        title,
        due: "2025-03-31",
        citation: "Reg 8(1); CFA 2014, s.31",
        explanation: ["Line one, with a comma; and a semicolon.", "Ligne deux: naïve café ✓"],
      }),
    ]);
    const text = formatTimelineIcs(t, { stamp: STAMP });
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(text).not.toMatch(/[^\r]\n/);
    const [event] = parseEvents(text);
    expect(event?.summary).toBe(`${title} (EP,1;x\\y) [pending]`);
    expect(event?.uid).toBe(deadlineUid(caseId, "advice:EP,1;x\\y"));
    expect(event?.uid).toMatch(/^[A-Za-z0-9\-._~%/]+@ehc-timeline$/);
    expect(event?.description.startsWith(`${title} (EP,1;x\\y)\nStatus: pending\n`)).toBe(true);
    expect(event?.description).toContain("Citation: Reg 8(1); CFA 2014, s.31");
    expect(event?.description).toContain("Key: advice:EP,1;x\\y");
    expect(event?.description).toContain("- Ligne deux: naïve café ✓");
    const calendar = new ICAL.Component(ICAL.parse(text));
    // ical-generator writes the calendar name raw; the adapter escapes it (ical.js keeps
    // unknown properties as written), so no property can be injected through a case id.
    for (const property of ["name", "x-wr-calname"]) {
      expect(calendar.getFirstPropertyValue(property)).toBe('EHC deadlines Case\\, 7\\; "Zoë" \\\\ 日本\\nBEGIN:VEVENT\\nbell\ufffd');
    }
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(1);
  });

  it("gives UIDs even for text JavaScript cannot encode (a lone surrogate)", () => {
    expect(deadlineUid("A\ud800B", "k")).toBe("A%EF%BF%BDB/k@ehc-timeline");
  });

  it("rejects a stamp that is not a timestamp", () => {
    expect(() => formatTimelineIcs(exampleTimeline(), { stamp: "soon" })).toThrow(RangeError);
  });

  describe("in any machine time zone", () => {
    const original = process.env["TZ"];
    afterEach(() => {
      if (original === undefined) delete process.env["TZ"];
      else process.env["TZ"] = original;
    });

    it("writes the same all-day dates", () => {
      const t: Timeline = exampleTimeline();
      const outputs = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles", "Europe/London"].map((zone) => {
        process.env["TZ"] = zone;
        return formatTimelineIcs(t, { stamp: STAMP });
      });
      expect(new Set(outputs).size).toBe(1);
      expect(outputs[0]).toContain("DTSTART;VALUE=DATE:20250122");
    });
  });
});
