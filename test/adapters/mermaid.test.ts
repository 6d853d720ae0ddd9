// The Mermaid gantt adapter: its shape, and safety against text the gantt grammar would misread.
import { describe, expect, it } from "vitest";
import { formatTimelineMermaid, mermaidText } from "../../src/adapters/mermaid";
import { deadline, exampleTimeline, handMadeTimeline } from "./fixtures";

/** Task lines: indented text, one `:`, then tags and dates. */
const TASK = /^ {4}(?!section )([^:\n]+) :([^:#;\n]+)$/;

describe("formatTimelineMermaid", () => {
  it("draws the worked example as a gantt with a section per status", () => {
    const text = formatTimelineMermaid(exampleTimeline());
    expect(text.split("\n").slice(0, 8)).toEqual([
      "gantt",
      "    title EHC deadlines EXAMPLE-001 (as of 2025-01-10)",
      "    accTitle: EHC deadlines EXAMPLE-001 (as of 2025-01-10)",
      "    dateFormat YYYY-MM-DD",
      "    axisFormat %b %Y",
      "    tickInterval 1month",
      "    inclusiveEndDates",
      "    todayMarker off",
    ]);
    expect(text).toContain("    section Pending\n    Final EHC plan sent :active, 2024-09-04, 2025-01-22\n");
    expect(text).toContain("    section Late\n    Advice provided (HEALTH1) :crit, done, 2024-10-11, 2024-11-22\n");
    expect(text).toContain("    Advice provided (EP1) :done, 2024-10-11, 2024-11-22\n");
    const sections = text.split("\n").filter((l) => l.startsWith("    section "));
    expect(sections).toEqual(["    section Pending", "    section Late", "    section Met", "    section Closed windows", "    section Not applicable"]);
    const tasks = text.split("\n").filter((l) => TASK.test(l));
    expect(tasks).toHaveLength(exampleTimeline().deadlines.filter((d) => d.due !== null).length);
  });

  it("draws a milestone when the anchor is not before the due date, and leaves out undated deadlines", () => {
    const t = handMadeTimeline("C-1", [
      deadline({ key: "phase-transfer", title: "Phase transfer", due: "2025-02-15", anchor: { event: "x", eventId: "e2", date: "2025-09-01" } }),
      deadline({ key: "none", title: "No date", due: null }),
    ]);
    const text = formatTimelineMermaid(t);
    expect(text).toContain("    Phase transfer :active, milestone, 2025-02-15, 0d\n");
    expect(text).not.toContain("No date");
  });

  it("keeps titles, keys and case ids with : # ; %% and line breaks to one safe line each", () => {
    const nasty = [
      "Title: with colon",
      "Hash #colon; entity",
      "semi;colon; x",
      "%%{init: {'theme':'dark'}}%%",
      "two\nlines\r\nthree",
      "section x",
      "click me",
      "2024-01-01 starts with a date",
      "",
    ];
    const t = handMadeTimeline(
      "C:1;#2%%\nsection evil",
      nasty.map((title, i) => deadline({ key: `advice:Q:${i};#`, rule: "advice", title, due: "2025-01-22" })),
    );
    const text = formatTimelineMermaid(t);
    const lines = text.trimEnd().split("\n");
    expect(lines).toHaveLength(8 + 1 + nasty.length); // header, one section, one line per task
    const tasks = lines.slice(9);
    for (const line of tasks) expect(line).toMatch(TASK);
    // A task line never starts as a statement would (keyword and space, a date, %).
    for (const line of tasks) expect(line.trim()).not.toMatch(/^((section|click|title)\s|\d{4}-\d\d-\d\d|%)/i);
    expect(text).not.toMatch(/#\w+;/); // Mermaid reads #name; as an entity
    expect(text).not.toContain("%%");
    expect(text).not.toContain(";");
    expect(lines[1]).toBe("    title EHC deadlines C∶1,#2% % section evil (as of 2025-01-10)");
    expect(tasks[0]).toBe("    Title∶ with colon (Q∶0,#) :active, 2024-09-04, 2025-01-22");
    expect(tasks[4]).toBe("    two lines three (Q∶4,#) :active, 2024-09-04, 2025-01-22");
  });
});

describe("mermaidText", () => {
  it("replaces what the gantt grammar reads and keeps the rest", () => {
    expect(mermaidText("advice:EP1; #2")).toBe("advice∶EP1, #2");
    expect(mermaidText("Zoë — 日本 <b>")).toBe("Zoë — 日本 ‹b›");
    expect(mermaidText("  title x ")).toBe("› title x");
    expect(mermaidText("\n\t")).toBe("(untitled)");
  });
});
